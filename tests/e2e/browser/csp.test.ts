import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { base, newContext, signedInDemo } from './helpers';

// The Content-Security-Policy must not break our own pages: each is opened in Chromium and any
// `securitypolicyviolation` (a blocked script, style, image or connection) fails the test. Pages with
// charts, drag and drop, QR codes and live sockets are the ones most likely to trip it.

const PAGES: { as?: string; paths: string[] }[] = [
	{ paths: ['/', '/startups?q=센서', '/challenges', '/login'] },
	{ as: 'manager@example.com', paths: ['/events', '/pipeline', '/admin/kpis', '/matches'] },
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
			for (const path of group.paths) await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
			await context.close();
		}
		expect(websockets, 'signed-in pages open their Socket.IO websocket under the CSP').toBeGreaterThan(0);
		expect(violations).toEqual([]);
	});
});
