import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { base, newContext, signedInDemo } from './helpers';

// The Content-Security-Policy must not break our own pages: each is opened in Chromium and any
// `securitypolicyviolation` (a blocked script, style, image or connection) fails the test. Pages with
// charts, drag and drop, QR codes and live sockets are the ones most likely to trip it. Console errors
// count too: a blocked resource often shows only there.

const PAGES: { as?: string; paths: string[] }[] = [
	{ paths: ['/', '/startups?q=센서', '/challenges', '/login'] },
	{ as: 'manager@example.com', paths: ['/events', '/pipeline', '/matches'] },
	{ as: 'admin@example.com', paths: ['/admin/kpis'] },
	{ as: 'startup@example.com', paths: ['/meetups', '/notifications', '/settings'] }
];

describe.skipIf(!chromiumPath)('Content-Security-Policy in the browser', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('blocks nothing our pages need, and sockets still connect', async () => {
		const violations: string[] = [];
		let websockets = 0;
		for (const group of PAGES) {
			const { context, page } = group.as
				? await signedInDemo(browser, group.as, 'ko')
				: await newContext(browser, 'ko').then(async (c) => ({ context: c, page: await c.newPage() }));
			page.on('websocket', () => websockets++);
			await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) =>
					(window as unknown as { reportViolation: (v: string) => void }).reportViolation(
						`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`
					)
				);
			});
			page.on('console', (msg) => {
				if (msg.type() === 'error') violations.push(`${page.url()}: console ${msg.text()}`);
			});
			for (const path of group.paths) await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
			if (group.as === 'manager@example.com') {
				// An event's board (drag and drop), floor, QR codes, calendar and live screen.
				await page.goto(`${base}/events`, { waitUntil: 'networkidle' });
				const hrefs = await page.$$eval('a[href^="/events/"]', (links) =>
					links.map((a) => a.getAttribute('href'))
				);
				const event = hrefs.map((href) => /^\/events\/[0-9a-f-]{36}/.exec(href ?? '')?.[0]).find(Boolean);
				expect(event, 'a demo event to open').toBeTruthy();
				for (const sub of ['', '/board', '/floor', '/qr', '/agenda', '/screen'])
					await page.goto(`${base}${event}${sub}`, { waitUntil: 'networkidle' });
			}
			await context.close();
		}
		expect(websockets, 'signed-in pages open their Socket.IO websocket under the CSP').toBeGreaterThan(0);
		expect(violations).toEqual([]);
	});
});
