import { io, type Socket } from 'socket.io-client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { base, call, tokenFor } from './client';
import { eventually, newAccount, type Account } from './catalog-helpers';

// A big matchmaking day over HTTP and real sockets against the built server: more accepted requests
// than a run answers inline, so the run goes off the request path (202) and streams its progress to
// the managers' room, which strangers and participants cannot join.

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
	await new Promise<void>((resolve, reject) => {
		socket.once('connect', () => resolve());
		socket.once('connect_error', reject);
	});
	return socket;
}

const join = (socket: Socket, room: string) =>
	new Promise<{ ok: boolean }>((resolve) => socket.emit('room:join', { room }, resolve));

const DAY = 24 * 60 * 60 * 1000;
const day = (() => {
	const d = new Date(Date.now() + 240 * DAY);
	d.setUTCHours(0, 0, 0, 0);
	return d.getTime();
})();
const at = (minutes: number) => new Date(day + minutes * 60_000).toISOString();

interface Schedule {
	placed: number;
	requested: number;
	upperBound: number | null;
	meetings: { startupId: string; corporateId: string; slot: number; table: number }[];
	run: { status: string } | null;
}

let manager: string;
let owner: Account;
let eventId: string;
let startupIds: string[];

async function organization(kind: 'startup' | 'corporate', i: number): Promise<string> {
	const res = await call('/organizations', {
		token: owner.token,
		json: { kind, name: `E2E 대형 매칭데이 ${kind} ${i} ${Date.now().toString(36)}` }
	});
	expect(res.status).toBe(201);
	return ((await res.json()) as { id: string }).id;
}

beforeAll(async () => {
	manager = (await tokenFor('manager@example.com')).token;
	const me = (await (await call('/me', { token: manager })).json()) as {
		memberships: { organization: { id: string; kind: string } }[];
	};
	const centerId = me.memberships.find((m) => m.organization.kind === 'center')!.organization.id;
	owner = await newAccount('big-day-owner');
	const created = await call('/events', {
		token: manager,
		json: {
			centerId,
			title: 'E2E 대형 매칭데이',
			venue: '원주',
			startsAt: at(0),
			endsAt: at(8 * 60),
			slotMinutes: 20,
			tables: 15,
			timezone: 'Asia/Seoul'
		}
	});
	expect(created.status).toBe(201);
	eventId = ((await created.json()) as { id: string }).id;
	startupIds = [];
	const corporateIds: string[] = [];
	for (let i = 0; i < 22; i++) startupIds.push(await organization('startup', i));
	for (let i = 0; i < 15; i++) corporateIds.push(await organization('corporate', i));
	for (const organizationId of [...startupIds, ...corporateIds]) {
		const res = await call(`/events/${eventId}/participants`, { token: manager, json: { organizationId } });
		expect(res.status).toBe(201);
	}
	// 22 × 15 = 330 requests filed by the manager (accepted at once): over the inline limit of 300.
	for (const [i, startupId] of startupIds.entries())
		for (const [j, corporateId] of corporateIds.entries()) {
			const res = await call(`/events/${eventId}/requests`, {
				token: manager,
				json: { fromOrganizationId: startupId, toOrganizationId: corporateId, priority: 1 + ((i + j) % 3) }
			});
			expect(res.status).toBe(201);
		}
}, 120_000);

describe('a big run over the API and sockets', () => {
	it('refuses the managers’ room to strangers, runs off the request path and streams progress', async () => {
		const stranger = await connect((await newAccount('big-day-stranger')).token);
		expect(await join(stranger, `event:${eventId}:manage`)).toMatchObject({ ok: false });
		expect(await join(stranger, `event:${eventId}`)).toMatchObject({ ok: false });
		const participant = await connect(owner.token);
		expect(await join(participant, `event:${eventId}`)).toEqual({ ok: true });
		expect(await join(participant, `event:${eventId}:manage`)).toMatchObject({ ok: false });

		const board = await connect(manager);
		expect(await join(board, `event:${eventId}:manage`)).toEqual({ ok: true });
		const progress: { status: string; done: number; total: number }[] = [];
		const finished = new Promise<void>((resolve) =>
			board.on('schedule:progress', (p: { eventId: string; status: string; done: number; total: number }) => {
				if (p.eventId !== eventId) return;
				progress.push(p);
				if (p.status !== 'running') resolve();
			})
		);
		const started = await call(`/events/${eventId}/schedule`, { token: manager, json: {} });
		expect(started.status).toBe(202);
		expect(started.headers.get('location')).toBe(`/api/v1/events/${eventId}/schedule`);
		// A second run while this one works is refused.
		expect((await call(`/events/${eventId}/schedule`, { token: manager, json: {} })).status).toBe(409);
		await finished;
		expect(progress.at(-1)?.status).toBe('done');
		expect(progress.some((p) => p.status === 'running' && p.done < p.total)).toBe(true);

		const schedule = await eventually(async () => {
			const body = (await (await call(`/events/${eventId}/schedule`, { token: manager })).json()) as Schedule;
			if (body.run?.status !== 'done') throw new Error('still running');
			return body;
		});
		expect(schedule.requested).toBe(330);
		expect(schedule.meetings).toHaveLength(schedule.placed);
		expect(schedule.placed).toBeLessThanOrEqual(schedule.upperBound ?? Infinity);
		// 24 slots × 15 tables = 360 cells, each startup 15 and each corporate 22 meetings: all 330 fit.
		expect(schedule.placed).toBe(330);
		const cells = new Set(schedule.meetings.map((m) => `${m.slot}/${m.table}`));
		expect(cells.size).toBe(schedule.meetings.length);
		for (const id of startupIds) {
			const slots = schedule.meetings.filter((m) => m.startupId === id).map((m) => m.slot);
			expect(new Set(slots).size).toBe(slots.length);
		}
		// Nothing is published yet: a participant sees no schedule.
		expect((await call(`/events/${eventId}/schedule`, { token: owner.token })).status).toBe(403);
	}, 60_000);
});
