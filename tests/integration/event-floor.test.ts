import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { loadViewer } from '../../src/lib/server/catalog/viewer';
import { DomainError } from '../../src/lib/server/errors';
import { periodOf } from '../../src/lib/server/meetups/queries';
import { checkIn, markFloorStatus, markMeetingDone } from '../../src/lib/server/events/floor';
import { placeStandby } from '../../src/lib/server/events/floor-standby';
import { floorCounters, participantQr, standbyOffers } from '../../src/lib/server/events/floor-views';
import { nowAndNext } from '../../src/lib/server/events/floor-screen';
import { createTestDatabase } from './helpers/db';
import { createCenter, createOrg, createUser } from './helpers/factories';

let h: DatabaseHandle;
beforeAll(async () => {
	h = await createTestDatabase();
});
afterAll(async () => {
	await h.close();
});

const MIN = 60_000;
/** The day opens at 10:00 Seoul; four 30-minute slots; "now" is 15 minutes into the second. */
const T0 = Date.UTC(2030, 2, 4, 1, 0, 0);
const slotStart = (i: number) => new Date(T0 + i * 30 * MIN);
const NOW = new Date(T0 + 45 * MIN);

/**
 * A day with startups S1–S3 and corporates C1–C3. S1 meets C1 (slot 0, over), C2 (slot 1, under
 * way) and C3 (slot 2, to come) at table 1; S2 meets C1 at table 2 in slot 2. Accepted requests
 * without a meeting: S3–C3 (priority 2) and S3–C2 (priority 1); S3–C1 is still pending.
 */
async function world() {
	const manager = await createUser(h.db, { name: '센터 매니저' });
	const center = await createCenter(h.db, manager);
	const event = await h.db
		.insertInto('events')
		.values({
			centerId: center.id,
			title: '강원 오픈이노베이션 데이',
			venue: '춘천 컨벤션센터',
			period: periodOf({ start: slotStart(0), end: slotStart(4) }),
			slotMinutes: 30,
			tables: 3,
			timeZone: 'Asia/Seoul',
			phase: 'live'
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const owners: Record<string, Awaited<ReturnType<typeof createUser>>> = {};
	const orgs: Record<string, string> = {};
	const codes: Record<string, string> = {};
	for (const key of ['S1', 'S2', 'S3', 'C1', 'C2', 'C3']) {
		owners[key] = await createUser(h.db, { name: `${key} 대표` });
		const kind = key.startsWith('S') ? 'startup' : 'corporate';
		orgs[key] = (await createOrg(h.db, owners[key], kind, `${key}-${randomBytes(3).toString('hex')}`)).id;
		codes[key] = randomBytes(12).toString('base64url');
		await h.db
			.insertInto('eventParticipants')
			.values({ eventId: event.id, organizationId: orgs[key], side: kind, checkinCode: codes[key] })
			.execute();
	}
	const request = async (s: string, c: string, priority: number, status = 'accepted') =>
		(
			await h.db
				.insertInto('meetingRequests')
				.values({
					eventId: event.id,
					fromOrgId: orgs[s]!,
					toOrgId: orgs[c]!,
					startupId: orgs[s]!,
					corporateId: orgs[c]!,
					priority,
					status
				})
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;
	const meeting = async (s: string, c: string, slot: number, table: number) =>
		(
			await h.db
				.insertInto('meetups')
				.values({
					startupId: orgs[s]!,
					corporateId: orgs[c]!,
					period: periodOf({ start: slotStart(slot), end: slotStart(slot + 1) }),
					status: 'confirmed',
					eventId: event.id,
					tableNumber: table,
					requestId: await request(s, c, 2),
					requestedByOrgId: orgs[s]!,
					proposedByOrgId: orgs[s]!
				})
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;
	const meetings = {
		past: await meeting('S1', 'C1', 0, 1),
		current: await meeting('S1', 'C2', 1, 1),
		future: await meeting('S1', 'C3', 2, 1),
		other: await meeting('S2', 'C1', 2, 2)
	};
	const standby = { s3c3: await request('S3', 'C3', 2), s3c2: await request('S3', 'C2', 1) };
	await request('S3', 'C1', 3, 'pending');
	return {
		eventId: event.id,
		orgs,
		codes,
		owners,
		meetings,
		standby,
		manager: await loadViewer(h.db, manager),
		viewerOf: (key: string) => loadViewer(h.db, owners[key]!)
	};
}

type World = Awaited<ReturnType<typeof world>>;

async function meetupState(id: string) {
	return h.db
		.selectFrom('meetups')
		.select(['status', 'reason', 'sequence', 'tableNumber', 'requestId'])
		.where('id', '=', id)
		.executeTakeFirstOrThrow();
}

const scheduleVersion = async (eventId: string) =>
	(
		await h.db
			.selectFrom('events')
			.select('scheduleVersion')
			.where('id', '=', eventId)
			.executeTakeFirstOrThrow()
	).scheduleVersion;

async function noticeKinds(userId: string, meetupId: string) {
	const rows = await h.db
		.selectFrom('notifications')
		.select(['kind', 'data'])
		.where('userId', '=', userId)
		.execute();
	return rows.filter((r) => (r.data as { meetupId?: string }).meetupId === meetupId).map((r) => r.kind);
}

async function rejection(p: Promise<unknown>): Promise<DomainError> {
	const e = await p.then(
		() => undefined,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(DomainError);
	return e as DomainError;
}

async function checkInAll(w: World, keys: string[]) {
	for (const key of keys) await checkIn(h.db, w.manager, w.eventId, w.codes[key]!, { now: NOW });
}

describe('checking in on the floor', () => {
	it('is for the event’s managers only: 403 for a participant, 404 for a stranger', async () => {
		const w = await world();
		expect((await rejection(checkIn(h.db, await w.viewerOf('S1'), w.eventId, w.codes.S1!))).status).toBe(403);
		const stranger = await loadViewer(h.db, await createUser(h.db));
		expect((await rejection(checkIn(h.db, stranger, w.eventId, w.codes.S1!))).status).toBe(404);
		expect((await rejection(checkIn(h.db, w.manager, w.eventId, 'x'.repeat(16)))).status).toBe(404);
		const row = await h.db
			.selectFrom('eventParticipants')
			.select('checkedInAt')
			.where('checkinCode', '=', w.codes.S1!)
			.executeTakeFirstOrThrow();
		expect(row.checkedInAt).toBeNull();
	});

	it('keeps the first time on a second scan, clears a late mark and lists the meetings still to come', async () => {
		const w = await world();
		await markFloorStatus(h.db, w.manager, w.eventId, w.orgs.S1!, 'late', { now: NOW });
		const first = await checkIn(h.db, w.manager, w.eventId, w.codes.S1!, { now: NOW });
		expect(first.participant).toMatchObject({ alreadyCheckedIn: false, floorStatus: null });
		expect(first.participant.checkedInAt).toBe(NOW.toISOString());
		expect(first.meetings.map((m) => m.id)).toEqual([w.meetings.current, w.meetings.future]);
		expect(first.meetings[1]).toMatchObject({ table: 1, with: { id: w.orgs.C3 } });
		const again = await checkIn(h.db, w.manager, w.eventId, w.codes.S1!, {
			now: new Date(NOW.getTime() + 5 * MIN)
		});
		expect(again.participant).toMatchObject({ alreadyCheckedIn: true, checkedInAt: NOW.toISOString() });
		const row = await h.db
			.selectFrom('eventParticipants')
			.select(['checkedInAt', 'floorStatus'])
			.where('checkinCode', '=', w.codes.S1!)
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ checkedInAt: NOW, floorStatus: null });
	});
});

describe('a no-show', () => {
	it('cancels only the participant’s meetings that have not started, and tells both sides', async () => {
		const w = await world();
		const before = await scheduleVersion(w.eventId);
		expect(
			(await rejection(markFloorStatus(h.db, await w.viewerOf('C3'), w.eventId, w.orgs.S1!, 'no_show')))
				.status
		).toBe(403);
		const result = await markFloorStatus(h.db, w.manager, w.eventId, w.orgs.S1!, 'no_show', { now: NOW });
		expect(result.cancelledMeetingIds).toEqual([w.meetings.future]);
		expect(await meetupState(w.meetings.future)).toMatchObject({
			status: 'cancelled',
			reason: 'no_show',
			sequence: 1
		});
		expect((await meetupState(w.meetings.past)).status).toBe('confirmed');
		expect((await meetupState(w.meetings.current)).status).toBe('confirmed');
		expect((await meetupState(w.meetings.other)).status).toBe('confirmed');
		expect(await noticeKinds(w.owners.C3!.id, w.meetings.future)).toEqual(['meetup.cancelled']);
		expect(await noticeKinds(w.owners.S1!.id, w.meetings.future)).toEqual(['meetup.cancelled']);
		expect(await noticeKinds(w.owners.S2!.id, w.meetings.other)).toEqual([]);
		expect(await scheduleVersion(w.eventId)).toBe(before + 1);
	});
});

describe('standby offers', () => {
	it('offer the freed cell to accepted requests whose sides are here and free, and placing one confirms a meeting', async () => {
		const w = await world();
		await checkInAll(w, ['S2', 'S3', 'C1', 'C2', 'C3']);
		await markFloorStatus(h.db, w.manager, w.eventId, w.orgs.S1!, 'no_show', { now: NOW });
		const offers = await standbyOffers(h.db, w.manager, w.eventId, NOW);
		expect(offers).toHaveLength(1);
		expect(offers[0]).toMatchObject({ slot: 2, table: 1, freedOrganizationIds: [w.orgs.C3] });
		expect(offers[0]!.candidates.map((c) => c.requestId)).toEqual([w.standby.s3c3, w.standby.s3c2]);
		expect((await rejection(standbyOffers(h.db, await w.viewerOf('S3'), w.eventId, NOW))).status).toBe(403);

		const version = await scheduleVersion(w.eventId);
		const placed = await placeStandby(
			h.db,
			w.manager,
			w.eventId,
			{ requestId: w.standby.s3c3, slot: 2, table: 1 },
			{ now: NOW }
		);
		expect(placed).toMatchObject({ slot: 2, table: 1, startsAt: slotStart(2).toISOString() });
		expect(await meetupState(placed.id)).toMatchObject({
			status: 'confirmed',
			tableNumber: 1,
			requestId: w.standby.s3c3
		});
		expect(await noticeKinds(w.owners.S3!.id, placed.id)).toEqual(['meetup.confirmed']);
		expect(await noticeKinds(w.owners.C3!.id, placed.id)).toEqual(['meetup.confirmed']);
		expect(await scheduleVersion(w.eventId)).toBe(version + 1);
		expect(await standbyOffers(h.db, w.manager, w.eventId, NOW)).toEqual([]);
	});

	it('refuses a placement into a clash with 409 and writes nothing', async () => {
		const w = await world();
		await checkInAll(w, ['S3', 'C2', 'C3']);
		await markFloorStatus(h.db, w.manager, w.eventId, w.orgs.S1!, 'no_show', { now: NOW });
		await placeStandby(
			h.db,
			w.manager,
			w.eventId,
			{ requestId: w.standby.s3c3, slot: 2, table: 1 },
			{ now: NOW }
		);
		const count = async () =>
			Number(
				(
					await h.db
						.selectFrom('meetups')
						.select(sql<number>`count(*)`.as('n'))
						.where('eventId', '=', w.eventId)
						.executeTakeFirstOrThrow()
				).n
			);
		const [meetups, version] = [await count(), await scheduleVersion(w.eventId)];
		// The table is taken (and S3 is busy): 409.
		const table = await rejection(
			placeStandby(h.db, w.manager, w.eventId, { requestId: w.standby.s3c2, slot: 2, table: 1 }, { now: NOW })
		);
		expect([table.status, table.code]).toEqual([409, 'meetup_clash']);
		// A free table, but S3 already meets C3 then: 409.
		const busy = await rejection(
			placeStandby(h.db, w.manager, w.eventId, { requestId: w.standby.s3c2, slot: 2, table: 3 }, { now: NOW })
		);
		expect([busy.status, busy.code]).toEqual([409, 'meetup_clash']);
		// A slot under way, and a request already met.
		expect(
			(
				await rejection(
					placeStandby(
						h.db,
						w.manager,
						w.eventId,
						{ requestId: w.standby.s3c2, slot: 1, table: 3 },
						{ now: NOW }
					)
				)
			).code
		).toBe('slot_started');
		expect(
			(
				await rejection(
					placeStandby(
						h.db,
						w.manager,
						w.eventId,
						{ requestId: w.standby.s3c3, slot: 3, table: 3 },
						{ now: NOW }
					)
				)
			).status
		).toBe(409);
		expect([await count(), await scheduleVersion(w.eventId)]).toEqual([meetups, version]);
	});
});

describe('the floor counters and the screen', () => {
	it('count check-ins, meetings by state, no-shows and open offers', async () => {
		const w = await world();
		await checkInAll(w, ['S2', 'S3', 'C1', 'C2', 'C3']);
		await markFloorStatus(h.db, w.manager, w.eventId, w.orgs.C1!, 'late', { now: NOW });
		await markFloorStatus(h.db, w.manager, w.eventId, w.orgs.S1!, 'no_show', { now: NOW });
		expect(await floorCounters(h.db, w.manager, w.eventId, NOW)).toEqual({
			participants: 6,
			checkedIn: 5,
			late: 1,
			noShow: 1,
			meetingsDone: 1,
			meetingsInProgress: 1,
			meetingsUpcoming: 1,
			cancelledNoShow: 1,
			openStandby: 1
		});
		const later = new Date(slotStart(1).getTime() + 20 * MIN);
		await markMeetingDone(h.db, w.manager, w.eventId, w.meetings.current, { now: later });
		expect((await meetupState(w.meetings.current)).status).toBe('done');
		expect(
			(await rejection(markMeetingDone(h.db, w.manager, w.eventId, w.meetings.other, { now: NOW }))).code
		).toBe('meetup_not_started');
	});

	it('show per table the meeting under way and the next one, to managers only', async () => {
		const w = await world();
		const screen = (await nowAndNext(h.db, w.manager, w.eventId, 0, NOW))!;
		expect(screen.currentSlot?.index).toBe(1);
		expect(screen.nextSlot?.index).toBe(2);
		expect(
			screen.tables.map((t) => [t.table, t.now?.corporate.id ?? null, t.next?.corporate.id ?? null])
		).toEqual([
			[1, w.orgs.C2, w.orgs.C3],
			[2, null, w.orgs.C1],
			[3, null, null]
		]);
		expect(await nowAndNext(h.db, w.manager, w.eventId, 1, NOW)).toBeUndefined();
		expect((await rejection(nowAndNext(h.db, await w.viewerOf('S2'), w.eventId, 0, NOW))).status).toBe(403);
	});

	it('give a participant their own QR code and nobody else’s', async () => {
		const w = await world();
		const [qr] = await participantQr(h.db, await w.viewerOf('S2'), w.eventId, 'https://innomatch.test');
		expect(qr).toMatchObject({
			code: w.codes.S2,
			url: `https://innomatch.test/events/${w.eventId}/checkin/${w.codes.S2}`
		});
		expect(qr!.svg).toContain('<svg');
		expect(await participantQr(h.db, w.manager, w.eventId)).toEqual([]);
	});
});
