import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { base, newContext } from './helpers';

const PAGES = ['/', '/login', '/signup', '/organizations', '/reset-password', '/startups', '/challenges'];

describe.skipIf(!chromiumPath)('accessibility (WCAG 2.1 AA, axe)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const locale of ['ko', 'en'] as const) {
		it(`has no serious or critical violations on the public pages in ${locale}`, async () => {
			const context = await newContext(browser, locale);
			const page = await context.newPage();
			const problems: string[] = [];
			for (const path of PAGES) {
				await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
				const result = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
					.analyze();
				for (const v of result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
					problems.push(
						`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
					);
				}
			}
			expect(problems).toEqual([]);
			await context.close();
		});
	}
});
