import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { base, createOrganization, newContext, signUp, uniqueEmail } from './helpers';

describe.skipIf(!chromiumPath)('real-time in the browser', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it("shows a new member on the owner's open members page without a reload", async () => {
		const ownerContext = await newContext(browser, 'ko');
		const owner = await ownerContext.newPage();
		await signUp(owner, uniqueEmail('owner'), '박소유');
		const orgId = await createOrganization(owner, 'corporate', `실시간 주식회사 ${Date.now()}`);
		await owner.goto(`${base}/organizations/${orgId}/members`);
		await owner.click('form[action="?/invite"] button[type=submit]');
		const link = await owner.locator('[data-testid=invitation-link] input').inputValue();
		expect(link).toMatch(/\/invitations\/[a-z2-9]{24}\.[a-z2-9]{24}$/);
		// The page must not be reloaded from here on: mark it, and check the mark survives.
		await owner.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
		await owner.waitForFunction(
			() => document.querySelectorAll('[data-testid=members-table] tbody tr').length === 1
		);

		const inviteeContext = await newContext(browser, 'ko');
		const invitee = await inviteeContext.newPage();
		const invitationPath = new URL(link).pathname;
		await signUp(invitee, uniqueEmail('invitee'), '이초대', invitationPath);
		expect(new URL(invitee.url()).pathname).toBe(invitationPath);
		await invitee.click('main form button[type=submit]');

		await owner.waitForFunction(
			() => document.querySelector('[data-testid=members-table]')?.textContent?.includes('이초대'),
			null,
			{
				timeout: 10_000
			}
		);
		expect(await owner.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
		await ownerContext.close();
		await inviteeContext.close();
	});
});
