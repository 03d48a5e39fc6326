import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { loadViewer, type Viewer } from '../../src/lib/server/catalog/viewer';
import { createMeetup, getMeetup, listMeetups } from '../../src/lib/server/meetups/service';
import {
	cancelMeetup,
	completeMeetup,
	confirmMeetup,
	declineMeetup,
	rescheduleMeetup
} from '../../src/lib/server/meetups/transitions';
import {
	getAvailability,
	setAvailability,
	suggestTimes
} from '../../src/lib/server/meetups/availability-service';
import { createFeed, renderFeed, revokeFeed } from '../../src/lib/server/meetups/calendar';
import { sendDueReminders } from '../../src/lib/server/meetups/reminders';
import type { MeetupInput } from '../../src/lib/server/meetups/schema';
import { createTestDatabase } from './helpers/db';
import { createCenter, createChallengeRow, createOrg, createUser } from './helpers/factories';

let h: DatabaseHandle;
beforeAll(async () => {
	h = await createTestDatabase();
});
afterAll(async () => {
	await h.close();
});

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A Monday at least a week ahead, 00:00 UTC (09:00 in Seoul): inside anyone's office hours. */
const monday = (() => {
	const d = new Date(Date.now() + 7 * DAY);
	d.setUTCHours(0, 0, 0, 0);
	while (d.getUTCDay() !== 1) d.setTime(d.getTime() + DAY);
	return d.getTime();
})();

/** `minutes` long, starting `offsetMinutes` after that Monday 09:00 Seoul (+ `weeks`). */
function slot(offsetMinutes: number, minutes = 60, weeks = 0) {
	const start = monday + weeks * 7 * DAY + offsetMinutes * 60_000;
	return {
		startsAt: new Date(start).toISOString(),
		endsAt: new Date(start + minutes * 60_000).toISOString()
	};
}

async function world() {
	const founder = await createUser(h.db, { name: '스타트업 대표' });
	const partner = await createUser(h.db, { name: '기업 담당자' });
	const startup = await createOrg(
		h.db,
		founder,
		'startup',
		`글루코헬스-${Math.random().toString(36).slice(2, 7)}`
	);
	const corporate = await createOrg(
		h.db,
		partner,
		'corporate',
		`한국전력-${Math.random().toString(36).slice(2, 7)}`
	);
	return {
		founder,
		partner,
		startup,
		corporate,
		startupSide: await loadViewer(h.db, founder),
		corporateSide: await loadViewer(h.db, partner)
	};
}

type World = Awaited<ReturnType<typeof world>>;

function request(
	w: World,
	time: { startsAt: string; endsAt: string },
	more: Partial<MeetupInput> = {}
): MeetupInput {
	return { startupId: w.startup.id, corporateId: w.corporate.id, ...time, ...more };
}

async function noticesOf(userId: string, meetupId: string) {
	const rows = await h.db
		.selectFrom('notifications')
		.select(['kind', 'data'])
		.where('userId', '=', userId)
		.orderBy('createdAt')
		.execute();
	return rows.filter((r) => (r.data as { meetupId?: string }).meetupId === meetupId).map((r) => r.kind);
}

describe('requesting a meetup', () => {
	it('holds the first proposed time, lists the alternatives and notifies only the other side', async () => {
		const w = await world();
		const m = await createMeetup(
			h.db,
			w.corporateSide,
			request(w, slot(0), { alternatives: [slot(120)], location: '판교 창업존', note: '배터리 실증 논의' })
		);
		expect(m).toMatchObject({
			status: 'proposed',
			sequence: 0,
			startsAt: new Date(slot(0).startsAt).toISOString(),
			requestedByOrganizationId: w.corporate.id,
			proposedByOrganizationId: w.corporate.id,
			location: '판교 창업존'
		});
		expect(m.proposals.map((p) => p.startsAt)).toEqual(
			[slot(0).startsAt, slot(120).startsAt].map((t) => new Date(t).toISOString())
		);
		expect(await noticesOf(w.founder.id, m.id)).toEqual(['meetup.requested']);
		expect(await noticesOf(w.partner.id, m.id)).toEqual([]);
	});

	it('refuses an overlapping meetup of either organization with 409 naming the meetup it clashes with', async () => {
		const w = await world();
		const first = await createMeetup(h.db, w.corporateSide, request(w, slot(0)));
		const other = await world();
		// Another startup wants the same corporate at 09:30: the corporate is busy.
		const otherStartup = await createOrg(h.db, w.partner, 'startup');
		const partnerNow = await loadViewer(h.db, w.partner);
		await expect(
			createMeetup(h.db, partnerNow, {
				startupId: otherStartup.id,
				corporateId: w.corporate.id,
				...slot(30)
			})
		).rejects.toMatchObject({
			code: 'meetup_clash',
			status: 409,
			field: 'startsAt',
			details: {
				meetupId: first.id,
				organizationId: w.corporate.id,
				startsAt: first.startsAt,
				endsAt: first.endsAt
			}
		});
		// The same startup with another corporate at 09:15: the startup is busy.
		await expect(
			createMeetup(h.db, w.startupSide, {
				startupId: w.startup.id,
				corporateId: other.corporate.id,
				...slot(15, 30)
			})
		).rejects.toMatchObject({
			code: 'meetup_clash',
			details: { meetupId: first.id, organizationId: w.startup.id }
		});
		// Periods are half-open: 10:00–11:00 right after 09:00–10:00 is fine.
		expect((await createMeetup(h.db, w.corporateSide, request(w, slot(60)))).status).toBe('proposed');
	});

	it('refuses an alternative that is already taken, naming the field and the clash', async () => {
		const w = await world();
		const taken = await createMeetup(h.db, w.corporateSide, request(w, slot(0)));
		await expect(
			createMeetup(h.db, w.corporateSide, request(w, slot(180), { alternatives: [slot(240), slot(30)] }))
		).rejects.toMatchObject({
			code: 'meetup_clash',
			field: 'alternatives.1.startsAt',
			details: { meetupId: taken.id }
		});
	});

	it('refuses a meetup in the past, with an unknown or invisible organization, or about another corporate’s challenge, with 422 naming the field', async () => {
		const w = await world();
		const past = { startsAt: new Date(Date.now() - HOUR).toISOString(), endsAt: new Date().toISOString() };
		await expect(createMeetup(h.db, w.corporateSide, request(w, past))).rejects.toMatchObject({
			code: 'meetup_in_past',
			status: 422,
			field: 'startsAt'
		});
		await expect(
			createMeetup(h.db, w.corporateSide, request(w, slot(0), { alternatives: [past] }))
		).rejects.toMatchObject({ code: 'meetup_in_past', field: 'alternatives.0.startsAt' });
		await expect(
			createMeetup(h.db, w.corporateSide, request(w, slot(0), { startupId: w.corporate.id }))
		).rejects.toMatchObject({ status: 422, field: 'startupId' });
		await h.db
			.updateTable('startupProfiles')
			.set({ visibility: 'private' })
			.where('organizationId', '=', w.startup.id)
			.execute();
		await expect(createMeetup(h.db, w.corporateSide, request(w, slot(0)))).rejects.toMatchObject({
			status: 422,
			field: 'startupId'
		});
		const elsewhere = await world();
		const challenge = await createChallengeRow(h.db, elsewhere.corporate.id);
		await expect(
			createMeetup(h.db, w.startupSide, request(w, slot(0), { challengeId: challenge.id }))
		).rejects.toMatchObject({ status: 422, field: 'challengeId' });
	});

	it('links the startup’s application when the meetup is about a challenge', async () => {
		const w = await world();
		const challenge = await createChallengeRow(h.db, w.corporate.id);
		const application = await h.db
			.insertInto('applications')
			.values({ challengeId: challenge.id, startupId: w.startup.id, proposal: '제안' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const m = await createMeetup(h.db, w.corporateSide, request(w, slot(0), { challengeId: challenge.id }));
		expect(m).toMatchObject({ challengeId: challenge.id, applicationId: application.id });
	});

	it('lets only those who act for a side request, including the manager of a stewarding center', async () => {
		const w = await world();
		const outsider = await loadViewer(h.db, await createUser(h.db));
		await expect(createMeetup(h.db, outsider, request(w, slot(0)))).rejects.toMatchObject({ status: 403 });
		const manager = await createUser(h.db);
		const center = await createCenter(h.db, manager);
		await h.db
			.updateTable('organizations')
			.set({ stewardCenterId: center.id })
			.where('id', '=', w.startup.id)
			.execute();
		const m = await createMeetup(h.db, await loadViewer(h.db, manager), request(w, slot(0)));
		expect(m.requestedByOrganizationId).toBe(w.startup.id);
		// Both sides' members hear of it; the manager who acted is not a member and gets nothing.
		expect(await noticesOf(w.founder.id, m.id)).toEqual(['meetup.requested']);
		expect(await noticesOf(w.partner.id, m.id)).toEqual(['meetup.requested']);
		expect(await getMeetup(h.db, outsider, m.id)).toBeUndefined();
		expect(await confirmMeetup(h.db, outsider, m.id, {})).toBeUndefined();
	});
});

describe('50 concurrent bookings of one slot', () => {
	it('leave exactly one standing; the 49 others are 409s naming it', async () => {
		const partner = await createUser(h.db);
		const corporate = await createOrg(h.db, partner, 'corporate');
		const founder = await createUser(h.db);
		const startups = [];
		for (let i = 0; i < 50; i++) startups.push(await createOrg(h.db, founder, 'startup', `동시예약-${i}`));
		const viewer = await loadViewer(h.db, founder);
		const results = await Promise.allSettled(
			startups.map((s) =>
				createMeetup(h.db, viewer, { startupId: s.id, corporateId: corporate.id, ...slot(0, 30) })
			)
		);
		const won = results.filter((r) => r.status === 'fulfilled');
		const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
		expect(won).toHaveLength(1);
		expect(lost).toHaveLength(49);
		const winner = (won[0] as PromiseFulfilledResult<{ id: string }>).value.id;
		for (const r of lost)
			expect(r.reason).toMatchObject({ code: 'meetup_clash', status: 409, details: { meetupId: winner } });
		const held = await h.db
			.selectFrom('meetups')
			.select('id')
			.where('corporateId', '=', corporate.id)
			.execute();
		expect(held.map((r) => r.id)).toEqual([winner]);
	});
});

describe('answering a request', () => {
	it('confirms the alternative the other side picks, moving the meetup there and raising the sequence', async () => {
		const w = await world();
		const m = await createMeetup(h.db, w.corporateSide, request(w, slot(0), { alternatives: [slot(300)] }));
		const alternative = m.proposals.find((p) => p.startsAt !== m.startsAt)!;
		const confirmed = (await confirmMeetup(h.db, w.startupSide, m.id, { proposalId: alternative.id }))!;
		expect(confirmed).toMatchObject({
			status: 'confirmed',
			sequence: 1,
			startsAt: alternative.startsAt,
			endsAt: alternative.endsAt,
			proposals: []
		});
		expect(await noticesOf(w.partner.id, m.id)).toEqual(['meetup.confirmed']);
		// The first time is free again: only the confirmed time is held.
		const other = await world();
		const firstTime = { startupId: w.startup.id, corporateId: other.corporate.id, ...slot(0) };
		expect((await createMeetup(h.db, await loadViewer(h.db, w.founder), firstTime)).status).toBe('proposed');
	});

	it('refuses the requesting side confirming its own request with 403, and an unknown proposal with 422', async () => {
		const w = await world();
		const m = await createMeetup(h.db, w.corporateSide, request(w, slot(0)));
		await expect(confirmMeetup(h.db, w.corporateSide, m.id, {})).rejects.toMatchObject({
			code: 'not_your_turn',
			status: 403
		});
		await expect(
			confirmMeetup(h.db, w.startupSide, m.id, { proposalId: '00000000-0000-4000-8000-000000000000' })
		).rejects.toMatchObject({ status: 422, field: 'proposalId' });
	});

	it('refuses to confirm into a clash that arose after the request, naming it', async () => {
		const w = await world();
		const m = await createMeetup(h.db, w.corporateSide, request(w, slot(0), { alternatives: [slot(120)] }));
		const other = await world();
		const blocker = await createMeetup(h.db, w.startupSide, {
			startupId: w.startup.id,
			corporateId: other.corporate.id,
			...slot(120)
		});
		const alternative = m.proposals.find((p) => p.startsAt !== m.startsAt)!;
		await expect(
			confirmMeetup(h.db, w.startupSide, m.id, { proposalId: alternative.id })
		).rejects.toMatchObject({
			code: 'meetup_clash',
			status: 409,
			details: { meetupId: blocker.id }
		});
		expect((await getMeetup(h.db, w.startupSide, m.id))!.status).toBe('proposed');
	});

	it('frees the time when the other side declines, and tells the requester why', async () => {
		const w = await world();
		const m = await createMeetup(h.db, w.corporateSide, request(w, slot(0)));
		const declined = (await declineMeetup(h.db, w.startupSide, m.id, { reason: '일정이 맞지 않습니다' }))!;
		expect(declined).toMatchObject({ status: 'declined', reason: '일정이 맞지 않습니다', sequence: 1 });
		const notice = await h.db
			.selectFrom('notifications')
			.select(['kind', 'data'])
			.where('userId', '=', w.partner.id)
			.executeTakeFirstOrThrow();
		expect(notice).toMatchObject({ kind: 'meetup.declined', data: { reason: '일정이 맞지 않습니다' } });
		expect((await createMeetup(h.db, w.corporateSide, request(w, slot(0)))).status).toBe('proposed');
	});

	it('refuses a stale change with 409: a sequence the caller saw before, or the loser of two simultaneous answers', async () => {
		const w = await world();
		const m = await createMeetup(h.db, w.corporateSide, request(w, slot(0)));
		const results = await Promise.allSettled([
			confirmMeetup(h.db, w.startupSide, m.id, { sequence: 0 }),
			declineMeetup(h.db, w.startupSide, m.id, { sequence: 0 })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
			code: 'stale',
			status: 409
		});
		await expect(cancelMeetup(h.db, w.corporateSide, m.id, { sequence: 0 })).rejects.toMatchObject({
			code: 'stale',
			status: 409
		});
	});
});

describe('changing a meetup', () => {
	async function confirmed(w: World) {
		const m = await createMeetup(h.db, w.corporateSide, request(w, slot(0)));
		return (await confirmMeetup(h.db, w.startupSide, m.id, {}))!;
	}

	it('reschedules a confirmed meetup back to proposed, waiting for the other side, with a higher sequence', async () => {
		const w = await world();
		const m = await confirmed(w);
		// Overlapping its own current time is no clash.
		const moved = (await rescheduleMeetup(h.db, w.startupSide, m.id, {
			proposals: [slot(30), slot(240)],
			location: '강원센터 2층'
		}))!;
		expect(moved).toMatchObject({
			status: 'proposed',
			sequence: 2,
			startsAt: new Date(slot(30).startsAt).toISOString(),
			proposedByOrganizationId: w.startup.id,
			location: '강원센터 2층'
		});
		expect(moved.proposals).toHaveLength(2);
		expect(await noticesOf(w.partner.id, m.id)).toEqual(['meetup.confirmed', 'meetup.rescheduled']);
		// Now the corporate answers: it may confirm, the startup may not.
		await expect(confirmMeetup(h.db, w.startupSide, m.id, {})).rejects.toMatchObject({
			code: 'not_your_turn'
		});
		expect((await confirmMeetup(h.db, w.corporateSide, m.id, {}))!.sequence).toBe(3);
	});

	it('refuses a reschedule into another meetup’s time with 409 naming it, and changes nothing', async () => {
		const w = await world();
		const m = await confirmed(w);
		const other = await world();
		const blocker = await createMeetup(h.db, w.startupSide, {
			startupId: w.startup.id,
			corporateId: other.corporate.id,
			...slot(180)
		});
		await expect(
			rescheduleMeetup(h.db, w.corporateSide, m.id, { proposals: [slot(200)] })
		).rejects.toMatchObject({
			code: 'meetup_clash',
			details: { meetupId: blocker.id, organizationId: w.startup.id }
		});
		expect(await getMeetup(h.db, w.corporateSide, m.id)).toMatchObject({ status: 'confirmed', sequence: 1 });
	});

	it('lets the requester withdraw a pending request but tells the other side to decline instead', async () => {
		const w = await world();
		const m = await createMeetup(h.db, w.corporateSide, request(w, slot(0)));
		await expect(cancelMeetup(h.db, w.startupSide, m.id, {})).rejects.toMatchObject({
			code: 'not_your_turn',
			status: 403,
			details: { hint: 'decline' }
		});
		expect((await cancelMeetup(h.db, w.corporateSide, m.id, {}))!.status).toBe('cancelled');
		await expect(confirmMeetup(h.db, w.startupSide, m.id, {})).rejects.toMatchObject({
			code: 'invalid_transition',
			status: 409
		});
	});

	it('lets either side cancel a confirmed meetup', async () => {
		const w = await world();
		const m = await confirmed(w);
		const cancelled = (await cancelMeetup(h.db, w.startupSide, m.id, { reason: '출장' }))!;
		expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 2, reason: '출장' });
		expect(await noticesOf(w.partner.id, m.id)).toEqual(['meetup.confirmed', 'meetup.cancelled']);
	});

	it('records the outcome only once the meetup has started', async () => {
		const w = await world();
		const m = await confirmed(w);
		await expect(completeMeetup(h.db, w.corporateSide, m.id, { outcome: 'done' })).rejects.toMatchObject({
			code: 'meetup_not_started'
		});
		const later = new Date(Date.parse(m.startsAt) + 5 * 60_000);
		const done = (await completeMeetup(h.db, w.corporateSide, m.id, { outcome: 'done' }, { now: later }))!;
		expect(done).toMatchObject({ status: 'done', sequence: 2 });
	});
});

describe('listing meetups', () => {
	it('lists the caller’s meetups in a window, earliest first, and nobody else’s', async () => {
		const w = await world();
		const late = await createMeetup(h.db, w.corporateSide, request(w, slot(120)));
		const early = await createMeetup(h.db, w.corporateSide, request(w, slot(0)));
		const nextWeek = await createMeetup(h.db, w.corporateSide, request(w, slot(0, 60, 1)));
		const list = await listMeetups(h.db, w.startupSide, {
			from: new Date(monday).toISOString(),
			to: new Date(monday + DAY).toISOString(),
			page: 1,
			limit: 20
		});
		expect(list.hits.map((m) => m.id)).toEqual([early.id, late.id]);
		expect(list.total).toBe(2);
		const all = await listMeetups(h.db, w.corporateSide, { page: 1, limit: 20 });
		expect(all.hits.map((m) => m.id)).toContain(nextWeek.id);
		const outsider = await loadViewer(h.db, await createUser(h.db));
		expect((await listMeetups(h.db, outsider, { page: 1, limit: 20 })).total).toBe(0);
	});
});

describe('availability', () => {
	it('refuses a time outside a side’s stated hours or on its blackout dates, naming the field and the organization', async () => {
		const w = await world();
		const mondayDate = new Date(monday).toISOString().slice(0, 10);
		await setAvailability(h.db, w.startupSide, w.startup.id, {
			timeZone: 'Asia/Seoul',
			weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '12:00' })),
			blackouts: [{ from: mondayDate, to: mondayDate, reason: '창립기념일' }]
		});
		await expect(createMeetup(h.db, w.corporateSide, request(w, slot(0)))).rejects.toMatchObject({
			code: 'outside_availability',
			status: 422,
			field: 'startsAt',
			details: { organizationId: w.startup.id, organizationName: w.startup.name }
		});
		// Tuesday 11:30–12:30 runs past noon.
		await expect(createMeetup(h.db, w.corporateSide, request(w, slot(24 * 60 + 150)))).rejects.toMatchObject({
			code: 'outside_availability'
		});
		expect((await createMeetup(h.db, w.corporateSide, request(w, slot(24 * 60 + 60)))).status).toBe(
			'proposed'
		);
	});

	it('is set by those who act for the organization and read back as stated', async () => {
		const w = await world();
		const input = {
			timeZone: 'America/New_York',
			weekly: [{ weekday: 2, start: '17:00', end: '24:00' }],
			blackouts: [{ from: '2026-12-24', to: '2026-12-26', reason: undefined }]
		};
		await expect(setAvailability(h.db, w.startupSide, w.corporate.id, input)).rejects.toMatchObject({
			status: 403
		});
		await setAvailability(h.db, w.corporateSide, w.corporate.id, input);
		expect(await getAvailability(h.db, w.startupSide, w.corporate.id)).toMatchObject({
			organizationId: w.corporate.id,
			timeZone: 'America/New_York',
			weekly: [{ weekday: 2, start: '17:00', end: '24:00' }],
			blackouts: [{ from: '2026-12-24', to: '2026-12-26', reason: null }]
		});
	});

	it('suggests times inside both sides’ hours and around their meetups', async () => {
		const w = await world();
		for (const [viewer, id] of [
			[w.startupSide, w.startup.id],
			[w.corporateSide, w.corporate.id]
		] as [Viewer, string][])
			await setAvailability(h.db, viewer, id, {
				timeZone: 'Asia/Seoul',
				weekly: [{ weekday: 1, start: '09:00', end: '11:00' }],
				blackouts: []
			});
		const other = await world();
		await createMeetup(h.db, w.startupSide, {
			startupId: w.startup.id,
			corporateId: other.corporate.id,
			...slot(30)
		});
		const slots = await suggestTimes(h.db, w.corporateSide, {
			startupId: w.startup.id,
			corporateId: w.corporate.id,
			from: new Date(monday).toISOString(),
			to: new Date(monday + DAY).toISOString(),
			minutes: 30,
			limit: 10
		});
		// 09:00–11:00 minus the startup's 09:30–10:30: 09:00–09:30 and 10:30–11:00.
		expect(slots).toEqual([
			{
				startsAt: new Date(slot(0).startsAt).toISOString(),
				endsAt: new Date(slot(0, 30).endsAt).toISOString()
			},
			{
				startsAt: new Date(slot(90).startsAt).toISOString(),
				endsAt: new Date(slot(90, 30).endsAt).toISOString()
			}
		]);
	});
});

describe('calendar feeds', () => {
	it('serve the owner’s meetups until revoked, and nothing for a wrong secret', async () => {
		const w = await world();
		const m = await createMeetup(h.db, w.corporateSide, request(w, slot(0)));
		const feed = await createFeed(h.db, w.founder.id, '내 캘린더');
		const text = (await renderFeed(h.db, feed.token))!;
		const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
		const mine = events.find((e) => e.getFirstPropertyValue('uid') === `${m.id}@innomatch`)!;
		expect(mine.getFirstPropertyValue('status')).toBe('TENTATIVE');
		const stored = await h.db
			.selectFrom('calendarFeeds')
			.select('secretHash')
			.where('id', '=', feed.id)
			.executeTakeFirstOrThrow();
		expect(stored.secretHash.toString('utf8')).not.toContain(feed.token.split('.')[1]);
		expect(await renderFeed(h.db, `${feed.id}.${'a'.repeat(24)}`)).toBeUndefined();
		expect(await revokeFeed(h.db, w.partner.id, feed.id)).toBe(false);
		expect(await revokeFeed(h.db, w.founder.id, feed.id)).toBe(true);
		expect(await renderFeed(h.db, feed.token)).toBeUndefined();
	});
});

describe('reminders', () => {
	it('remind both sides in the app and by mail 24 hours and 10 minutes before, once each, even with two workers', async () => {
		const w = await world();
		const m = await createMeetup(h.db, w.corporateSide, request(w, slot(0)));
		await confirmMeetup(h.db, w.startupSide, m.id, {});
		const start = Date.parse(m.startsAt);
		const reminders = async () =>
			(await noticesOf(w.founder.id, m.id)).filter((k) => k === 'meetup.reminder').length;

		await sendDueReminders(h.db, new Date(start - 25 * HOUR));
		expect(await reminders()).toBe(0);
		const dayBefore = new Date(start - 23 * HOUR);
		await Promise.all([sendDueReminders(h.db, dayBefore), sendDueReminders(h.db, dayBefore)]);
		expect(await reminders()).toBe(1);
		expect((await noticesOf(w.partner.id, m.id)).filter((k) => k === 'meetup.reminder')).toHaveLength(1);
		await sendDueReminders(h.db, new Date(start - 20 * HOUR));
		expect(await reminders()).toBe(1);
		await sendDueReminders(h.db, new Date(start - 9 * 60_000));
		expect(await reminders()).toBe(2);
		const mail = await h.db
			.selectFrom('mailOutbox')
			.select(['toAddress', 'subject', 'bodyText'])
			.where('toAddress', 'in', [w.founder.email, w.partner.email])
			.execute();
		expect(mail).toHaveLength(4);
		expect(mail[0]!.subject).toContain(w.startup.name);
		expect(mail[0]!.bodyText).toContain(w.corporate.name);
	});

	it('reminds nobody of a cancelled meetup', async () => {
		const w = await world();
		const m = await createMeetup(h.db, w.corporateSide, request(w, slot(0)));
		await confirmMeetup(h.db, w.startupSide, m.id, {});
		await cancelMeetup(h.db, w.startupSide, m.id, {});
		await sendDueReminders(h.db, new Date(Date.parse(m.startsAt) - 5 * 60_000));
		expect(await noticesOf(w.founder.id, m.id)).not.toContain('meetup.reminder');
	});
});
