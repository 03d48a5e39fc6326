import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

export const base = inject('baseUrl');
export const PASSWORD = 'a long and unusual passphrase 7';

export function uniqueEmail(label: string): string {
	return `${label}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}@example.com`;
}

/** A browser context with its own made-up client address, so rate limits are per test. */
export async function newContext(browser: Browser, locale: 'ko' | 'en' = 'ko'): Promise<BrowserContext> {
	const address = `198.19.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0]! % 254)}`;
	const context = await browser.newContext({
		locale: locale === 'ko' ? 'ko-KR' : 'en-US',
		extraHTTPHeaders: { 'x-forwarded-for': address }
	});
	await context.addCookies([{ name: 'locale', value: locale, url: base }]);
	return context;
}

/** Signs up through the real form; lands wherever the app sends a new account. */
export async function signUp(page: Page, email: string, name: string, next?: string): Promise<void> {
	await page.goto(`${base}/signup${next ? `?next=${encodeURIComponent(next)}` : ''}`);
	await page.fill('input[name=name]', name);
	await page.fill('input[name=email]', email);
	await page.fill('input[name=password]', PASSWORD);
	await Promise.all([
		page.waitForURL((u) => !u.pathname.startsWith('/signup')),
		page.click('main form button[type=submit]')
	]);
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
	await page.goto(`${base}/login`);
	await page.fill('input[name=email]', email);
	await page.fill('input[name=password]', password);
	await Promise.all([
		page.waitForURL((u) => !u.pathname.startsWith('/login')),
		page.click('main form button[type=submit]')
	]);
}

/** The password of every demo account (seeds/demo.ts). */
export const DEMO_PASSWORD = 'innomatch-demo';

/** A new browser context (English unless told) signed in as a demo account. */
export async function signedInDemo(
	browser: Browser,
	email: string,
	locale: 'ko' | 'en' = 'en'
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await newContext(browser, locale);
	const page = await context.newPage();
	await signIn(page, email, DEMO_PASSWORD);
	return { context, page };
}

export async function createOrganization(
	page: Page,
	kind: 'startup' | 'corporate',
	name: string
): Promise<string> {
	await page.goto(`${base}/organizations/new`);
	await page.check(`input[name=kind][value=${kind}]`);
	await page.fill('input[name=name]', name);
	await Promise.all([
		page.waitForURL(/\/organizations\/[0-9a-f-]{36}/),
		page.click('main form button[type=submit]')
	]);
	return /\/organizations\/([0-9a-f-]{36})/.exec(page.url())![1]!;
}
