import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { base, DEMO_PASSWORD, newContext, signIn } from './helpers';

// The Gangwon center's manager opens a card for one of the center's startups with KEPCO, moves it
// without JavaScript and by dragging, has an invalid drop refused with its reason, records an
// investment, and the KPI API moves by exactly that amount. Then the check-in link that no longer works.

async function axeProblems(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${page.url()}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function investmentKrw(page: Page): Promise<number> {
	const response = await page.request.get(`${base}/api/v1/kpis`);
	expect(response.status()).toBe(200);
	return ((await response.json()) as { investmentKrw: number }).investmentKrw;
}

/** A startup of the center without an active card with this corporate (so reruns on a kept server work). */
async function freeStartup(page: Page, centerId: string, corporateId: string): Promise<string> {
	const cards = (await (
		await page.request.get(
			`${base}/api/v1/collaborations?centerId=${centerId}&corporateId=${corporateId}&limit=100`
		)
	).json()) as { hits: { startup: { id: string }; stage: string }[] };
	const busy = new Set(cards.hits.filter((c) => c.stage !== 'dropped').map((c) => c.startup.id));
	const options = await page
		.locator('#open-startup option')
		.evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
	const free = options.find((id) => !busy.has(id));
	expect(free, 'a Gangwon startup without a card with KEPCO').toBeDefined();
	return free!;
}

describe.skipIf(!chromiumPath)('the pipeline board in the browser', () => {
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		for (const c of contexts) await c.close();
		await browser?.close();
	});

	it('a manager opens a card, moves it to PoC without JavaScript and by drag, and records an investment the KPIs count', async () => {
		const context = await newContext(browser, 'en');
		contexts.push(context);
		const page = await context.newPage();
		await signIn(page, 'manager@example.com', DEMO_PASSWORD);
		const me = (await (await page.request.get(`${base}/api/v1/me`)).json()) as {
			memberships: { organization: { id: string; kind: string } }[];
		};
		const centerId = me.memberships.find((ms) => ms.organization.kind === 'center')!.organization.id;
		const board = `${base}/centers/${centerId}/pipeline`;

		// The header leads to the board.
		await page.goto(`${base}/`);
		await page.goto(
			`${base}${await page.locator('#mobile-nav a', { hasText: 'Pipeline' }).first().getAttribute('href')}`,
			{ waitUntil: 'networkidle' }
		);
		expect(page.url()).toBe(board);
		await page.getByRole('heading', { level: 1, name: 'Collaboration pipeline' }).waitFor();
		expect(await axeProblems(page)).toEqual([]);

		// Open a card for a Gangwon startup with KEPCO.
		await page.getByText('Open a collaboration').click();
		const kepco = await page
			.locator('#open-corporate option', { hasText: 'KEPCO' })
			.first()
			.getAttribute('value');
		const startupId = await freeStartup(page, centerId, kepco!);
		await page.selectOption('#open-startup', startupId);
		await page.selectOption('#open-corporate', kepco!);
		await page.fill('#open-note', 'Met at the Gangwon energy day');
		await Promise.all([
			page.waitForURL(/\/collaborations\/[0-9a-f-]{36}\?done=opened/),
			page.getByRole('button', { name: 'Open collaboration' }).click()
		]);
		const cardId = /\/collaborations\/([0-9a-f-]{36})/.exec(page.url())![1]!;
		await expect(page.getByTestId('card-stage').getAttribute('data-stage')).resolves.toBe('matched');
		expect(await axeProblems(page)).toEqual([]);

		// Without JavaScript: the card's own form, offering only the allowed moves.
		const noJs = await browser.newContext({
			javaScriptEnabled: false,
			locale: 'en-US',
			storageState: await context.storageState()
		});
		contexts.push(noJs);
		const plain = await noJs.newPage();
		await plain.goto(board);
		const plainCard = plain.locator(`[data-card-id="${cardId}"]`);
		await plainCard.getByText('Move', { exact: false }).first().click();
		const offered = await plainCard
			.locator(`#move-${cardId}-to option`)
			.evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
		expect(offered).toEqual(['meetup_held', 'dropped']);
		await plain.selectOption(`#move-${cardId}-to`, 'meetup_held');
		await Promise.all([
			plain.waitForURL(/\?moved=/),
			plainCard.getByRole('button', { name: 'Move', exact: true }).click()
		]);
		await plain.locator(`section[data-stage="meetup_held"] [data-card-id="${cardId}"]`).waitFor();
		await expect(plain.getByTestId('board-message').textContent()).resolves.toContain('Meetup held');

		// With JavaScript: a drop on a column that is not a next step is refused with the reason.
		await page.goto(board, { waitUntil: 'networkidle' });
		const card = page.locator(`[data-card-id="${cardId}"]`);
		await card.dragTo(page.locator('section[data-stage="contract"]'));
		const message = page.getByTestId('board-message');
		await expect(message.textContent()).resolves.toContain('cannot go from “Meetup held” to “Contract”');
		await expect(message.textContent()).resolves.toContain('Follow-up, PoC, Dropped');
		await page.locator(`section[data-stage="meetup_held"] [data-card-id="${cardId}"]`).waitFor();

		// A drop on an allowed column moves it (no reload: the marker stays).
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
		await card.dragTo(page.locator('section[data-stage="poc"]'));
		await page.locator(`section[data-stage="poc"] [data-card-id="${cardId}"]`).waitFor();
		// The card moves at once (optimistic); the announcement follows the server's answer.
		await page.waitForFunction(() =>
			document.querySelector('[data-testid="board-live"]')?.textContent?.includes('PoC')
		);
		await page.waitForFunction(() => (window as unknown as { marker?: number }).marker === 42);
		expect(await axeProblems(page)).toEqual([]);

		// Record an investment of an exact amount; the KPIs move by exactly that.
		const before = await investmentKrw(page);
		const amount = 1_230_000_000 + Math.floor(Math.random() * 1000) * 10_000;
		await page.goto(`${base}/collaborations/${cardId}`, { waitUntil: 'networkidle' });
		await expect(page.getByTestId('card-stage').getAttribute('data-stage')).resolves.toBe('poc');
		await expect(page.getByTestId('move-history').textContent()).resolves.toContain('PoC');
		const form = page.getByTestId('record-outcome');
		await form.getByLabel('Investment').check();
		await form.getByLabel('Amount (KRW)').fill(String(amount));
		await expect(form.getByTestId('krw-reading').textContent()).resolves.toContain('₩1,2');
		await form.getByLabel('Evidence').fill('Series A term sheet, signed');
		await Promise.all([
			page.waitForURL(/done=recorded/),
			form.getByRole('button', { name: 'Record outcome' }).click()
		]);
		await expect(page.getByTestId('card-stage').getAttribute('data-stage')).resolves.toBe('investment');
		expect(await investmentKrw(page)).toBe(before + amount);
		expect(await axeProblems(page)).toEqual([]);

		// A negative amount is refused naming the field, with what was typed kept.
		await form.getByLabel('Investment').check();
		await form.getByLabel('Amount (KRW)').fill('-5');
		await form.getByRole('button', { name: 'Record outcome' }).click();
		await page.locator('#outcome-amount-error').waitFor();
		await expect(form.getByLabel('Amount (KRW)').inputValue()).resolves.toBe('-5');
		expect(await investmentKrw(page)).toBe(before + amount);
	});

	it('a check-in link that does not work says so clearly, without signing in', async () => {
		const context = await newContext(browser, 'en');
		contexts.push(context);
		const page = await context.newPage();
		await page.goto(`${base}/checkins/abcdefghijkmnpqrstuvwxyz23456789`);
		await page.getByTestId('checkin-invalid').waitFor();
		await page.getByRole('heading', { name: 'This link no longer works' }).waitFor();
		expect(await axeProblems(page)).toEqual([]);
		const ko = await newContext(browser, 'ko');
		contexts.push(ko);
		const kpage = await ko.newPage();
		await kpage.goto(`${base}/checkins/nonsense`);
		await kpage.getByRole('heading', { name: '이 링크는 더 이상 쓸 수 없습니다' }).waitFor();
	});
});
