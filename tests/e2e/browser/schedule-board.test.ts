import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { base, signedInDemo } from './helpers';

// The Gangwon center's demo matchmaking day: the manager runs the scheduler on the board, publishes,
// and moves GlucoFit's meeting with Celltrion; GlucoFit's founder, with the agenda open in another
// browser, sees the new time and table without a reload. The demo data is shared by every e2e test
// of a run and the test may run twice against one server, so it takes the day as it finds it.

const TITLE = '강원 디지털헬스 오픈이노베이션 매칭데이';

interface Meeting {
	id: string;
	startupId: string;
	corporateId: string;
	startupName: string;
	corporateName: string;
	slot: number;
	table: number;
	startsAt: string;
}
interface Slot {
	index: number;
	startsAt: string;
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

/** The demo day's id, its slots and the board's meetings as the manager's API sees them. */
async function dayState(page: Page) {
	const list = (await (await page.request.get(`${base}/api/v1/events`)).json()) as {
		hits: { id: string; title: string }[];
	};
	const id = list.hits.find((e) => e.title === TITLE)!.id;
	const event = (await (await page.request.get(`${base}/api/v1/events/${id}`)).json()) as {
		slots: Slot[];
		tables: number;
	};
	const schedule = (await (await page.request.get(`${base}/api/v1/events/${id}/schedule`)).json()) as {
		meetings: Meeting[];
	};
	return { id, slots: event.slots, tables: event.tables, meetings: schedule.meetings };
}

/** A free cell where neither side of `meeting` has another meeting (both are there all day). */
function freeCellFor(meeting: Meeting, state: Awaited<ReturnType<typeof dayState>>) {
	const busy = (slot: number) =>
		state.meetings.some(
			(mt) =>
				mt.slot === slot &&
				mt.id !== meeting.id &&
				[mt.startupId, mt.corporateId].some((o) => o === meeting.startupId || o === meeting.corporateId)
		);
	for (const slot of state.slots) {
		if (slot.index === meeting.slot || busy(slot.index)) continue;
		for (let table = 1; table <= state.tables; table++)
			if (!state.meetings.some((mt) => mt.slot === slot.index && mt.table === table))
				return { slot: slot.index, table, startsAt: slot.startsAt };
	}
	throw new Error('no free cell for the meeting');
}

describe.skipIf(!chromiumPath)('the schedule board and the personal agenda', () => {
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		for (const c of contexts) await c.close();
		await browser?.close();
	});

	it('a manager schedules, publishes and moves a meeting; the startup’s open agenda follows live', async () => {
		const manager = await signedInDemo(browser, 'manager@example.com');
		contexts.push(manager.context);
		const mp = manager.page;
		const { id } = await dayState(mp);
		await mp.goto(`${base}/events/${id}/board`, { waitUntil: 'networkidle' });
		expect(await axeProblems(mp)).toEqual([]);

		// Run (or run again, when an earlier test left a schedule): "N of at most M placed".
		await mp.getByRole('button', { name: /^Run scheduler/ }).click();
		await mp.getByText('The scheduler finished').waitFor({ timeout: 30_000 });
		const result = (await mp.getByTestId('run-result').textContent())!.trim();
		const [, placed, bound] = /^(\d+) of at most (\d+) placed$/.exec(result) ?? [];
		expect(Number(placed)).toBeGreaterThan(0);
		expect(Number(placed)).toBeLessThanOrEqual(Number(bound));

		// Publish (again, if it already was: that asks first).
		mp.once('dialog', (d) => void d.accept());
		await mp.getByRole('button', { name: /^Publish/ }).click();
		await mp.getByText('Agendas published').waitFor();
		await mp.getByTestId('published-note').waitFor();

		// GlucoFit's founder opens the agenda; the marker shows the page is never reloaded.
		const founder = await signedInDemo(browser, 'startup@example.com');
		contexts.push(founder.context);
		const fp = founder.page;
		await fp.goto(`${base}/events/${id}/agenda`, { waitUntil: 'networkidle' });
		const item = fp.getByTestId('agenda-item').filter({ hasText: 'Celltrion' });
		await item.waitFor();
		const meetingId = (await item.getAttribute('data-meeting-id'))!;
		expect(await axeProblems(fp)).toEqual([]);
		await mark(fp);

		// The manager selects that meeting on the board and moves it to a free cell with the form.
		const state = await dayState(mp);
		const meeting = state.meetings.find((mt) => mt.id === meetingId)!;
		const target = freeCellFor(meeting, state);
		await mp.locator(`a[data-meeting-id="${meetingId}"]`).click();
		const inspector = mp.getByTestId('board-inspector');
		await inspector.waitFor();
		expect(await axeProblems(mp)).toEqual([]);
		await inspector.getByLabel('Time').selectOption(String(target.slot));
		await inspector.getByLabel('Table').selectOption(String(target.table));
		await inspector.getByRole('button', { name: 'Move' }).click();
		await mp.getByTestId('board-message').getByText('Meeting moved.').waitFor();
		await mp
			.locator(
				`td[data-slot="${target.slot}"][data-table="${target.table}"] a[data-meeting-id="${meetingId}"]`
			)
			.waitFor();

		// The founder's agenda shows the new time and table without a reload.
		const moved = fp.locator(`[data-meeting-id="${meetingId}"]`);
		await moved.locator(`time[datetime="${target.startsAt}"]`).waitFor({ timeout: 10_000 });
		await expect(moved.getByTestId('agenda-table').textContent()).resolves.toBe(`Table ${target.table}`);
		await expect(fp.getByTestId('agenda-live').textContent()).resolves.toContain('Celltrion');
		expect(await marked(fp)).toBe(42);

		// A move into a clash is refused with the reason, and nothing changes.
		const after = await dayState(mp);
		const clash = after.meetings.find(
			(mt) => mt.corporateId === meeting.corporateId && mt.id !== meetingId && mt.slot !== target.slot
		);
		if (clash) {
			const table = Array.from({ length: after.tables }, (_, i) => i + 1).find(
				(t) => !after.meetings.some((mt) => mt.slot === clash.slot && mt.table === t)
			);
			if (table !== undefined) {
				await inspector.getByLabel('Time').selectOption(String(clash.slot));
				await inspector.getByLabel('Table').selectOption(String(table));
				await inspector.getByRole('button', { name: 'Move' }).click();
				await expect(mp.getByTestId('board-message').getByRole('alert').textContent()).resolves.toContain(
					'already has a meeting then'
				);
				await mp
					.locator(
						`td[data-slot="${target.slot}"][data-table="${target.table}"] a[data-meeting-id="${meetingId}"]`
					)
					.waitFor();
				const again = await dayState(mp);
				expect(again.meetings.find((mt) => mt.id === meetingId)?.slot).toBe(target.slot);
			}
		}

		// The board is the managers' alone: the founder gets 403.
		expect((await fp.request.get(`${base}/events/${id}/board`)).status()).toBe(403);
	});
});
