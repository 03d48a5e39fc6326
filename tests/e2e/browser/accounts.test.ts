import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { base, createOrganization, newContext, signIn, signUp, uniqueEmail } from './helpers';

describe.skipIf(!chromiumPath)('accounts in the browser', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('signs up, creates an organization, signs out and signs back in', async () => {
		const context = await newContext(browser, 'ko');
		const page = await context.newPage();
		const email = uniqueEmail('journey');
		await signUp(page, email, '김여정');
		expect(new URL(page.url()).pathname).toBe('/organizations/new');

		const orgName = `여정테크 ${Date.now()}`;
		await createOrganization(page, 'startup', orgName);
		await expect(page.locator('h1').first().textContent()).resolves.toContain(orgName);

		await Promise.all([page.waitForURL(`${base}/`), page.click('header form[action="/logout"] button')]);
		await expect(page.locator('header').textContent()).resolves.toContain('로그인');

		await signIn(page, email);
		await page.goto(`${base}/organizations/mine`);
		await expect(page.getByTestId('my-organizations').textContent()).resolves.toContain(orgName);
		await context.close();
	});

	it('keeps what was typed and names the field when sign-up fails', async () => {
		const context = await newContext(browser, 'en');
		const page = await context.newPage();
		await page.goto(`${base}/signup`);
		await page.fill('input[name=name]', 'Weak Password Person');
		await page.fill('input[name=email]', uniqueEmail('weak'));
		await page.fill('input[name=password]', 'password123');
		await page.click('main form button[type=submit]');
		await page.waitForSelector('#password-error');
		await expect(page.locator('#password-error').textContent()).resolves.toMatch(/common/i);
		await expect(page.inputValue('input[name=name]')).resolves.toBe('Weak Password Person');
		await context.close();
	});

	it('switches the language and remembers it', async () => {
		const context = await newContext(browser, 'ko');
		const page = await context.newPage();
		await page.goto(`${base}/login`);
		expect(await page.getAttribute('html', 'lang')).toBe('ko');
		await expect(page.locator('h1').textContent()).resolves.toBe('로그인');
		await Promise.all([page.waitForURL(`${base}/login`), page.click('[data-testid=language-switch]')]);
		await page.waitForFunction(() => document.documentElement.lang === 'en');
		await expect(page.locator('h1').textContent()).resolves.toBe('Sign in');
		await page.reload();
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await context.close();
	});
});
