import { connect } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, startServer, type RunningServer } from '../helpers/server';

// Two app processes on one Postgres, as behind a load balancer: a session made on one works on the
// other, an event caused through one reaches a socket held by the other (the Postgres adapter), a
// startup created through one is found by the other's embedded search, and both stop gracefully.
// Run once with the Postgres adapter and, when Redis answers (REDIS_URL or 127.0.0.1:6379), once with
// the Redis adapter.

const adminUrl = process.env.DATABASE_URL;
if (!adminUrl)
	console.warn(
		'\n\x1b[41m two-process test skipped: it needs DATABASE_URL (PGlite is one process) \x1b[0m\n'
	);

/** Whether a Redis server answers PING at `url`, within a second. */
async function redisAnswers(url: string): Promise<boolean> {
	const { hostname, port } = new URL(url);
	return new Promise((resolve) => {
		const socket = connect(Number(port || 6379), hostname);
		const done = (answer: boolean) => {
			socket.destroy();
			resolve(answer);
		};
		socket.setTimeout(1000, () => done(false));
		socket.once('error', () => done(false));
		socket.once('connect', () => socket.write('PING\r\n'));
		socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
	});
}

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const withRedis = adminUrl !== undefined && (await redisAnswers(redisUrl));
if (adminUrl && !withRedis) console.warn(`two-process test: no Redis at ${redisUrl}, Redis variant skipped`);

const PASSWORD = 'innomatch-demo';

async function signIn(base: string, email: string): Promise<string> {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
		body: new URLSearchParams({ email, password: PASSWORD }),
		redirect: 'manual'
	});
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session='));
	if (!cookie) throw new Error(`no session cookie from ${base}/login: ${res.status}`);
	return cookie.split(';')[0]!;
}

async function api(
	base: string,
	path: string,
	init: { token?: string; cookie?: string; json?: unknown } = {}
) {
	const headers: Record<string, string> = {};
	if (init.token) headers.authorization = `Bearer ${init.token}`;
	if (init.cookie) headers.cookie = init.cookie;
	if (init.json !== undefined) headers['content-type'] = 'application/json';
	return fetch(`${base}/api/v1${path}`, {
		method: init.json === undefined ? 'GET' : 'POST',
		headers,
		body: init.json === undefined ? undefined : JSON.stringify(init.json)
	});
}

async function tokenOn(base: string, email: string, password = PASSWORD): Promise<string> {
	const res = await api(base, '/tokens', { json: { email, password, name: 'two processes' } });
	expect(res.status).toBe(201);
	return ((await res.json()) as { token: string }).token;
}

function waitFor<T>(socket: Socket, event: string, timeoutMs = 10_000): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
		socket.once(event, (payload: T) => {
			clearTimeout(timer);
			resolve(payload);
		});
	});
}

const variants: { adapter: 'postgres' | 'redis'; env: Record<string, string> }[] = [
	{ adapter: 'postgres', env: { REDIS_URL: '' } },
	...(withRedis ? [{ adapter: 'redis' as const, env: { REDIS_URL: redisUrl } }] : [])
];

describe.skipIf(!adminUrl).each(variants)(
	'two processes on one Postgres, $adapter adapter',
	({ adapter, env }) => {
		let one: RunningServer;
		let two: RunningServer;
		let dropDatabase = async () => {};
		const sockets: Socket[] = [];

		beforeAll(async () => {
			const database = await freshDatabase(adminUrl!, `innomatch_two_${adapter}_${process.pid}`);
			dropDatabase = database.drop;
			// The first loads the demo world; the second starts on the same database once it is there.
			one = await startServer({ ...env, DATABASE_URL: database.url, DEMO_DATA: '1' });
			two = await startServer({ ...env, DATABASE_URL: database.url, DEMO_DATA: '0' });
		});

		afterAll(async () => {
			for (const s of sockets) s.disconnect();
			await Promise.all([one?.stop(), two?.stop()]);
			await dropDatabase();
		});

		it(`share rooms through the ${adapter} adapter`, async () => {
			for (const server of [one, two]) {
				const ready = (await (await fetch(`${server.baseUrl}/readyz`)).json()) as { realtime: string };
				expect(ready.realtime).toBe(adapter);
			}
		});

		it('accept a session made on the other process', async () => {
			const cookie = await signIn(one.baseUrl, 'corporate@example.com');
			const me = await api(two.baseUrl, '/me', { cookie });
			expect(me.status).toBe(200);
			expect(((await me.json()) as { user: { email: string } }).user.email).toBe('corporate@example.com');
		});

		it('deliver an event caused through one to a socket held by the other', async () => {
			const cookie = await signIn(one.baseUrl, 'corporate@example.com');
			const socket = io(two.baseUrl, {
				transports: ['websocket'],
				extraHeaders: { cookie },
				reconnection: false,
				forceNew: true
			});
			sockets.push(socket);
			await waitFor(socket, 'connect');

			const corporateToken = await tokenOn(one.baseUrl, 'corporate@example.com');
			const me = (await (await api(one.baseUrl, '/me', { token: corporateToken })).json()) as {
				memberships: { organization: { id: string; name: string } }[];
			};
			const kepco = me.memberships.find((m) => m.organization.name.includes('한국전력'))!.organization;
			const list = (await (await api(one.baseUrl, '/challenges?limit=100')).json()) as {
				hits: { id: string; corporate: { id: string }; status: string }[];
			};
			const challenge = list.hits.find((h) => h.corporate.id === kepco.id && h.status === 'open')!;

			const email = `two-${process.pid}-${Date.now()}@example.com`;
			const password = 'correct horse battery staple';
			expect((await api(one.baseUrl, '/users', { json: { email, password, name: 'Two' } })).status).toBe(201);
			const founder = await tokenOn(one.baseUrl, email, password);
			const name = `투프로세스 센서 ${Date.now().toString(36)}`;
			const created = await api(one.baseUrl, '/startups', {
				token: founder,
				json: {
					name,
					summary: '두 프로세스 검증용',
					industries: ['energy'],
					stage: 'seed',
					visibility: 'public'
				}
			});
			expect(created.status).toBe(201);
			const startup = (await created.json()) as { id: string };

			const heard = waitFor<{ challengeId: string; startupId: string }>(socket, 'application:updated');
			const applied = await api(one.baseUrl, `/challenges/${challenge.id}/applications`, {
				token: founder,
				json: { startupId: startup.id, proposal: '두 번째 프로세스까지 닿는지 보는 제안서' }
			});
			expect(applied.status).toBe(201);
			expect(await heard).toMatchObject({ challengeId: challenge.id, startupId: startup.id });

			// Each process has its own embedded index and only one of them drains the outbox row: both must
			// find the startup, so the one that did not drain learned of it from the other's announcement.
			for (const server of [one, two]) {
				let found = false;
				for (let i = 0; i < 40 && !found; i++) {
					const res = await api(server.baseUrl, `/startups?q=${encodeURIComponent(name)}`);
					const body = (await res.json()) as { hits: { id: string }[] };
					found = body.hits.some((h) => h.id === startup.id);
					if (!found) await new Promise((r) => setTimeout(r, 250));
				}
				expect(found, `found on ${server.baseUrl}`).toBe(true);
			}
		});

		it('stop gracefully: the stopping one closes its sockets and exits 0, the other keeps serving', async () => {
			const cookie = await signIn(one.baseUrl, 'startup@example.com');
			const socket = io(two.baseUrl, {
				transports: ['websocket'],
				extraHeaders: { cookie },
				reconnection: false,
				forceNew: true
			});
			sockets.push(socket);
			await waitFor(socket, 'connect');
			const closed = waitFor<string>(socket, 'disconnect');
			expect(await two.stop()).toBe(0);
			expect(await closed).toBe('io server disconnect');
			expect((await fetch(`${one.baseUrl}/readyz`)).status).toBe(200);
		});
	}
);
