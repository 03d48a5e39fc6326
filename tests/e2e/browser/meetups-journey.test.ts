import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { base, createOrganization, newContext, signIn, signUp, uniqueEmail } from './helpers';

// A founder asks KEPCO (the demo's corporate@example.com) for a meetup with two proposed times; the
// corporate, with "My meetups" open, sees it arrive live, confirms the second time, and the founder's
// open page turns "Confirmed" without a reload. Then the forms without JavaScript.

const DAY_MS = 24 * 60 * 60 * 1000;

/** A weekday far ahead (a random one, so reruns against a kept server do not clash), as Seoul's date. */
function farWeekday(): string {
	let at = Date.now() + (60 + Math.floor(Math.random() * 300)) * DAY_MS;
	const seoulDay = (t: number) => new Date(t + 9 * 60 * 60 * 1000);
	while ([0, 6].includes(seoulDay(at).getUTCDay())) at += DAY_MS;
	return seoulDay(at).toISOString().slice(0, 10);
}

async function newFounder(browser: Browser, label: string) {
	const context = await newContext(browser, 'en');
	const page = await context.newPage();
	await signUp(page, uniqueEmail(label), 'Minji Seo');
	const created = await page.request.post(`${base}/api/v1/startups`, {
		headers: { origin: base },
		data: { name: `MeetGrid ${Date.now().toString(36)}`, industries: ['energy'], visibility: 'public' }
	});
	expect(created.status()).toBe(201);
	return { context, page, startupId: ((await created.json()) as { id: string }).id };
}

async function corporateId(page: Page): Promise<string> {
	const me = (await (await page.request.get(`${base}/api/v1/me`)).json()) as {
		memberships: { organization: { id: string; kind: string } }[];
	};
	return me.memberships.find((ms) => ms.organization.kind === 'corporate')!.organization.id;
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

describe.skipIf(!chromiumPath)('1:1 meetups in the browser', () => {
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		for (const c of contexts) await c.close();
		await browser?.close();
	});

	it('a founder requests two times; the corporate sees it live, confirms the second; both pages follow', async () => {
		const founder = await newFounder(browser, 'meetup-founder');
		contexts.push(founder.context);
		const corporateContext = await newContext(browser, 'en');
		contexts.push(corporateContext);
		const corporate = await corporateContext.newPage();
		await signIn(corporate, 'corporate@example.com', 'innomatch-demo');
		const kepco = await corporateId(corporate);

		// The corporate keeps "My meetups" open; the marker shows the page is never reloaded.
		await corporate.goto(`${base}/meetups`, { waitUntil: 'networkidle' });
		await mark(corporate);

		const day = farWeekday();
		const f = founder.page;
		await f.goto(`${base}/meetups/new?startupId=${founder.startupId}&corporateId=${kepco}`, {
			waitUntil: 'networkidle'
		});
		await expect(f.getByTestId('party-corporate').textContent()).resolves.toContain('KEPCO');
		expect(await axeProblems(f)).toEqual([]);
		await f.fill('#proposal-0-date', day);
		await f.fill('#proposal-0-start', '10:00');
		await f.fill('#proposal-0-end', '11:00');
		await f.fill('#proposal-1-date', day);
		await f.fill('#proposal-1-start', '14:00');
		await f.fill('#proposal-1-end', '15:00');
		await f.fill('#location', 'KEPCO HQ, Naju, 3F');
		await f.fill('#note', 'Smart charging pilot for apartment complexes / 아파트 단지 실증 제안');
		await Promise.all([
			f.waitForURL(/\/meetups\/[0-9a-f-]{36}\?done=requested/),
			f.getByRole('button', { name: 'Send request' }).click()
		]);
		const meetupId = /\/meetups\/([0-9a-f-]{36})/.exec(f.url())![1]!;
		await f.getByText('Meetup requested.').waitFor();
		await expect(
			f.getByTestId('meetup-summary').locator('[data-status]').first().getAttribute('data-status')
		).resolves.toBe('proposed');
		await mark(f);

		// Live on the corporate's list, with its "your answer" tag once the list reloads itself.
		const item = corporate.locator(`[data-meetup-id="${meetupId}"]`);
		await item.waitFor({ timeout: 10_000 });
		await item.getByTestId('awaiting-me').waitFor({ timeout: 10_000 });
		expect(await marked(corporate)).toBe(42);
		expect(await axeProblems(corporate)).toEqual([]);

		// The corporate opens it and confirms the second proposal.
		await Promise.all([corporate.waitForURL(`${base}/meetups/${meetupId}`), item.getByRole('link').click()]);
		const second = corporate.getByTestId('proposal-option-1');
		const secondStart = await second.locator('time').getAttribute('datetime');
		expect(await axeProblems(corporate)).toEqual([]);
		await second.getByRole('button', { name: /Confirm this time/ }).click();
		await corporate.getByText('Meetup confirmed.').waitFor();

		// The founder's open page turns "Confirmed" live, at the second time.
		const summary = f.getByTestId('meetup-summary');
		await summary.locator('[data-status="confirmed"]').waitFor({ timeout: 10_000 });
		await expect(summary.locator('time').first().getAttribute('datetime')).resolves.toBe(secondStart);
		await expect(f.getByTestId('meetup-live').textContent()).resolves.toContain('confirmed');
		expect(await marked(f)).toBe(42);

		// "Add to calendar" is an iCalendar file for the session's owner.
		const href = await f.getByTestId('meetup-ics').getAttribute('href');
		const ics = await f.request.get(`${base}${href}`);
		expect(ics.status()).toBe(200);
		expect(ics.headers()['content-type']).toContain('text/calendar');
		const body = await ics.text();
		expect(body).toContain(`UID:${meetupId}@innomatch`);
		expect(body).toContain('STATUS:CONFIRMED');

		// Asking again for the confirmed time is refused naming that meetup; what was typed stays.
		await f.goto(`${base}/meetups/new?startupId=${founder.startupId}&corporateId=${kepco}`);
		await f.fill('#proposal-0-date', day);
		await f.fill('#proposal-0-start', '14:30');
		await f.fill('#proposal-0-end', '15:30');
		await f.fill('#note', 'a second try');
		await f.getByRole('button', { name: 'Send request' }).click();
		const alert = f.locator('[data-form-alert]');
		await expect(alert.textContent()).resolves.toContain('overlaps another meetup');
		await expect(alert.getByRole('link').getAttribute('href')).resolves.toBe(`/meetups/${meetupId}`);
		await expect(f.inputValue('#proposal-0-start')).resolves.toBe('14:30');
		await expect(f.inputValue('#note')).resolves.toBe('a second try');
		await expect(f.locator('#proposal-0-start-error').textContent()).resolves.toContain('overlaps');

		await f.goto(`${base}/meetups?tab=upcoming`, { waitUntil: 'networkidle' });
		await f.locator(`[data-meetup-id="${meetupId}"][data-status="confirmed"]`).waitFor();
		expect(await axeProblems(f)).toEqual([]);

		// The corporate's notice of the request leads to the meetup.
		await corporate.goto(`${base}/notifications`);
		await Promise.all([
			corporate.waitForURL(`${base}/meetups/${meetupId}`),
			corporate.locator(`main a[href="/meetups/${meetupId}"]`).first().click()
		]);
		await corporate.getByTestId('meetup-summary').waitFor();

		// A calendar subscription: the URL is shown once, serves the meetup, and stops when revoked.
		await f.goto(`${base}/settings`, { waitUntil: 'networkidle' });
		await f.fill('#feedName', 'Work calendar');
		await f.getByRole('button', { name: 'Create subscription URL' }).click();
		const feedUrl = await f.getByTestId('created-feed').locator('input').inputValue();
		expect(feedUrl).toMatch(/^http.*\/api\/v1\/calendar\/[a-z2-9]{24}\.[a-z2-9]{24}\.ics$/);
		// Fetched as a calendar app would: no session, only the secret in the URL.
		const feed = await fetch(feedUrl);
		expect(feed.headers.get('content-type')).toContain('text/calendar');
		expect(await feed.text()).toContain(`UID:${meetupId}@innomatch`);
		expect(await axeProblems(f)).toEqual([]);
		f.once('dialog', (d) => void d.accept());
		await f
			.getByTestId('feed-list')
			.getByRole('button', { name: /Revoke/ })
			.click();
		await f.getByText('Subscription URL revoked.').waitFor();
		expect((await fetch(feedUrl)).status).toBe(404);
	});

	it('without JavaScript, a time that ends before it starts comes back with the field error and everything typed', async () => {
		const founder = await newFounder(browser, 'meetup-nojs');
		contexts.push(founder.context);
		const corporateContext = await newContext(browser, 'en');
		contexts.push(corporateContext);
		const corporate = await corporateContext.newPage();
		await signIn(corporate, 'corporate@example.com', 'innomatch-demo');
		const kepco = await corporateId(corporate);

		const noJs = await browser.newContext({
			javaScriptEnabled: false,
			locale: 'en-US',
			storageState: await founder.context.storageState()
		});
		contexts.push(noJs);
		const page = await noJs.newPage();
		const url = `${base}/meetups/new?startupId=${founder.startupId}&corporateId=${kepco}`;
		await page.goto(url);
		const day = farWeekday();
		await page.fill('#proposal-0-date', day);
		await page.fill('#proposal-0-start', '15:00');
		await page.fill('#proposal-0-end', '14:00');
		await page.fill('#location', 'Room 3 / 3번 회의실');
		await page.fill('#note', 'Bring the pilot data');
		await Promise.all([
			page.waitForURL((u) => u.search.includes('/create')),
			page.getByRole('button', { name: 'Send request' }).click()
		]);

		await expect(page.locator('#proposal-0-end-error').textContent()).resolves.toContain(
			'Must be after the start.'
		);
		await expect(page.getAttribute('#proposal-0-end', 'aria-invalid')).resolves.toBe('true');
		await expect(page.getAttribute('#proposal-0-end', 'aria-describedby')).resolves.toBe(
			'proposal-0-end-error'
		);
		await expect(page.inputValue('#proposal-0-date')).resolves.toBe(day);
		await expect(page.inputValue('#proposal-0-start')).resolves.toBe('15:00');
		await expect(page.inputValue('#proposal-0-end')).resolves.toBe('14:00');
		await expect(page.inputValue('#location')).resolves.toBe('Room 3 / 3번 회의실');
		await expect(page.inputValue('#note')).resolves.toBe('Bring the pilot data');
		// Still the same pair, so the corrected form goes to the same place.
		await expect(page.getByTestId('party-corporate').textContent()).resolves.toContain('KEPCO');

		// A suggested time fills the next empty row, again with nothing typed lost.
		const suggestion = page.getByTestId('suggestions').getByRole('button').first();
		if ((await page.getByTestId('suggestions').count()) > 0) {
			await Promise.all([page.waitForURL((u) => u.search.includes('/fill')), suggestion.click()]);
			await expect(page.inputValue('#proposal-1-date')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
			await expect(page.inputValue('#proposal-0-start')).resolves.toBe('15:00');
			await expect(page.inputValue('#note')).resolves.toBe('Bring the pilot data');
		}

		// Corrected, it is sent and lands on the meetup.
		await page.fill('#proposal-0-end', '16:00');
		await Promise.all([
			page.waitForURL(/\/meetups\/[0-9a-f-]{36}\?done=requested/),
			page.getByRole('button', { name: 'Send request' }).click()
		]);
		await expect(page.getByTestId('meetup-summary').textContent()).resolves.toContain('KEPCO');
		const meetupId = /\/meetups\/([0-9a-f-]{36})/.exec(page.url())![1]!;

		// The corporate proposes another time while this page is open: withdrawing from the old state
		// is refused as "changed meanwhile", and the page shows the current state instead.
		const moved = await corporate.request.post(`${base}/api/v1/meetups/${meetupId}/reschedule`, {
			headers: { origin: base },
			data: { proposals: [{ startsAt: `${day}T16:00:00+09:00`, endsAt: `${day}T17:00:00+09:00` }] }
		});
		expect(moved.status()).toBe(200);
		await page.getByText('Withdraw request', { exact: true }).click();
		await page.fill('#cancel-reason', 'No longer needed');
		await Promise.all([
			page.waitForURL((u) => u.search.includes('/cancel')),
			page.getByRole('button', { name: 'Withdraw the request' }).click()
		]);
		await expect(page.locator('[data-form-alert]').textContent()).resolves.toContain('changed meanwhile');
		await expect(page.getByTestId('meetup-waiting').textContent()).resolves.toBe('Waiting for your answer.');
		await expect(
			page.getByTestId('meetup-summary').locator('time').first().getAttribute('datetime')
		).resolves.toBe(new Date(`${day}T16:00:00+09:00`).toISOString());
	});

	it('keeps weekly hours and days off; a bad range names its field and loses nothing', async () => {
		const context = await newContext(browser, 'en');
		contexts.push(context);
		const page = await context.newPage();
		await signUp(page, uniqueEmail('meetup-hours'), 'Daeho Kim');
		const orgId = await createOrganization(page, 'corporate', `가용시간 기업 ${Date.now().toString(36)}`);
		await page.goto(`${base}/organizations/${orgId}/settings`);
		await Promise.all([
			page.waitForURL(`${base}/organizations/${orgId}/availability`),
			page.getByRole('link', { name: /Meetup hours/ }).click()
		]);
		await page.waitForLoadState('networkidle');
		await page.getByRole('button', { name: 'Fill in weekdays 09:00–18:00' }).click();
		await page.getByRole('button', { name: /Add hours.*Saturday/ }).click();
		await page.fill('#weekly\\.6\\.0\\.start', '10:00');
		await page.fill('#weekly\\.6\\.0\\.end', '09:00');
		await page.getByRole('button', { name: 'Add days off' }).click();
		await page.fill('#blackouts\\.0\\.from', '2027-09-14');
		await page.fill('#blackouts\\.0\\.to', '2027-09-16');
		await page.fill('#blackouts\\.0\\.reason', 'Chuseok / 추석');
		await page.getByRole('button', { name: 'Save' }).click();

		await expect(page.locator('#weekly\\.6\\.0\\.start-error').textContent()).resolves.toContain(
			'Must be after the start.'
		);
		await expect(page.getAttribute('#weekly\\.6\\.0\\.end', 'aria-invalid')).resolves.toBe('true');
		await expect(page.inputValue('#weekly\\.1\\.0\\.end')).resolves.toBe('18:00');
		await expect(page.inputValue('#blackouts\\.0\\.reason')).resolves.toBe('Chuseok / 추석');

		await page.fill('#weekly\\.6\\.0\\.end', '13:00');
		await Promise.all([
			page.waitForURL(/availability\?saved=1/),
			page.getByRole('button', { name: 'Save' }).click()
		]);
		await page.getByText('Availability saved.').waitFor();
		const stated = (await (
			await page.request.get(`${base}/api/v1/organizations/${orgId}/availability`)
		).json()) as {
			weekly: { weekday: number; start: string; end: string }[];
			blackouts: { from: string; to: string; reason: string }[];
		};
		expect(stated.weekly).toHaveLength(6);
		expect(stated.weekly).toContainEqual({ weekday: 6, start: '10:00', end: '13:00' });
		expect(stated.blackouts).toEqual([{ from: '2027-09-14', to: '2027-09-16', reason: 'Chuseok / 추석' }]);
		expect(await axeProblems(page)).toEqual([]);
	});
});
