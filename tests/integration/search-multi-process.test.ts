import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/index';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { EmbeddedSearchEngine } from '../../src/lib/server/search/embedded';
import { MATCH_ALL } from '../../src/lib/server/search/filter';
import { drainOutbox, enqueueSearchUpdate } from '../../src/lib/server/search/outbox';
import {
	announceToPeers,
	instanceId,
	listenToPeers,
	SEARCH_CHANNEL
} from '../../src/lib/server/search/peers';
import type { SearchEngine } from '../../src/lib/server/search/port';

// Several processes, each with its own embedded index, on one Postgres (search/peers.ts): the process
// that drains an outbox row announces the ids on a channel, in the draining transaction; the others
// apply those entities from Postgres to their own index. Both halves are checked here; the whole chain
// across two real processes is tests/e2e/api/two-processes.test.ts. LISTEN/NOTIFY needs Postgres.

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl)
	console.warn('\n\x1b[41m search multi-process test skipped: LISTEN/NOTIFY needs DATABASE_URL \x1b[0m\n');

let h: DatabaseHandle;
let url: string;
const name = `innomatch_t_peers_${randomBytes(4).toString('hex')}`;

/** Runs one statement on its own connection: to the server (`serverUrl`) or the test database. */
async function admin(text: string, connectionString = serverUrl) {
	const c = new pg.Client({ connectionString });
	await c.connect();
	try {
		await c.query(text);
	} finally {
		await c.end();
	}
}

beforeAll(async () => {
	if (!serverUrl) return;
	await admin(`CREATE DATABASE ${name}`);
	const u = new URL(serverUrl);
	u.pathname = `/${name}`;
	url = u.toString();
	h = await openDatabase({ url, dataDir: 'unused' });
	await migrateToLatest(h.db);
});

afterAll(async () => {
	if (!serverUrl) return;
	await h?.close();
	await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

async function insertStartup(orgName: string, summary: string): Promise<string> {
	const { id } = await h.db
		.insertInto('organizations')
		.values({ kind: 'startup', name: orgName })
		.returning('id')
		.executeTakeFirstOrThrow();
	await h.db.insertInto('startupProfiles').values({ organizationId: id, summary }).execute();
	return id;
}

const found = async (engine: SearchEngine, q: string) =>
	(await engine.search({ index: 'startups', q, visibility: MATCH_ALL })).hits.map((hit) => hit.id);

/** Retries `check` until it holds, for at most ~5 s; notifications arrive asynchronously. */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
	for (let i = 0; i < 100; i++) {
		if (await check()) return true;
		await new Promise((r) => setTimeout(r, 50));
	}
	return false;
}

/** What another process's drain would send (payloads here hold no quotes). */
const notify = (payload: string) => admin(`select pg_notify('${SEARCH_CHANNEL}', '${payload}')`, url);

/** Until a connection of this database LISTENs on the search channel (listenToPeers connects in the background). */
const listening = () =>
	eventually(async () => {
		const c = new pg.Client({ connectionString: url });
		await c.connect();
		try {
			const { rows } = await c.query(
				`select 1 from pg_stat_activity where datname = $1 and query = 'LISTEN ${SEARCH_CHANNEL}'`,
				[name]
			);
			return rows.length > 0;
		} finally {
			await c.end();
		}
	});

describe.skipIf(!serverUrl)('embedded search indexes of several processes', () => {
	it('announces the ids a drain applied, naming this process', async () => {
		const listener = new pg.Client({ connectionString: url });
		await listener.connect();
		const heard: { from: string; index: string; ids: string[] }[] = [];
		listener.on('notification', (msg) => heard.push(JSON.parse(msg.payload ?? '{}')));
		await listener.query(`LISTEN ${SEARCH_CHANNEL}`);
		try {
			const id = await insertStartup('공지테크', '드레인 공지');
			await enqueueSearchUpdate(h.db, 'startups', id);
			const engine = new EmbeddedSearchEngine();
			await engine.ensureIndexes();
			expect(await drainOutbox(h.db, engine, { announce: announceToPeers })).toMatchObject({ processed: 1 });
			expect(await eventually(async () => heard.length > 0)).toBe(true);
			expect(heard).toEqual([{ from: instanceId, index: 'startups', ids: [id] }]);
		} finally {
			await listener.end();
		}
	});

	it("applies another process's announcement to this process's index: new, changed and deleted entities", async () => {
		const engine = new EmbeddedSearchEngine();
		await engine.ensureIndexes();
		const stop = listenToPeers(url, h.db, engine);
		try {
			expect(await listening()).toBe(true);
			const id = await insertStartup('피어센서', '다른 프로세스가 드레인함');
			const announce = (ids: string[]) =>
				notify(JSON.stringify({ from: 'another-process', index: 'startups', ids }));
			// This process never drained the row: it knows of the startup only through the announcement.
			expect(await found(engine, '피어센서')).toEqual([]);
			await announce([id]);
			expect(await eventually(async () => (await found(engine, '피어센서')).includes(id))).toBe(true);

			await h.db.updateTable('organizations').set({ name: '개명센서' }).where('id', '=', id).execute();
			await announce([id]);
			expect(await eventually(async () => (await found(engine, '개명센서')).includes(id))).toBe(true);
			expect(await found(engine, '피어센서')).toEqual([]);

			await h.db.deleteFrom('startupProfiles').where('organizationId', '=', id).execute();
			await h.db.deleteFrom('organizations').where('id', '=', id).execute();
			await announce([id]);
			expect(await eventually(async () => (await found(engine, '개명센서')).length === 0)).toBe(true);
		} finally {
			await stop();
		}
	});

	it('ignores its own announcements and malformed ones', async () => {
		const engine = new EmbeddedSearchEngine();
		await engine.ensureIndexes();
		const stop = listenToPeers(url, h.db, engine);
		try {
			expect(await listening()).toBe(true);
			const own = await insertStartup('자기공지', '자기 자신');
			const other = await insertStartup('남의공지', '다른 프로세스');
			await notify(JSON.stringify({ from: instanceId, index: 'startups', ids: [own] }));
			await notify('{"from":"x","index":"users","ids":["not-a-uuid"]}');
			await notify('not json');
			// Notifications on one channel arrive in order: once the last is applied, the earlier were seen.
			await notify(JSON.stringify({ from: 'another-process', index: 'startups', ids: [other] }));
			expect(await eventually(async () => (await found(engine, '남의공지')).includes(other))).toBe(true);
			expect(await found(engine, '자기공지')).toEqual([]);
		} finally {
			await stop();
		}
	});
});
