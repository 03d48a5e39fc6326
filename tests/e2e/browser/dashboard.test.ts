import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKrw, formatKrwCompact } from '../../../src/lib/format-krw';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { base, DEMO_PASSWORD, newContext, signIn } from './helpers';

// The Gangwon manager records an investment through the API, opens the center dashboard and finds the
// same figures `GET /api/v1/kpis` returns for the same period (and the investment in them), in Korean
// words; the KPI workbook opens with exceljs and sums to the same; another center's dashboard is closed.

const KEYS = [
	'startupsRegistered',
	'startupsDiscovered',
	'challengesPosted',
	'applications',
	'mutualMatches',
	'meetupsHeld',
	'pocsStarted',
	'contracts',
	'contractKrw',
	'investments',
	'investmentKrw',
	'jobsCreated'
] as const;
type Figures = Record<(typeof KEYS)[number], number>;
const INVESTMENT_KRW = 350_000_000;

async function axeProblems(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${page.url()}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function apiKpis(page: Page, query: string): Promise<Figures> {
	const res = await page.request.get(`${base}/api/v1/kpis?${query}`);
	expect(res.status()).toBe(200);
	return (await res.json()) as Figures;
}

/** The tiles' raw figures and their visible text, by KPI. */
async function tiles(page: Page): Promise<Record<string, { value: number; text: string }>> {
	return page.locator('[data-testid=kpi-tiles] [data-kpi]').evaluateAll((nodes) =>
		Object.fromEntries(
			nodes.map((n) => [
				n.getAttribute('data-kpi'),
				{
					value: Number(n.getAttribute('data-value')),
					text: (n.querySelector('[data-kpi-text]')?.textContent ?? '').trim()
				}
			])
		)
	);
}

/** The period the page asked for, read from its own KPI export link (`from=&to=&centerId=`). */
async function pageQuery(page: Page): Promise<string> {
	const href = await page.getByTestId('export-kpis-xlsx').getAttribute('href');
	return new URL(href!, base).searchParams.toString();
}

function expectSameFigures(shown: Record<string, { value: number; text: string }>, api: Figures) {
	for (const key of KEYS) {
		expect(shown[key]?.value, key).toBe(api[key]);
		const text = key.endsWith('Krw') ? formatKrwCompact(api[key], 'ko') : api[key].toLocaleString('ko-KR');
		expect(shown[key]?.text, key).toBe(text);
	}
}

describe.skipIf(!chromiumPath)('the KPI dashboard', () => {
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	let centerId: string;

	beforeAll(async () => {
		browser = await launchBrowser();
		context = await newContext(browser, 'ko');
		page = await context.newPage();
		await signIn(page, 'manager@example.com', DEMO_PASSWORD);
		const me = (await (await page.request.get(`${base}/api/v1/me`)).json()) as {
			memberships: { organization: { id: string; kind: string } }[];
		};
		centerId = me.memberships.find((ms) => ms.organization.kind === 'center')!.organization.id;
	});
	afterAll(async () => {
		await context?.close();
		await browser?.close();
	});

	it('shows the figures of GET /api/v1/kpis, including an investment just recorded', async () => {
		const before = await apiKpis(page, `centerId=${centerId}`);
		const csv = await (
			await page.request.get(`${base}/api/v1/exports/startups.csv?centerId=${centerId}`)
		).text();
		const startupId = /^([0-9a-f-]{36}),/m.exec(csv)![1]!;
		const recorded = await page.request.post(`${base}/api/v1/outcomes`, {
			headers: { origin: base },
			data: {
				startupId,
				kind: 'investment',
				amountKrw: INVESTMENT_KRW,
				occurredAt: new Date(Date.now() - 60_000).toISOString(),
				note: 'Seed round (e2e)'
			}
		});
		expect(recorded.status()).toBe(201);

		await page.goto(`${base}/centers/${centerId}/dashboard`, { waitUntil: 'networkidle' });
		await expect(page.locator('h1').textContent()).resolves.toContain('센터 성과 현황');
		const api = await apiKpis(page, await pageQuery(page));
		expect(api.investmentKrw - before.investmentKrw).toBe(INVESTMENT_KRW);
		expect(api.investments - before.investments).toBe(1);
		expectSameFigures(await tiles(page), api);
		// The money chart's text alternative has the API's months, with this month's investment in words.
		const months = (api as unknown as { byMonth: { month: string; investmentKrw: number }[] }).byMonth;
		const table = page.locator('section[aria-labelledby=chart-money-title] table');
		expect(await table.locator('tbody tr').count()).toBe(months.length);
		expect(await table.locator('tbody tr').last().textContent()).toContain(
			formatKrw(months.at(-1)!.investmentKrw, 'ko')
		);
		expect(await axeProblems(page)).toEqual([]);

		// A preset is a plain link: the page and the API agree for that period too.
		await page.getByRole('link', { name: '최근 12개월' }).click();
		await page.waitForURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
		const query = await pageQuery(page);
		expect(query).toMatch(/from=\d{4}-\d{2}-01/);
		expectSameFigures(await tiles(page), await apiKpis(page, query));
	});

	it('downloads a real KPI workbook for the same period, summing to the same figures', async () => {
		await page.goto(`${base}/centers/${centerId}/dashboard`, { waitUntil: 'networkidle' });
		const api = await apiKpis(page, await pageQuery(page));
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-kpis-xlsx').click()
		]);
		expect(download.suggestedFilename()).toMatch(/^kpis-\d{4}-\d{2}-\d{2}\.xlsx$/);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile((await download.path())!);
		const sheet = workbook.worksheets[0]!;
		const header = (sheet.getRow(1).values as unknown[]).map(String);
		const column = header.indexOf('투자 유치액(원)');
		expect(column).toBeGreaterThan(0);
		let sum = 0;
		sheet.eachRow((row, n) => {
			if (n > 1) sum += Number(row.getCell(column).value ?? 0);
		});
		expect(sum).toBe(api.investmentKrw);
	});

	it('has a printable report with the same figures, and an audit log that records the outcome', async () => {
		await page.goto(`${base}/centers/${centerId}/dashboard/print`, { waitUntil: 'networkidle' });
		const api = await apiKpis(page, `centerId=${centerId}`);
		const shown = await page
			.locator('[data-testid=report-headline] [data-kpi]')
			.evaluateAll((nodes) =>
				nodes.map((n) => [n.getAttribute('data-kpi'), Number(n.getAttribute('data-value'))])
			);
		expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(KEYS.map((k) => [k, api[k]])));
		await expect(page.getByTestId('print-button').isVisible()).resolves.toBe(true);
		expect(await axeProblems(page)).toEqual([]);

		await page.goto(`${base}/centers/${centerId}/audit?action=outcome.`, { waitUntil: 'networkidle' });
		await expect(page.locator('[data-action="outcome.recorded"]').count()).resolves.toBeGreaterThan(0);
		await expect(page.locator('[data-testid=audit-log]').textContent()).resolves.toContain('성과 · 기록');
		expect(await axeProblems(page)).toEqual([]);
	});

	it("closes another center's dashboard and the national roll-up to this manager", async () => {
		const centers = (await (
			await page.request.get(`${base}/api/v1/organizations?kind=center&limit=100`)
		).json()) as {
			hits: { id: string }[];
		};
		const other = centers.hits.find((c) => c.id !== centerId)!.id;
		for (const path of [`/centers/${other}/dashboard`, `/centers/${other}/audit`, '/admin/kpis']) {
			const response = await page.goto(`${base}${path}`);
			expect([403, 404], path).toContain(response!.status());
		}
	});
});
