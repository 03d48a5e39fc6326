import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { loadViewer } from '../../src/lib/server/catalog/viewer';
import { DomainError } from '../../src/lib/server/errors';
import { eventInput, type EventInput } from '../../src/lib/server/events/schema';
import { createEvent, getEvent, listEvents, updateEvent } from '../../src/lib/server/events/service';
import {
	addParticipant,
	listParticipants,
	removeParticipant,
	setAvailability
} from '../../src/lib/server/events/participants';
import { answerRequest, fileRequest, listRequests } from '../../src/lib/server/events/requests';
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
/** 13:00–17:00 Seoul (04:00–08:00 UTC) a week ahead, 20-minute slots, a break 15:00–15:20. */
const start = (() => {
	const d = new Date(Date.now() + 7 * DAY);
	d.setUTCHours(4, 0, 0, 0);
	return d.getTime();
})();
const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();

function dayInput(centerId: string, more: Partial<EventInput> = {}): EventInput {
	return eventInput.parse({
		centerId,
		title: '강원 오픈이노베이션 매칭데이',
		venue: '춘천 창업지원센터 2층',
		startsAt: at(0),
		endsAt: at(240),
		slotMinutes: 20,
		tables: 4,
		timezone: 'Asia/Seoul',
		breaks: [{ startsAt: at(120), endsAt: at(140) }],
		pendingRequestCap: 2,
		...more
	});
}

async function errorOf(p: Promise<unknown>): Promise<DomainError> {
	const e = await p.then(
		() => undefined,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(DomainError);
	return e as DomainError;
}

async function world() {
	const manager = await createUser(h.db, { name: '센터 매니저' });
	const center = await createCenter(h.db, manager);
	const founders = await Promise.all([1, 2, 3].map(() => createUser(h.db)));
	const partners = await Promise.all([1, 2, 3].map(() => createUser(h.db)));
	const startups = await Promise.all(founders.map((u) => createOrg(h.db, u, 'startup')));
	const corporates = await Promise.all(partners.map((u) => createOrg(h.db, u, 'corporate')));
	const mv = await loadViewer(h.db, manager);
	const event = await createEvent(h.db, mv, dayInput(center.id));
	for (const org of [...startups, ...corporates])
		await addParticipant(h.db, mv, event.id, { organizationId: org.id });
	await updateEvent(h.db, mv, event.id, { phase: 'requests_open' });
	return {
		manager: mv,
		center,
		event,
		startups,
		corporates,
		founder: await loadViewer(h.db, founders[0]!),
		partner: await loadViewer(h.db, partners[0]!),
		stranger: await loadViewer(h.db, await createUser(h.db))
	};
}

describe('matchmaking days', () => {
	it('creates a day with slots that leave out the break, visible only to its managers and participants', async () => {
		const w = await world();
		// 240 minutes of 20-minute slots = 12, minus the one 20-minute break.
		expect(w.event.slots).toHaveLength(11);
		expect(w.event.slots.some((s) => s.startsAt === at(120))).toBe(false);
		const seen = await getEvent(h.db, w.founder, w.event.id);
		expect(seen.participantCount).toBe(6);
		expect(seen.viewer).toEqual({ manages: false, participantIds: [w.startups[0]!.id] });
		expect((await errorOf(getEvent(h.db, w.stranger, w.event.id))).status).toBe(404);
		expect((await listEvents(h.db, w.founder)).map((e) => e.id)).toContain(w.event.id);
		expect((await listEvents(h.db, w.stranger)).map((e) => e.id)).not.toContain(w.event.id);
	});

	it('refuses a day for a center the caller does not manage, and a day without slots', async () => {
		const w = await world();
		expect((await errorOf(createEvent(h.db, w.founder, dayInput(w.center.id)))).status).toBe(403);
		const none = await errorOf(
			createEvent(h.db, w.manager, dayInput(w.center.id, { slotMinutes: 240, endsAt: at(200) }))
		);
		expect([none.status, none.field, none.code]).toEqual([422, 'slotMinutes', 'no_slots']);
		expect(
			eventInput.safeParse({ ...dayInput(w.center.id), endsAt: at(-10) }).error?.issues[0]?.path
		).toEqual(['endsAt']);
	});

	it('keeps availability inside the day and lets only the participant or a manager state it', async () => {
		const w = await world();
		const own = w.startups[0]!.id;
		const outside = await errorOf(
			setAvailability(h.db, w.founder, w.event.id, own, [{ startsAt: at(-60), endsAt: at(60) }])
		);
		expect([outside.status, outside.field]).toEqual([422, 'availability.0.startsAt']);
		const set = await setAvailability(h.db, w.founder, w.event.id, own, [
			{ startsAt: at(0), endsAt: at(60) }
		]);
		expect(set.availability).toEqual([{ startsAt: at(0), endsAt: at(60) }]);
		expect((await errorOf(setAvailability(h.db, w.partner, w.event.id, own, null))).status).toBe(403);
		// Others see names, not availability.
		const asPartner = await listParticipants(h.db, w.partner, w.event.id);
		expect(asPartner.find((p) => p.organizationId === own)?.availability).toBeNull();
		const asManager = await listParticipants(h.db, w.manager, w.event.id);
		expect(asManager.find((p) => p.organizationId === own)?.availability).toHaveLength(1);
	});

	it('files requests: pending from participants under the cap, accepted from the manager', async () => {
		const w = await world();
		const [s1] = w.startups;
		const [c1, c2, c3] = w.corporates;
		const r1 = await fileRequest(h.db, w.founder, w.event.id, {
			fromOrganizationId: s1!.id,
			toOrganizationId: c1!.id,
			priority: 3
		});
		expect([r1.status, r1.startupId, r1.corporateId, r1.priority]).toEqual(['pending', s1!.id, c1!.id, 3]);
		await fileRequest(h.db, w.founder, w.event.id, {
			fromOrganizationId: s1!.id,
			toOrganizationId: c2!.id,
			priority: 2
		});
		const capped = await errorOf(
			fileRequest(h.db, w.founder, w.event.id, {
				fromOrganizationId: s1!.id,
				toOrganizationId: c3!.id,
				priority: 2
			})
		);
		expect([capped.status, capped.code, capped.details.cap]).toEqual([429, 'request_cap', 2]);

		// The manager is not capped and files accepted requests.
		const filed = await fileRequest(h.db, w.manager, w.event.id, {
			fromOrganizationId: s1!.id,
			toOrganizationId: c3!.id,
			priority: 1
		});
		expect([filed.status, filed.filedByManager]).toEqual(['accepted', true]);

		const dup = await errorOf(
			fileRequest(h.db, w.partner, w.event.id, {
				fromOrganizationId: c1!.id,
				toOrganizationId: s1!.id,
				priority: 2
			})
		);
		expect([dup.status, dup.code]).toEqual([409, 'request_exists']);
		const sameSide = await errorOf(
			fileRequest(h.db, w.manager, w.event.id, {
				fromOrganizationId: c1!.id,
				toOrganizationId: c2!.id,
				priority: 2
			})
		);
		expect([sameSide.status, sameSide.field]).toEqual([422, 'toOrganizationId']);
		expect(
			(
				await errorOf(
					fileRequest(h.db, w.founder, w.event.id, {
						fromOrganizationId: w.startups[1]!.id,
						toOrganizationId: c1!.id,
						priority: 2
					})
				)
			).status
		).toBe(403);
	});

	it('holds the cap under concurrent requests (the sender’s row is locked)', async () => {
		const w = await world();
		const founder = w.founder;
		const results = await Promise.allSettled(
			w.corporates.map((c) =>
				fileRequest(h.db, founder, w.event.id, {
					fromOrganizationId: w.startups[0]!.id,
					toOrganizationId: c.id,
					priority: 2
				})
			)
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
		const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
		expect(rejected.map((r) => (r.reason as DomainError).code)).toEqual(['request_cap']);
		const pending = await h.db
			.selectFrom('meetingRequests')
			.select('id')
			.where('eventId', '=', w.event.id)
			.where('status', '=', 'pending')
			.execute();
		expect(pending).toHaveLength(2);
	});

	it('answers: only the receiver accepts, only once; the sender cancels; each side sees only its own', async () => {
		const w = await world();
		const r = await fileRequest(h.db, w.founder, w.event.id, {
			fromOrganizationId: w.startups[0]!.id,
			toOrganizationId: w.corporates[0]!.id,
			priority: 2
		});
		expect(
			(await errorOf(answerRequest(h.db, w.founder, w.event.id, r.id, { status: 'accepted' }))).status
		).toBe(403);
		const accepted = await answerRequest(h.db, w.partner, w.event.id, r.id, { status: 'accepted' });
		expect(accepted.status).toBe('accepted');
		const again = await errorOf(answerRequest(h.db, w.partner, w.event.id, r.id, { status: 'declined' }));
		expect([again.status, again.code]).toEqual([409, 'invalid_transition']);
		const notice = await h.db
			.selectFrom('notifications')
			.innerJoin('memberships', 'memberships.userId', 'notifications.userId')
			.select('notifications.data')
			.where('memberships.organizationId', '=', w.startups[0]!.id)
			.where('notifications.kind', '=', 'event.request')
			.execute();
		expect(notice.map((n) => (n.data as { status: string }).status)).toContain('accepted');

		expect((await listRequests(h.db, w.partner, w.event.id)).map((x) => x.id)).toEqual([r.id]);
		expect((await errorOf(listRequests(h.db, w.stranger, w.event.id))).status).toBe(404);
		const cancelled = await answerRequest(h.db, w.founder, w.event.id, r.id, {
			status: 'cancelled',
			reason: '일정 변경'
		});
		expect([cancelled.status, cancelled.reason]).toEqual(['cancelled', '일정 변경']);
	});

	it('refuses participants’ requests outside the request phase, and removing a participant with requests removes them', async () => {
		const w = await world();
		await updateEvent(h.db, w.manager, w.event.id, { phase: 'planning' });
		const closed = await errorOf(
			fileRequest(h.db, w.founder, w.event.id, {
				fromOrganizationId: w.startups[0]!.id,
				toOrganizationId: w.corporates[0]!.id,
				priority: 2
			})
		);
		expect([closed.status, closed.code]).toEqual([409, 'requests_closed']);
		const halls = await errorOf(
			updateEvent(h.db, w.manager, w.event.id, { halls: [{ name: 'A', fromTable: 1, toTable: 9 }] })
		);
		expect([halls.status, halls.field]).toEqual([422, 'halls.0.toTable']);
		// An edit is checked against the day it would leave: too long, or a break outside it.
		const long = await errorOf(updateEvent(h.db, w.manager, w.event.id, { startsAt: at(-5 * 24 * 60) }));
		expect([long.status, long.code, long.field]).toEqual([422, 'event_too_long', 'endsAt']);
		const stray = await errorOf(
			updateEvent(h.db, w.manager, w.event.id, { breaks: [{ startsAt: at(300), endsAt: at(320) }] })
		);
		expect([stray.status, stray.field]).toEqual([422, 'breaks.0.startsAt']);
		const jump = await errorOf(updateEvent(h.db, w.manager, w.event.id, { phase: 'live' }));
		expect(jump.code).toBe('invalid_transition');
		await fileRequest(h.db, w.manager, w.event.id, {
			fromOrganizationId: w.startups[0]!.id,
			toOrganizationId: w.corporates[0]!.id,
			priority: 2
		});
		await removeParticipant(h.db, w.manager, w.event.id, w.corporates[0]!.id);
		expect(await listRequests(h.db, w.manager, w.event.id)).toEqual([]);
		const again = await errorOf(
			addParticipant(h.db, w.manager, w.event.id, { organizationId: w.startups[0]!.id })
		);
		expect([again.status, again.code]).toEqual([409, 'already_participant']);
	});
});
