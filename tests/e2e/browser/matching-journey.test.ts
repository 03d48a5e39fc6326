import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { base, newContext, signIn, signUp, uniqueEmail } from './helpers';

const CHALLENGE = 'EV Smart Charging';

describe.skipIf(!chromiumPath)('match cards as a corporate and a startup use them', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('shows each side why they match, and both see the mutual match once both mark "must meet"', async () => {
		// A founder registers an EV-charging startup (through the API with the browser's own session).
		const founderContext = await newContext(browser, 'en');
		const founder = await founderContext.newPage();
		await signUp(founder, uniqueEmail('ev-founder'), 'Jisoo Han');
		const created = await founder.request.post(`${base}/api/v1/startups`, {
			headers: { origin: base },
			data: {
				name: `ChargeGrid ${Date.now()}`,
				summary: 'Load balancing and smart charging for apartment EV chargers.',
				description: 'We forecast charging demand per complex and balance the load with OCPP.',
				industries: ['energy', 'mobility'],
				techTags: ['ev charging', 'load balancing', 'ocpp', 'smart grid', 'demand forecasting'],
				stage: 'series_a',
				region: 'gangwon',
				seeking: ['poc'],
				visibility: 'public'
			}
		});
		expect(created.status()).toBe(201);
		const startupId = ((await created.json()) as { id: string }).id;

		// The founder sees the EV challenge among their best matches, with reasons in plain words.
		await founder.goto(`${base}/startups/${startupId}/matches`);
		const challengeCard = founder.locator('article[data-testid^="match-"]', { hasText: CHALLENGE }).first();
		await expect(challengeCard.textContent()).resolves.toContain('Why this match');
		await expect(challengeCard.textContent()).resolves.toMatch(/tech tags? in common: .*ev charging/);
		expect(await challengeCard.getAttribute('data-mutual')).toBe('false');
		const challengeId = (await challengeCard.getAttribute('data-testid'))!.slice('match-'.length);

		// The corporate opens the challenge's ranked startups; the new startup is there with its reasons.
		const corporateContext = await newContext(browser, 'en');
		const corporate = await corporateContext.newPage();
		await signIn(corporate, 'corporate@example.com', 'innomatch-demo');
		await corporate.goto(`${base}/challenges/${challengeId}/matches`);
		const startupCard = corporate.getByTestId(`match-${startupId}`);
		await expect(startupCard.textContent()).resolves.toContain('What would raise this match');
		await expect(startupCard.locator('figure').getAttribute('aria-label')).resolves.toMatch(
			/Tech tag overlap \d+\/\d+ pts/
		);
		await startupCard.getByRole('button', { name: 'Must meet' }).click();
		await corporate.getByText('Stance saved.').waitFor();
		await expect(
			startupCard.getByRole('button', { name: 'Must meet' }).getAttribute('aria-pressed')
		).resolves.toBe('true');
		expect(await startupCard.getAttribute('data-mutual')).toBe('false');
		await corporate.evaluate(() => ((window as unknown as { marker: number }).marker = 7));

		// The founder answers "must meet": the founder's card turns mutual, and so does the corporate's
		// open page, live, without a reload.
		await challengeCard.getByRole('button', { name: 'Must meet' }).click();
		await founder.getByText("It's a mutual match! Both sides have been told.").waitFor();
		await founder.locator(`[data-testid="match-${challengeId}"][data-mutual="true"]`).waitFor();
		await corporate.locator(`[data-testid="match-${startupId}"][data-mutual="true"]`).waitFor();
		await expect(
			corporate.getByTestId(`match-${startupId}`).getByTestId('mutual-badge').textContent()
		).resolves.toContain('Mutual match');
		expect(await corporate.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);

		// "No thanks" takes the pair out of the corporate's list.
		await corporate.getByTestId(`match-${startupId}`).getByRole('button', { name: 'No thanks' }).click();
		await expect.poll(() => corporate.getByTestId(`match-${startupId}`).count(), { timeout: 10_000 }).toBe(0);

		await founderContext.close();
		await corporateContext.close();
	});
});
