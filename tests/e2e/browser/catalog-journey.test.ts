import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { base, newContext, signIn, signUp, uniqueEmail } from './helpers';

const CHALLENGE_TITLE = '공동주택 전기차 충전 부하분산·스마트충전 실증 (EV Smart Charging PoC)';

describe.skipIf(!chromiumPath)('the catalog as a new startup and a corporate use it', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('registers a startup with a logo, finds a challenge by a Korean word with a particle, applies, and sees the shortlist live', async () => {
		const founderContext = await newContext(browser, 'ko');
		const founder = await founderContext.newPage();
		await signUp(founder, uniqueEmail('founder'), '최창업');

		const startupName = `충전나라 ${Date.now()}`;
		await founder.goto(`${base}/startups/new`);
		await founder.fill('input[name=name]', startupName);
		await founder.fill(
			'textarea[name=summary], input[name=summary]',
			'아파트 단지 전기차 충전 부하를 AI로 분산합니다.'
		);
		await Promise.all([
			founder.waitForURL(/\/startups\/[0-9a-f-]{36}\?created=1/),
			founder.click('main form button[type=submit]')
		]);
		const startupId = /\/startups\/([0-9a-f-]{36})/.exec(founder.url())![1]!;

		// A logo: a real PNG, re-encoded by the server and shown on the profile.
		await founder.goto(`${base}/startups/${startupId}/edit`);
		const png = await sharp({ create: { width: 320, height: 200, channels: 4, background: '#0f766e' } })
			.png()
			.toBuffer();
		await founder.setInputFiles('input[name=logo]', { name: 'logo.png', mimeType: 'image/png', buffer: png });
		await founder.click('form[action="?/logo"] button[type=submit]');
		await founder.locator('#logo-form [role=status]').waitFor();
		await founder.goto(`${base}/startups/${startupId}`);
		const logoSrc = await founder.locator('img[src^="/media/logos/"]').first().getAttribute('src');
		expect(logoSrc).toMatch(/\.webp$/);

		// "전기차를": the word with an object particle attached still finds the challenge.
		await founder.goto(`${base}/challenges?q=${encodeURIComponent('전기차를')}`);
		const result = founder
			.getByTestId('challenge-results')
			.getByRole('link', { name: /EV Smart Charging/ })
			.first();
		await expect(result.textContent()).resolves.toContain('EV Smart Charging');
		await Promise.all([founder.waitForURL(/\/challenges\/[0-9a-f-]{36}$/), result.click()]);
		const challengeUrl = founder.url();
		await founder.fill(
			'textarea[name=proposal]',
			'단지별 충전 수요를 15분 단위로 예측해 피크를 20% 낮추는 PoC를 제안합니다.'
		);
		await founder.click('form[action="?/apply"] button[type=submit]');
		await founder.getByTestId('applied').waitFor();

		await founder.goto(`${base}/applications`);
		await founder.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
		const row = founder
			.getByTestId('my-applications')
			.locator('li', { hasText: CHALLENGE_TITLE.slice(0, 10) });
		await expect(row.textContent()).resolves.toContain('접수됨');

		// The corporate shortlists it on its screening page.
		const corporateContext = await newContext(browser, 'ko');
		const corporate = await corporateContext.newPage();
		await signIn(corporate, 'corporate@example.com', 'innomatch-demo');
		await corporate.goto(`${challengeUrl}/applications`);
		await corporate.getByRole('button', { name: new RegExp(`후보.*${startupName}`) }).click();

		// The founder's open page changes without a reload.
		await founder.waitForFunction(
			(name) =>
				[...document.querySelectorAll('[data-testid=my-applications] li')].some(
					(li) => li.textContent?.includes(name) && li.textContent.includes('후보 선정')
				),
			CHALLENGE_TITLE.slice(0, 10),
			{ timeout: 10_000 }
		);
		expect(await founder.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(7);
		await founderContext.close();
		await corporateContext.close();
	});
});
