import ICAL from 'ical.js';
import { io, type Socket } from 'socket.io-client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { base, call, problemOf } from './client';
import { newAccount, newStartupAccount, type Account, type StartupBody } from './catalog-helpers';

// The meetup API over HTTP against the built server, with real socket.io-client connections for the
// live events. Each run starts on a fresh database; times are far ahead so nothing else is booked then.

interface Meetup {
	id: string;
	startupId: string;
	corporateId: string;
	startsAt: string;
	endsAt: string;
	status: string;
	sequence: number;
	proposals: { id: string; startsAt: string; endsAt: string }[];
	change?: string;
}

const sockets: Socket[] = [];
afterEach(() => {
	for (const s of sockets.splice(0)) s.disconnect();
});

async function connect(token: string): Promise<Socket> {
	const socket = io(base, {
		path: '/socket.io',
		transports: ['websocket'],
		auth: { token },
		reconnection: false,
		forceNew: true
	});
	sockets.push(socket);
	await waitFor(socket, 'connect');
	return socket;
}

function waitFor<T = unknown>(socket: Socket, event: string, timeoutMs = 5000): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
		socket.once(event, (payload: T) => {
			clearTimeout(timer);
			resolve(payload);
		});
	});
}

const DAY = 24 * 60 * 60 * 1000;
/** 09:00 Seoul, 200 days ahead: a weekday morning far from anything else in the run. */
const day0 = (() => {
	const d = new Date(Date.now() + 200 * DAY);
	d.setUTCHours(0, 0, 0, 0);
	while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setTime(d.getTime() + DAY);
	return d.getTime();
})();
const at = (minutes: number, length = 60) => ({
	startsAt: new Date(day0 + minutes * 60_000).toISOString(),
	endsAt: new Date(day0 + (minutes + length) * 60_000).toISOString()
});

let corporate: Account & { id: string };
let founder: Account & { startup: StartupBody };

beforeAll(async () => {
	const account = await newAccount('meetup-corp');
	const res = await call('/organizations', {
		token: account.token,
		json: { kind: 'corporate', name: `E2E 미팅 기업 ${Date.now().toString(36)}` }
	});
	expect(res.status).toBe(201);
	corporate = { ...account, id: ((await res.json()) as { id: string }).id };
	founder = await newStartupAccount('meetup-founder');
});

async function requestMeetup(time: { startsAt: string; endsAt: string }, more: Record<string, unknown> = {}) {
	return call('/meetups', {
		token: corporate.token,
		json: {
			startupId: founder.startup.id,
			corporateId: corporate.id,
			...time,
			location: '판교, 6층',
			...more
		}
	});
}

describe('POST /api/v1/meetups', () => {
	it('answers 201 with the meetup and tells the other organization’s socket live', async () => {
		const startupSocket = await connect(founder.token);
		const created = waitFor<Meetup>(startupSocket, 'meetup:created');
		const notified = waitFor<{ kind: string }>(startupSocket, 'notification:created');
		const res = await requestMeetup(at(0), { alternatives: [at(180)] });
		expect(res.status).toBe(201);
		const body = (await res.json()) as Meetup;
		expect(body).toMatchObject({
			startupId: founder.startup.id,
			corporateId: corporate.id,
			startsAt: at(0).startsAt,
			endsAt: at(0).endsAt,
			status: 'proposed'
		});
		expect(body.proposals).toHaveLength(2);
		expect((await created).id).toBe(body.id);
		expect((await notified).kind).toBe('meetup.requested');
	});

	it('answers 409 naming the meetup an overlapping request clashes with', async () => {
		const first = (await (await requestMeetup(at(60))).json()) as Meetup;
		const other = await newStartupAccount('meetup-clash');
		const res = await call('/meetups', {
			token: other.token,
			json: { startupId: other.startup.id, corporateId: corporate.id, ...at(90, 30) }
		});
		expect(res.status).toBe(409);
		const problem = (await problemOf(res)) as Awaited<ReturnType<typeof problemOf>> & {
			clash?: { meetupId: string; organizationId: string; startsAt: string };
		};
		expect(problem.clash).toMatchObject({
			meetupId: first.id,
			organizationId: corporate.id,
			startsAt: first.startsAt
		});
		expect(problem.errors?.startsAt).toBeDefined();
	});

	it('answers 422 naming the field for an end before the start, a time in the past, or one organization twice', async () => {
		const backwards = await requestMeetup({ startsAt: at(300).endsAt, endsAt: at(300).startsAt });
		expect(backwards.status).toBe(422);
		expect((await problemOf(backwards)).errors?.endsAt).toBeDefined();
		const past = await requestMeetup({
			startsAt: new Date(Date.now() - DAY).toISOString(),
			endsAt: new Date(Date.now() - DAY + 3_600_000).toISOString()
		});
		expect(past.status).toBe(422);
		expect((await problemOf(past)).errors?.startsAt).toBeDefined();
		const self = await requestMeetup(at(300), { startupId: corporate.id });
		expect(self.status).toBe(422);
		expect((await problemOf(self)).errors?.corporateId).toBeDefined();
	});

	it('answers 403 to someone acting for neither organization, and 401 without credentials', async () => {
		const outsider = await newAccount('meetup-outsider');
		const res = await call('/meetups', {
			token: outsider.token,
			json: { startupId: founder.startup.id, corporateId: corporate.id, ...at(400) }
		});
		expect(res.status).toBe(403);
		expect((await call('/meetups', { json: { startupId: founder.startup.id } })).status).toBe(401);
	});
});

describe('answering and changing a meetup', () => {
	it('confirms with an empty POST, tells the requester live, and refuses a stale change with 409', async () => {
		const meetup = (await (await requestMeetup(at(480))).json()) as Meetup;
		const corporateSocket = await connect(corporate.token);
		const updated = waitFor<Meetup>(corporateSocket, 'meetup:updated');
		const res = await call(`/meetups/${meetup.id}/confirm`, { method: 'POST', token: founder.token });
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({ id: meetup.id, status: 'confirmed', sequence: 1 });
		expect(await updated).toMatchObject({ id: meetup.id, status: 'confirmed', change: 'confirmed' });
		const stale = await call(`/meetups/${meetup.id}/cancel`, { token: founder.token, json: { sequence: 0 } });
		expect(stale.status).toBe(409);
		await problemOf(stale);
	});

	it('refuses the requester confirming its own request with 403, and hides the meetup from outsiders with 404', async () => {
		const meetup = (await (await requestMeetup(at(600))).json()) as Meetup;
		expect(
			(await call(`/meetups/${meetup.id}/confirm`, { method: 'POST', token: corporate.token })).status
		).toBe(403);
		const outsider = await newAccount('meetup-peek');
		expect((await call(`/meetups/${meetup.id}`, { token: outsider.token })).status).toBe(404);
		expect(
			(await call(`/meetups/${meetup.id}/decline`, { method: 'POST', token: outsider.token })).status
		).toBe(404);
		expect((await call(`/meetups/${meetup.id}`, { token: founder.token })).status).toBe(200);
	});

	it('reschedules and cancels, each raising the sequence the .ics carries, ending in STATUS:CANCELLED', async () => {
		const meetup = (await (await requestMeetup(at(720))).json()) as Meetup;
		const moved = await call(`/meetups/${meetup.id}/reschedule`, {
			token: founder.token,
			json: { proposals: [at(750), at(900)] }
		});
		expect(moved.status).toBe(200);
		expect(await moved.json()).toMatchObject({ status: 'proposed', sequence: 1, startsAt: at(750).startsAt });
		const ics = await call(`/meetups/${meetup.id}/ics`, { token: corporate.token });
		expect(ics.status).toBe(200);
		expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
		const event = new ICAL.Event(
			new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent('vevent')!
		);
		expect(event.uid).toBe(`${meetup.id}@innomatch`);
		expect(event.sequence).toBe(1);
		expect(event.startDate.toJSDate().toISOString()).toBe(at(750).startsAt);

		expect(
			(await call(`/meetups/${meetup.id}/cancel`, { method: 'POST', token: founder.token })).status
		).toBe(200);
		const after = await call(`/meetups/${meetup.id}/ics`, { token: founder.token });
		const cancelled = new ICAL.Component(ICAL.parse(await after.text())).getFirstSubcomponent('vevent')!;
		expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(cancelled.getFirstPropertyValue('sequence')).toBe(2);
	});
});

describe('calendar feeds', () => {
	it('serve the owner’s meetups at a secret URL until the feed is revoked', async () => {
		const meetup = (await (await requestMeetup(at(1200))).json()) as Meetup;
		const created = await call('/calendar/feeds', { token: founder.token, json: { name: 'E2E' } });
		expect(created.status).toBe(201);
		const feed = (await created.json()) as { id: string; url: string; token: string };
		const path = new URL(feed.url).pathname;
		expect(path).toBe(`/api/v1/calendar/${feed.token}.ics`);
		const res = await call(path);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
		const uids = new ICAL.Component(ICAL.parse(await res.text()))
			.getAllSubcomponents('vevent')
			.map((e) => e.getFirstPropertyValue('uid'));
		expect(uids).toContain(`${meetup.id}@innomatch`);

		expect(
			(await call(`/calendar/feeds/${feed.id}`, { method: 'DELETE', token: corporate.token })).status
		).toBe(404);
		expect(
			(await call(`/calendar/feeds/${feed.id}`, { method: 'DELETE', token: founder.token })).status
		).toBe(204);
		expect((await call(path)).status).toBe(404);
	});
});

describe('availability and suggestions', () => {
	it('stores weekly hours, refuses times outside them with 422, and suggests times inside both sides’ hours', async () => {
		const put = await call(`/organizations/${founder.startup.id}/availability`, {
			method: 'PUT',
			token: founder.token,
			json: {
				timeZone: 'Asia/Seoul',
				weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '12:00' })),
				blackouts: []
			}
		});
		expect(put.status).toBe(200);
		const read = await call(`/organizations/${founder.startup.id}/availability`, { token: corporate.token });
		expect(read.status).toBe(200);
		const stated = (await read.json()) as {
			timeZone: string;
			weekly: { weekday: number; start: string; end: string }[];
		};
		expect(stated.timeZone).toBe('Asia/Seoul');
		expect(stated.weekly).toHaveLength(5);
		expect(stated.weekly[0]).toEqual({ weekday: 1, start: '09:00', end: '12:00' });
		const outside = await requestMeetup(at(6 * 60));
		expect(outside.status).toBe(422);
		expect((await problemOf(outside)).errors?.startsAt).toBeDefined();
		const badZone = await call(`/organizations/${founder.startup.id}/availability`, {
			method: 'PUT',
			token: founder.token,
			json: { timeZone: 'Mars/Olympus', weekly: [] }
		});
		expect(badZone.status).toBe(422);
		expect((await problemOf(badZone)).errors?.timeZone).toBeDefined();

		const from = new Date(day0 + 7 * DAY).toISOString();
		const res = await call(
			`/meetups/suggestions?startupId=${founder.startup.id}&corporateId=${corporate.id}&from=${encodeURIComponent(from)}&minutes=60&limit=3`,
			{ token: corporate.token }
		);
		expect(res.status).toBe(200);
		const { slots } = (await res.json()) as { slots: { startsAt: string; endsAt: string }[] };
		expect(slots).toHaveLength(3);
		for (const s of slots) {
			const hourInSeoul = (new Date(s.startsAt).getUTCHours() + 9) % 24;
			expect(hourInSeoul).toBeGreaterThanOrEqual(9);
			expect(hourInSeoul).toBeLessThan(12);
		}
	});
});
