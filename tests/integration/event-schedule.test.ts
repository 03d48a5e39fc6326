import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { loadViewer, type Viewer } from '../../src/lib/server/catalog/viewer';
import { DomainError } from '../../src/lib/server/errors';
import { createEvent } from '../../src/lib/server/events/service';
import { eventInput } from '../../src/lib/server/events/schema';
import { addParticipant } from '../../src/lib/server/events/participants';
import { startScheduleRun } from '../../src/lib/server/events/schedule-run';
import { getSchedule, type ScheduleDocument } from '../../src/lib/server/events/schedule-view';
import { editBoard } from '../../src/lib/server/events/board';
import { publishSchedule } from '../../src/lib/server/events/publish';
import { agendaIcs, getAgenda } from '../../src/lib/server/events/agenda';
import { mayJoinEventRoom } from '../../src/lib/server/events/rooms';
import { validateSchedule } from '../../src/lib/server/events/scheduler/validate';
import { loadScheduleSnapshot } from '../../src/lib/server/events/schedule-input';
import { findEvent } from '../../src/lib/server/events/access';
import { applyScheduleResult } from '../../src/lib/server/events/schedule-apply';
import { scheduleEvent } from '../../src/lib/server/events/scheduler/schedule';
import { createMeetup, getMeetup, listMeetups } from '../../src/lib/server/meetups/service';
import { meetupsQuery } from '../../src/lib/server/meetups/schema';
import { createTestDatabase } from './helpers/db';
import { createCenter, createOrg, createUser } from './helpers/factories';

let h: DatabaseHandle;
beforeAll(async () => {
	h = await createTestDatabase();
});
afterAll(async () => {
	await h.close();
});

const DAY = 24 * 60 * 60 * 1000;
/** A day two weeks ahead, 09:00–12:00 in Seoul (00:00–03:00 UTC): six 30-minute slots. */
const day = (() => {
	const d = new Date(Date.now() + 14 * DAY);
	d.setUTCHours(0, 0, 0, 0);
	return d.getTime();
})();
const at = (minutes: number) => new Date(day + minutes * 60_000).toISOString();

async function viewerOf(user: Awaited<ReturnType<typeof createUser>>): Promise<Viewer> {
	return loadViewer(h.db, user);
}

/** A center with a day, `n` startups and `n` corporates taking part, and accepted requests between them. */
async function world(opts: { startups?: number; corporates?: number; tables?: number } = {}) {
	const managerUser = await createUser(h.db, { name: '센터 매니저' });
	const center = await createCenter(h.db, managerUser);
	const manager = await viewerOf(managerUser);
	const event = await createEvent(
		h.db,
		manager,
		eventInput.parse({
			centerId: center.id,
			title: '강원 오픈이노베이션 매칭데이',
			venue: '춘천 창업센터',
			startsAt: at(0),
			endsAt: at(180),
			slotMinutes: 30,
			tables: opts.tables ?? 3,
			timezone: 'Asia/Seoul'
		})
	);
	const orgs = async (kind: 'startup' | 'corporate', n: number) => {
		const list = [];
		for (let i = 0; i < n; i++) {
			const user = await createUser(h.db, { name: `${kind} ${i}` });
			const org = await createOrg(h.db, user, kind);
			await addParticipant(h.db, manager, event.id, { organizationId: org.id });
			list.push({ user, org, viewer: await viewerOf(user) });
		}
		return list;
	};
	const startups = await orgs('startup', opts.startups ?? 3);
	const corporates = await orgs('corporate', opts.corporates ?? 2);
	return { managerUser, manager, center, event, startups, corporates };
}
type World = Awaited<ReturnType<typeof world>>;

/** Accepted requests (as a manager files them) for every startup × corporate pair. */
async function requestAll(w: World, priority = 2) {
	await requestPairs(
		w,
		w.startups.flatMap((s) => w.corporates.map((c) => [s, c] as const)),
		priority
	);
}

async function requestPairs(
	w: World,
	pairs: readonly (readonly [World['startups'][number], World['corporates'][number]])[],
	priority = 2
) {
	const rows = [];
	for (const [s, c] of pairs)
		rows.push({
			eventId: w.event.id,
			fromOrgId: s.org.id,
			toOrgId: c.org.id,
			startupId: s.org.id,
			corporateId: c.org.id,
			priority,
			status: 'accepted',
			filedByManager: true
		});
	await h.db.insertInto('meetingRequests').values(rows).execute();
}

async function run(w: World, options: { keepLocked?: boolean } = {}): Promise<ScheduleDocument> {
	const started = await startScheduleRun(h.db, w.manager, w.event.id, options);
	if (started.status !== 'done') throw new Error('expected an inline run');
	return started.schedule;
}

async function expectRefused(p: Promise<unknown>, code: string, reason?: string) {
	const e = await p.then(
		() => undefined,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(DomainError);
	expect((e as DomainError).code).toBe(code);
	expect((e as DomainError).status).toBe(409);
	if (reason) expect((e as DomainError).details.reason).toBe(reason);
}

async function storedMeetings(eventId: string) {
	return h.db
		.selectFrom('meetups')
		.select(['id', 'startupId', 'corporateId', 'tableNumber', 'sequence', 'status', 'locked'])
		.where('eventId', '=', eventId)
		.where('status', '=', 'confirmed')
		.orderBy('id')
		.execute();
}

describe('running the scheduler', () => {
	it('stores every placed meeting as a confirmed meetup that keeps every rule', async () => {
		const w = await world();
		await requestAll(w);
		const doc = await run(w);
		expect(doc.requested).toBe(6);
		expect(doc.placed).toBe(6);
		expect(doc.upperBound).toBeGreaterThanOrEqual(doc.placed);
		expect(doc.meetings).toHaveLength(6);
		expect(await storedMeetings(w.event.id)).toHaveLength(6);
		const event = (await findEvent(h.db, w.event.id))!;
		expect(event.phase).toBe('scheduled');
		expect(event.scheduleVersion).toBe(1);
		const snapshot = await loadScheduleSnapshot(h.db, event, { keepLocked: false });
		const placements = [...snapshot.meetings.values()].map((m) => m.placement!);
		expect(validateSchedule(snapshot.input, { placements })).toEqual([]);
	});

	it('moves nothing when run again without changes', async () => {
		const w = await world();
		await requestAll(w);
		await run(w);
		const before = await storedMeetings(w.event.id);
		const again = await run(w);
		expect(again.lastRun?.moved).toBe(0);
		expect(await storedMeetings(w.event.id)).toEqual(before);
	});

	it('keeps a locked meeting where it is', async () => {
		const w = await world();
		await requestAll(w);
		const doc = await run(w);
		const target = doc.meetings[0]!;
		// Move it somewhere the scheduler would not choose, lock it, and re-run without it in mind.
		const free = freePlace(doc, target);
		const moved = await editBoard(h.db, w.manager, w.event.id, {
			action: 'move',
			meetingId: target.id,
			slot: free.slot,
			table: free.table,
			version: doc.version
		});
		const locked = await editBoard(h.db, w.manager, w.event.id, {
			action: 'lock',
			meetingId: target.id,
			version: moved.version
		});
		expect(locked.meetings[0]).toMatchObject({ id: target.id, locked: true });
		const after = await run(w);
		expect(after.meetings.find((m) => m.id === target.id)).toMatchObject({
			slot: free.slot,
			table: free.table,
			locked: true
		});
	});

	it('refuses a run while another is running (409 schedule_running), and replaces a dead one', async () => {
		const w = await world();
		await requestAll(w);
		// Another process's run, still alive: its heartbeat is fresh.
		const other = await h.db
			.insertInto('scheduleRuns')
			.values({ eventId: w.event.id })
			.returning('id')
			.executeTakeFirstOrThrow();
		await expectRefused(startScheduleRun(h.db, w.manager, w.event.id), 'schedule_running');
		expect(await storedMeetings(w.event.id)).toEqual([]);
		// That process died: three minutes without a heartbeat, so a new run takes over.
		await h.db
			.updateTable('scheduleRuns')
			.set({ heartbeatAt: new Date(Date.now() - 3 * 60_000) })
			.where('id', '=', other.id)
			.execute();
		expect((await run(w)).placed).toBe(6);
		const dead = await h.db
			.selectFrom('scheduleRuns')
			.select(['status', 'error'])
			.where('id', '=', other.id)
			.executeTakeFirstOrThrow();
		expect(dead).toEqual({ status: 'failed', error: 'heartbeat_lost' });
	});

	it('lets one of two simultaneous runs start while the other runs, never both at once', async () => {
		const w = await world();
		await requestAll(w);
		const results = await Promise.allSettled([
			startScheduleRun(h.db, w.manager, w.event.id),
			startScheduleRun(h.db, w.manager, w.event.id)
		]);
		const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as DomainError] : []));
		// Either the second asked while the first ran (409), or it started after the first had finished.
		for (const e of refused) expect(e).toMatchObject({ code: 'schedule_running', status: 409 });
		expect(refused.length).toBeLessThanOrEqual(1);
		const runs = await h.db
			.selectFrom('scheduleRuns')
			.select('status')
			.where('eventId', '=', w.event.id)
			.execute();
		expect(runs.map((r) => r.status)).toEqual(Array(2 - refused.length).fill('done'));
		expect(await storedMeetings(w.event.id)).toHaveLength(6);
	});

	it('leaves a slot free where a participant has another meetup outside the event', async () => {
		const w = await world({ startups: 1, corporates: 1 });
		await requestAll(w);
		// The startup booked a 1:1 meetup elsewhere over every slot but the fourth (10:30–11:00 Seoul).
		const outsider = await createOrg(h.db, w.startups[0]!.user, 'corporate');
		for (const [from, to] of [
			[0, 90],
			[120, 180]
		] as const) {
			await createMeetup(h.db, w.startups[0]!.viewer, {
				startupId: w.startups[0]!.org.id,
				corporateId: outsider.id,
				startsAt: at(from),
				endsAt: at(to)
			});
		}
		const doc = await run(w);
		expect(doc.meetings).toHaveLength(1);
		expect(doc.meetings[0]!.startsAt).toBe(at(90));
	});

	it('runs a big event in the background and ends in the same document', async () => {
		const w = await world();
		await requestAll(w);
		const started = await startScheduleRun(h.db, w.manager, w.event.id, { inlineMaxRequests: 0 });
		expect(started).toMatchObject({ status: 'running', done: 0 });
		let doc = await getSchedule(h.db, w.manager, w.event.id);
		for (let i = 0; i < 100 && doc.run?.status === 'running'; i++) {
			await new Promise((r) => setTimeout(r, 20));
			doc = await getSchedule(h.db, w.manager, w.event.id);
		}
		expect(doc.run).toMatchObject({ status: 'done', done: 100, total: 100 });
		expect(doc.placed).toBe(6);
	});

	it('refuses to write a result computed before a manager changed the board (stale)', async () => {
		const w = await world();
		await requestAll(w);
		const doc = await run(w);
		const event = (await findEvent(h.db, w.event.id))!;
		const snapshot = await loadScheduleSnapshot(h.db, event, { keepLocked: true });
		await editBoard(h.db, w.manager, w.event.id, {
			action: 'lock',
			meetingId: doc.meetings[0]!.id,
			version: doc.version
		});
		const result = scheduleEvent(snapshot.input);
		const runRow = await h.db
			.insertInto('scheduleRuns')
			.values({ eventId: w.event.id })
			.returning('id')
			.executeTakeFirstOrThrow();
		await expectRefused(
			applyScheduleResult(h.db, snapshot, result, { id: runRow.id, userId: null, now: new Date() }),
			'stale'
		);
	});

	it('refuses to run for a participant (403) and a stranger (404)', async () => {
		const w = await world({ startups: 1, corporates: 1 });
		const stranger = await viewerOf(await createUser(h.db));
		await expect(startScheduleRun(h.db, w.startups[0]!.viewer, w.event.id)).rejects.toMatchObject({
			status: 403
		});
		await expect(startScheduleRun(h.db, stranger, w.event.id)).rejects.toMatchObject({ status: 404 });
	});
});

/** A slot and table no meeting holds and both sides of `meeting` are free in. */
function freePlace(doc: ScheduleDocument, meeting: ScheduleDocument['meetings'][number]) {
	for (let slot = 0; slot < 6; slot++) {
		const busy = doc.meetings.some(
			(m) =>
				m.slot === slot &&
				m.id !== meeting.id &&
				(m.startupId === meeting.startupId || m.corporateId === meeting.corporateId)
		);
		if (busy || slot === meeting.slot) continue;
		for (let table = 1; table <= 3; table++)
			if (!doc.meetings.some((m) => m.slot === slot && m.table === table)) return { slot, table };
	}
	throw new Error('no free place');
}

describe('the board', () => {
	it('refuses a move into a double booking with the reason, and changes nothing', async () => {
		const w = await world();
		await requestAll(w);
		const doc = await run(w);
		const a = doc.meetings[0]!;
		// Another meeting of the same startup, in another slot: moving `a` to its slot at a free table clashes.
		const b = doc.meetings.find((m) => m.startupId === a.startupId && m.slot !== a.slot)!;
		const table = [1, 2, 3].find((t) => !doc.meetings.some((m) => m.slot === b.slot && m.table === t));
		const before = await storedMeetings(w.event.id);
		await expectRefused(
			editBoard(h.db, w.manager, w.event.id, {
				action: 'move',
				meetingId: a.id,
				slot: b.slot,
				table: table ?? b.table,
				version: doc.version
			}),
			'move_refused',
			table ? 'double_booked' : undefined
		);
		expect(await storedMeetings(w.event.id)).toEqual(before);
		expect((await getSchedule(h.db, w.manager, w.event.id)).version).toBe(doc.version);
	});

	it('swaps two meetings when one is moved onto the other', async () => {
		const w = await world({ startups: 2, corporates: 2, tables: 2 });
		// Two meetings that share nobody: they can trade places whatever the scheduler chose.
		await requestPairs(w, [
			[w.startups[0]!, w.corporates[0]!],
			[w.startups[1]!, w.corporates[1]!]
		]);
		const doc = await run(w);
		const [a, b] = doc.meetings as [
			ScheduleDocument['meetings'][number],
			ScheduleDocument['meetings'][number]
		];
		expect([a.slot, a.table]).not.toEqual([b.slot, b.table]);
		const result = await editBoard(h.db, w.manager, w.event.id, {
			action: 'move',
			meetingId: a.id,
			slot: b.slot,
			table: b.table,
			version: doc.version
		});
		expect(result.cause).toBe('swap');
		expect(result.version).toBe(doc.version + 1);
		const after = await getSchedule(h.db, w.manager, w.event.id);
		expect(after.meetings.find((m) => m.id === a.id)).toMatchObject({ slot: b.slot, table: b.table });
		expect(after.meetings.find((m) => m.id === b.id)).toMatchObject({ slot: a.slot, table: a.table });
		const stored = await storedMeetings(w.event.id);
		expect(stored.find((m) => m.id === a.id)!.sequence).toBe(1);
	});

	it('answers an edit made on an old version with 409 stale', async () => {
		const w = await world();
		await requestAll(w);
		const doc = await run(w);
		await editBoard(h.db, w.manager, w.event.id, {
			action: 'lock',
			meetingId: doc.meetings[0]!.id,
			version: doc.version
		});
		await expectRefused(
			editBoard(h.db, w.manager, w.event.id, {
				action: 'unlock',
				meetingId: doc.meetings[0]!.id,
				version: doc.version
			}),
			'stale'
		);
	});

	it('unschedules a meeting and places the request again', async () => {
		const w = await world();
		await requestAll(w);
		const doc = await run(w);
		const a = doc.meetings[0]!;
		const removed = await editBoard(h.db, w.manager, w.event.id, {
			action: 'unschedule',
			meetingId: a.id,
			version: doc.version
		});
		expect(removed.removedIds).toEqual([a.id]);
		const mid = await getSchedule(h.db, w.manager, w.event.id);
		expect(mid.unplaced.map((u) => u.requestId)).toEqual([a.requestId]);
		const placed = await editBoard(h.db, w.manager, w.event.id, {
			action: 'place',
			requestId: a.requestId,
			slot: a.slot,
			table: a.table,
			version: removed.version
		});
		expect(placed.meetings).toHaveLength(1);
		expect(placed.meetings[0]).toMatchObject({ requestId: a.requestId, slot: a.slot, table: a.table });
	});
});

describe('publishing', () => {
	it('hides the schedule from participants until published, then shows them their own agenda', async () => {
		const w = await world();
		await requestAll(w);
		await run(w);
		const founder = w.startups[0]!;
		await expect(getSchedule(h.db, founder.viewer, w.event.id)).rejects.toMatchObject({ status: 403 });
		expect((await getAgenda(h.db, founder.viewer, w.event.id)).organizations[0]!.meetings).toEqual([]);
		const listed = await listMeetups(h.db, founder.viewer, meetupsQuery.parse({ limit: '100' }));
		expect(listed.hits.filter((m) => m.eventId === w.event.id)).toEqual([]);
		const someMeeting = (await storedMeetings(w.event.id)).find((m) => m.startupId === founder.org.id)!;
		expect(await getMeetup(h.db, founder.viewer, someMeeting.id)).toBeUndefined();

		const published = await publishSchedule(h.db, w.manager, w.event.id);
		expect(published.eventId).toBe(w.event.id);
		const agenda = await getAgenda(h.db, founder.viewer, w.event.id);
		expect(agenda.published).toBe(true);
		expect(agenda.organizations[0]!.meetings).toHaveLength(2);
		expect(agenda.organizations[0]!.meetings.map((m) => m.counterpart.side)).toEqual([
			'corporate',
			'corporate'
		]);
		const own = await getSchedule(h.db, founder.viewer, w.event.id);
		expect(own.meetings.every((m) => m.startupId === founder.org.id)).toBe(true);
		expect(own.meetings).toHaveLength(2);
		const after = await listMeetups(h.db, founder.viewer, meetupsQuery.parse({ limit: '100' }));
		expect(after.hits.filter((m) => m.eventId === w.event.id)).toHaveLength(2);
		expect(await getMeetup(h.db, founder.viewer, someMeeting.id)).toMatchObject({
			tableNumber: expect.any(Number)
		});

		const calendar = new ICAL.Component(ICAL.parse(agendaIcs(agenda, 'ko')));
		expect(calendar.getAllSubcomponents('vevent')).toHaveLength(2);

		const notices = await h.db
			.selectFrom('notifications')
			.select('kind')
			.where('userId', '=', founder.user.id)
			.where('kind', '=', 'event.agenda_published')
			.execute();
		expect(notices).toHaveLength(1);
		const mail = await h.db
			.selectFrom('mailOutbox')
			.select(['subject', 'bodyText'])
			.where('toAddress', '=', founder.user.email)
			.orderBy('createdAt', 'desc')
			.executeTakeFirstOrThrow();
		expect(mail.subject).toContain('강원 오픈이노베이션 매칭데이');
	});
});

describe('event rooms', () => {
	it('lets managers into both rooms, participants into the event room only, and nobody else in', async () => {
		const w = await world({ startups: 1, corporates: 1 });
		const stranger = await createUser(h.db);
		const id = w.event.id;
		expect(await mayJoinEventRoom(h.db, w.managerUser.id, `event:${id}`)).toBe(true);
		expect(await mayJoinEventRoom(h.db, w.managerUser.id, `event:${id}:manage`)).toBe(true);
		expect(await mayJoinEventRoom(h.db, w.startups[0]!.user.id, `event:${id}`)).toBe(true);
		expect(await mayJoinEventRoom(h.db, w.startups[0]!.user.id, `event:${id}:manage`)).toBe(false);
		expect(await mayJoinEventRoom(h.db, stranger.id, `event:${id}`)).toBe(false);
		expect(await mayJoinEventRoom(h.db, w.managerUser.id, `org:${w.startups[0]!.org.id}`)).toBe(false);
		expect(await mayJoinEventRoom(h.db, w.managerUser.id, `event:${id}:other`)).toBe(false);
	});
});
