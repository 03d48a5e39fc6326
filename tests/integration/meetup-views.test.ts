import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { loadViewer } from '../../src/lib/server/catalog/viewer';
import { createMeetup } from '../../src/lib/server/meetups/service';
import { cancelMeetup } from '../../src/lib/server/meetups/transitions';
import { getMeetupView, getRequestContext, listMeetupTab } from '../../src/lib/server/meetups/views';
import { createTestDatabase } from './helpers/db';
import { createOrg, createUser } from './helpers/factories';

// What the meetup pages read: the tabs of "My meetups", one meetup with the viewer's sides, and the
// two organizations of a new request.

let h: DatabaseHandle;
beforeAll(async () => {
	h = await createTestDatabase();
});
afterAll(async () => {
	await h.close();
});

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** A Monday at least a week ahead, 09:00 Seoul. */
const monday = (() => {
	const d = new Date(Date.now() + 7 * DAY);
	d.setUTCHours(0, 0, 0, 0);
	while (d.getUTCDay() !== 1) d.setTime(d.getTime() + DAY);
	return d.getTime();
})();
const slot = (hours: number) => ({
	startsAt: new Date(monday + hours * HOUR).toISOString(),
	endsAt: new Date(monday + (hours + 1) * HOUR).toISOString()
});

async function world() {
	const founder = await createUser(h.db);
	const partner = await createUser(h.db);
	const outsider = await createUser(h.db);
	const startup = await createOrg(h.db, founder, 'startup');
	const corporate = await createOrg(h.db, partner, 'corporate');
	return {
		startup,
		corporate,
		startupSide: await loadViewer(h.db, founder),
		corporateSide: await loadViewer(h.db, partner),
		outsider: await loadViewer(h.db, outsider)
	};
}

describe('my meetups, by tab', () => {
	it('splits upcoming, awaiting my answer, past (latest first) and cancelled', async () => {
		const w = await world();
		const pair = { startupId: w.startup.id, corporateId: w.corporate.id };
		const asked = await createMeetup(h.db, w.corporateSide, { ...pair, ...slot(0) });
		const mine = await createMeetup(h.db, w.startupSide, { ...pair, ...slot(3) });
		const now = new Date();

		const upcoming = await listMeetupTab(h.db, w.startupSide, 'upcoming', 1, now);
		expect(upcoming.items.map((i) => i.meetup.id)).toEqual([asked.id, mine.id]);
		expect(upcoming.items[0]!.sides).toEqual(['startup']);
		expect(upcoming.awaiting).toBe(1);
		const awaiting = await listMeetupTab(h.db, w.startupSide, 'awaiting', 1, now);
		expect(awaiting.items.map((i) => i.meetup.id)).toEqual([asked.id]);
		const theirs = await listMeetupTab(h.db, w.corporateSide, 'awaiting', 1, now);
		expect(theirs.items.map((i) => i.meetup.id)).toEqual([mine.id]);

		const later = new Date(monday + 2 * DAY);
		const past = await listMeetupTab(h.db, w.startupSide, 'past', 1, later);
		expect(past.items.map((i) => i.meetup.id)).toEqual([mine.id, asked.id]);

		await cancelMeetup(h.db, w.corporateSide, asked.id, { reason: '일정 변경' });
		const cancelled = await listMeetupTab(h.db, w.startupSide, 'cancelled', 1, now);
		expect(cancelled.items.map((i) => i.meetup.id)).toEqual([asked.id]);
		expect((await listMeetupTab(h.db, w.outsider, 'upcoming', 1, now)).items).toEqual([]);
	});
});

describe('one meetup and a new request', () => {
	it('shows a meetup with the viewer’s side, and nothing to anyone acting for neither side', async () => {
		const w = await world();
		const m = await createMeetup(h.db, w.corporateSide, {
			startupId: w.startup.id,
			corporateId: w.corporate.id,
			...slot(5)
		});
		const view = await getMeetupView(h.db, w.startupSide, m.id);
		expect(view).toMatchObject({ sides: ['startup'], organizerTimeZone: 'Asia/Seoul' });
		expect(await getMeetupView(h.db, w.outsider, m.id)).toBeUndefined();
	});

	it('fills in the viewer’s only startup, suggests times, and refuses someone acting for neither side', async () => {
		const w = await world();
		const context = await getRequestContext(h.db, w.startupSide, { corporateId: w.corporate.id }, new Date());
		expect(context).toMatchObject({
			startup: { id: w.startup.id },
			corporate: { id: w.corporate.id },
			actsFor: { startup: true, corporate: false }
		});
		expect(context!.suggestions.length).toBeGreaterThan(0);
		// At most two a day, so the choices span several days.
		const days = new Set(context!.suggestions.map((s) => s.startsAt.slice(0, 10)));
		expect(days.size).toBeGreaterThan(1);
		await expect(
			getRequestContext(
				h.db,
				w.outsider,
				{ startupId: w.startup.id, corporateId: w.corporate.id },
				new Date()
			)
		).rejects.toMatchObject({ status: 403 });
	});
});
