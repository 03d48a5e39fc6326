import { beforeAll, describe, expect, it } from 'vitest';
import { call, problemOf, tokenFor } from './client';
import { newAccount, newStartupAccount, type Account, type StartupBody } from './catalog-helpers';

// Matchmaking days over HTTP against the built server: a manager's day, participants, requests with
// the pending cap, and what strangers and participants may not do. The schedule's endpoints have
// their own file.

interface EventBody {
	id: string;
	phase: string;
	slots: { index: number; startsAt: string; endsAt: string }[];
	viewer: { manages: boolean; participantIds: string[] };
}

const DAY = 24 * 60 * 60 * 1000;
/** 10:00–12:00 UTC, 230 days ahead: far from anything else in the run. */
const day = (() => {
	const d = new Date(Date.now() + 230 * DAY);
	d.setUTCHours(10, 0, 0, 0);
	return d.getTime();
})();
const at = (minutes: number) => new Date(day + minutes * 60_000).toISOString();

let manager: string;
let centerId: string;
let corporates: (Account & { id: string })[];
let founder: Account & { startup: StartupBody };

async function newCorporate(label: string) {
	const account = await newAccount(label);
	const res = await call('/organizations', {
		token: account.token,
		json: { kind: 'corporate', name: `E2E 매칭데이 기업 ${label} ${Date.now().toString(36)}` }
	});
	expect(res.status).toBe(201);
	return { ...account, id: ((await res.json()) as { id: string }).id };
}

beforeAll(async () => {
	manager = (await tokenFor('manager@example.com')).token;
	const me = (await (await call('/me', { token: manager })).json()) as {
		memberships: { organization: { id: string; kind: string } }[];
	};
	centerId = me.memberships.find((m) => m.organization.kind === 'center')!.organization.id;
	corporates = await Promise.all(['a', 'b'].map((l) => newCorporate(`event-corp-${l}`)));
	founder = await newStartupAccount('event-founder');
});

async function newDay(cap = 1): Promise<EventBody> {
	const res = await call('/events', {
		token: manager,
		json: {
			centerId,
			title: 'E2E 매칭데이',
			venue: '춘천',
			startsAt: at(0),
			endsAt: at(120),
			slotMinutes: 30,
			tables: 2,
			timezone: 'Asia/Seoul',
			pendingRequestCap: cap
		}
	});
	expect(res.status).toBe(201);
	const event = (await res.json()) as EventBody;
	for (const id of [founder.startup.id, ...corporates.map((c) => c.id)]) {
		const added = await call(`/events/${event.id}/participants`, {
			token: manager,
			json: { organizationId: id }
		});
		expect(added.status).toBe(201);
	}
	const open = await call(`/events/${event.id}`, {
		token: manager,
		method: 'PATCH',
		json: { phase: 'requests_open' }
	});
	expect(open.status).toBe(200);
	return event;
}

describe('matchmaking days over the API', () => {
	it('creates a day with four 30-minute slots, seen by participants and hidden from strangers', async () => {
		const event = await newDay();
		expect(event.slots).toHaveLength(4);
		const seen = await call(`/events/${event.id}`, { token: founder.token });
		expect(seen.status).toBe(200);
		expect(((await seen.json()) as EventBody).viewer).toEqual({
			manages: false,
			participantIds: [founder.startup.id]
		});
		const stranger = await newAccount('event-stranger');
		expect((await call(`/events/${event.id}`, { token: stranger.token })).status).toBe(404);
		expect((await call(`/events/${event.id}`)).status).toBe(401);
	});

	it('answers 422 naming the field for a day that ends before it starts, and 403 to a non-manager', async () => {
		const bad = await call('/events', {
			token: manager,
			json: {
				centerId,
				title: 'x',
				venue: 'y',
				startsAt: at(60),
				endsAt: at(0),
				slotMinutes: 30,
				tables: 1,
				timezone: 'Asia/Seoul'
			}
		});
		expect(bad.status).toBe(422);
		expect(Object.keys((await problemOf(bad)).errors ?? {})).toContain('endsAt');
		const notManager = await call('/events', {
			token: founder.token,
			json: {
				centerId,
				title: 'x',
				venue: 'y',
				startsAt: at(0),
				endsAt: at(60),
				slotMinutes: 30,
				tables: 1,
				timezone: 'Asia/Seoul'
			}
		});
		expect(notManager.status).toBe(403);
	});

	it('caps pending requests with a 429 that says so, and lets the other side accept', async () => {
		const event = await newDay(1);
		const first = await call(`/events/${event.id}/requests`, {
			token: founder.token,
			json: { fromOrganizationId: founder.startup.id, toOrganizationId: corporates[0]!.id, priority: 3 }
		});
		expect(first.status).toBe(201);
		const request = (await first.json()) as { id: string; status: string };
		expect(request.status).toBe('pending');
		const over = await call(`/events/${event.id}/requests`, {
			token: founder.token,
			json: { fromOrganizationId: founder.startup.id, toOrganizationId: corporates[1]!.id, priority: 1 }
		});
		expect(over.status).toBe(429);
		expect((await problemOf(over)).detail).toMatch(/1/);

		const accept = await call(`/events/${event.id}/requests/${request.id}`, {
			token: corporates[0]!.token,
			method: 'PATCH',
			json: { status: 'accepted' }
		});
		expect(accept.status).toBe(200);
		expect(((await accept.json()) as { status: string }).status).toBe('accepted');
		// No longer pending, so the cap has room again.
		const next = await call(`/events/${event.id}/requests`, {
			token: founder.token,
			json: { fromOrganizationId: founder.startup.id, toOrganizationId: corporates[1]!.id, priority: 1 }
		});
		expect(next.status).toBe(201);
		// The other corporate sees only its own request.
		const seen = (await (
			await call(`/events/${event.id}/requests`, { token: corporates[1]!.token })
		).json()) as {
			hits: { toOrganizationId: string }[];
		};
		expect(seen.hits.map((h) => h.toOrganizationId)).toEqual([corporates[1]!.id]);
	});

	it('keeps availability inside the day (422 naming the window) and lets only managers add participants', async () => {
		const event = await newDay();
		const outside = await call(`/events/${event.id}/participants/${founder.startup.id}/availability`, {
			token: founder.token,
			method: 'PUT',
			json: { availability: [{ startsAt: at(-30), endsAt: at(30) }] }
		});
		expect(outside.status).toBe(422);
		expect(Object.keys((await problemOf(outside)).errors ?? {})).toEqual(['availability.0.startsAt']);
		const inside = await call(`/events/${event.id}/participants/${founder.startup.id}/availability`, {
			token: founder.token,
			method: 'PUT',
			json: { availability: [{ startsAt: at(0), endsAt: at(60) }] }
		});
		expect(inside.status).toBe(200);
		const byParticipant = await call(`/events/${event.id}/participants`, {
			token: founder.token,
			json: { organizationId: corporates[0]!.id }
		});
		expect(byParticipant.status).toBe(403);
	});
});
