import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { base, signedInDemo } from './helpers';

// The center manager creates a matchmaking day, adds GlucoFit (startup@example.com) and KEPCO
// (corporate@example.com) and opens requests; the founder browses the corporates with scores and asks
// KEPCO with "must meet"; KEPCO, with its requests page open, sees it arrive live and accepts; the
// manager sees the accepted request. Then the create form without JavaScript.

const DAY_MS = 24 * 60 * 60 * 1000;

/** A date far ahead (random, so reruns against a kept server do not meet an earlier day), in Seoul. */
function farDay(): string {
	const at = Date.now() + (60 + Math.floor(Math.random() * 300)) * DAY_MS;
	return new Date(at + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

async function axeProblems(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${page.url()}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const mark = (page: Page) => page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
const marked = (page: Page) => page.evaluate(() => (window as unknown as { marker?: number }).marker);

/** A demo account signed in, in English, its context closed with the others after the tests. */
async function signedIn(browser: Browser, email: string, contexts: BrowserContext[]): Promise<Page> {
	const { context, page } = await signedInDemo(browser, email);
	contexts.push(context);
	return page;
}

/** Finds an organization by name on the participants tab and adds it. */
async function addParticipant(page: Page, name: string) {
	await page.fill('#q', name);
	await Promise.all([page.waitForURL((u) => u.searchParams.get('q') === name), page.press('#q', 'Enter')]);
	await page.getByRole('button', { name: `Add ${name}` }).click();
	await page.getByText(`${name} added.`).waitFor();
}

describe.skipIf(!chromiumPath)('matchmaking days in the browser', () => {
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		for (const c of contexts) await c.close();
		await browser?.close();
	});

	it('a manager creates a day and opens requests; a founder asks a corporate, who accepts live', async () => {
		const manager = await signedIn(browser, 'manager@example.com', contexts);
		await manager.goto(`${base}/events`, { waitUntil: 'networkidle' });
		expect(await axeProblems(manager)).toEqual([]);
		await Promise.all([
			manager.waitForURL(`${base}/events/new`),
			manager.getByRole('link', { name: 'New matchmaking day' }).click()
		]);
		await manager.waitForLoadState('networkidle');
		expect(await axeProblems(manager)).toEqual([]);

		const title = `Digital health matchmaking ${Date.now().toString(36)}`;
		await manager.fill('#title', title);
		await manager.fill('#venue', 'Chuncheon Bio Center, Hall 2 / 춘천 바이오센터');
		await manager.fill('#date', farDay());
		await manager.fill('#start', '13:00');
		await manager.fill('#end', '17:00');
		await manager.fill('#slotMinutes', '20');
		await manager.fill('#tables', '4');
		await manager.fill('#breaks', '15:00-15:20');
		await Promise.all([
			manager.waitForURL(/\/events\/[0-9a-f-]{36}\?created=1/),
			manager.getByRole('button', { name: 'Create matchmaking day' }).click()
		]);
		const eventId = /\/events\/([0-9a-f-]{36})/.exec(manager.url())![1]!;
		await expect(manager.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
		// 13:00–17:00 is twelve 20-minute slots; the break takes one.
		await expect(manager.getByTestId('grid-summary').textContent()).resolves.toContain(
			'11 slots of 20 min, 4 tables'
		);
		expect(await axeProblems(manager)).toEqual([]);

		await manager.getByRole('link', { name: 'Next, add the participants.' }).click();
		await manager.waitForURL(`${base}/events/${eventId}/participants`);
		await manager.waitForLoadState('networkidle');
		await addParticipant(manager, 'GlucoFit');
		await addParticipant(manager, 'KEPCO');
		const list = manager.getByTestId('participants');
		await expect(list.locator('[data-org-id]').count()).resolves.toBe(2);
		await expect(list.textContent()).resolves.toContain('All day');
		expect(await axeProblems(manager)).toEqual([]);

		await manager.getByRole('link', { name: 'Overview' }).click();
		await manager.waitForURL(`${base}/events/${eventId}`);
		await manager.getByRole('button', { name: 'Move on to: Requests open' }).click();
		await manager.locator('header [data-phase="requests_open"]').waitFor();

		// KEPCO keeps its requests page open; the marker shows it is never reloaded.
		const corporate = await signedIn(browser, 'corporate@example.com', contexts);
		await corporate.goto(`${base}/events/${eventId}/requests`, { waitUntil: 'networkidle' });
		await expect(corporate.getByTestId('received-requests').count()).resolves.toBe(0);
		await mark(corporate);

		// The founder finds the day in the list, browses the corporates and asks KEPCO, must meet.
		const founder = await signedIn(browser, 'startup@example.com', contexts);
		await founder.goto(`${base}/events`, { waitUntil: 'networkidle' });
		await Promise.all([
			founder.waitForURL(`${base}/events/${eventId}`),
			founder.getByRole('link', { name: title }).click()
		]);
		await Promise.all([
			founder.waitForURL(`${base}/events/${eventId}/browse`),
			founder.getByRole('link', { name: 'Browse' }).click()
		]);
		await founder.waitForLoadState('networkidle');
		const card = founder.getByTestId('browse').locator('li', { hasText: 'KEPCO' });
		await expect(card.getByTestId('score').textContent()).resolves.toMatch(/Match score \d+/);
		expect(await axeProblems(founder)).toEqual([]);
		await card.getByLabel('Must meet').check();
		await card.getByLabel('Note (optional)').fill('Grid data for CGM logistics / 물류 데이터 협력');
		await card.getByRole('button', { name: 'Send request' }).click();
		await founder.getByText('Request sent to KEPCO.').waitFor();
		await expect(card.getByTestId('request-state').textContent()).resolves.toContain(
			'You sent this · Must meet'
		);
		await expect(founder.getByTestId('cap-status').textContent()).resolves.toContain('1 of 10 pending');

		// Live on KEPCO's page; it accepts.
		const received = corporate.getByTestId('received-requests').locator('li', { hasText: 'GlucoFit' });
		await received.waitFor({ timeout: 10_000 });
		expect(await marked(corporate)).toBe(42);
		await expect(received.getAttribute('data-status')).resolves.toBe('pending');
		expect(await axeProblems(corporate)).toEqual([]);
		await received.getByRole('button', { name: 'Accept' }).click();
		await corporate.getByText('Request is now “Accepted”.').waitFor();
		await expect(received.getAttribute('data-status')).resolves.toBe('accepted');

		// The manager sees it accepted, under the "Accepted" filter too.
		await manager.goto(`${base}/events/${eventId}/requests?status=accepted`, { waitUntil: 'networkidle' });
		const accepted = manager.getByTestId('all-requests').locator('li[data-status="accepted"]');
		await expect(accepted.count()).resolves.toBe(1);
		await expect(accepted.textContent()).resolves.toContain('Must meet');
		expect(await axeProblems(manager)).toEqual([]);
	});

	it('without JavaScript, a day that ends before it starts names the end and keeps what was typed', async () => {
		const manager = await signedIn(browser, 'manager@example.com', contexts);
		const noJs = await browser.newContext({
			javaScriptEnabled: false,
			locale: 'en-US',
			storageState: await manager.context().storageState()
		});
		contexts.push(noJs);
		const page = await noJs.newPage();
		await page.goto(`${base}/events/new`);
		const day = farDay();
		await page.fill('#title', 'Afternoon matchmaking / 오후 매칭');
		await page.fill('#venue', 'Wonju Startup Hub');
		await page.fill('#date', day);
		await page.fill('#start', '15:00');
		await page.fill('#end', '14:00');
		await page.fill('#breaks', '14:30-14:40');
		await Promise.all([
			page.waitForURL((u) => u.search.includes('/create')),
			page.getByRole('button', { name: 'Create matchmaking day' }).click()
		]);
		await expect(page.locator('#end-error').textContent()).resolves.toContain('Must be after the start.');
		await expect(page.getAttribute('#end', 'aria-invalid')).resolves.toBe('true');
		await expect(page.getAttribute('#end', 'aria-describedby')).resolves.toBe('end-error');
		await expect(page.inputValue('#title')).resolves.toBe('Afternoon matchmaking / 오후 매칭');
		await expect(page.inputValue('#venue')).resolves.toBe('Wonju Startup Hub');
		await expect(page.inputValue('#date')).resolves.toBe(day);
		await expect(page.inputValue('#start')).resolves.toBe('15:00');
		await expect(page.inputValue('#end')).resolves.toBe('14:00');
		await expect(page.inputValue('#breaks')).resolves.toBe('14:30-14:40');

		// Corrected, it is created.
		await page.fill('#end', '18:00');
		await page.fill('#breaks', '16:00-16:20');
		await Promise.all([
			page.waitForURL(/\/events\/[0-9a-f-]{36}\?created=1/),
			page.getByRole('button', { name: 'Create matchmaking day' }).click()
		]);
		await expect(page.getByTestId('grid-summary').textContent()).resolves.toContain('8 slots of 20 min');
	});
});
