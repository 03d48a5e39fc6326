import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { EmbeddedSearchEngine } from '../../src/lib/server/search/embedded';
import { drainOutbox, enqueueSearchUpdate, startOutboxWorker } from '../../src/lib/server/search/outbox';
import { MATCH_ALL } from '../../src/lib/server/search/filter';
import type { SearchEngine } from '../../src/lib/server/search/port';
import { reindexAll } from '../../src/lib/server/search/reindex';
import { setLogLevel } from '../../src/lib/server/log';
import { createTestDatabase } from './helpers/db';

let h: DatabaseHandle;
beforeAll(async () => {
	h = await createTestDatabase();
	setLogLevel('silent'); // the engine failures below are on purpose
});
afterAll(async () => {
	setLogLevel('info');
	await h?.close();
});
beforeEach(async () => {
	await h.db.deleteFrom('searchOutbox').execute();
});

async function insertStartup(name: string, summary: string): Promise<string> {
	const { id } = await h.db
		.insertInto('organizations')
		.values({ kind: 'startup', name })
		.returning('id')
		.executeTakeFirstOrThrow();
	await h.db.insertInto('startupProfiles').values({ organizationId: id, summary }).execute();
	return id;
}

const outboxRows = () =>
	h.db
		.selectFrom('searchOutbox')
		.select(['id', 'entityId', 'attempts', 'nextAttemptAt', 'lastError'])
		.orderBy('id')
		.execute();

/** Seconds from the database's now to a row's next attempt. */
async function secondsUntilRetry(id: number): Promise<number> {
	const { rows } = await sql<{
		s: number;
	}>`select extract(epoch from next_attempt_at - now())::float8 as s from search_outbox where id = ${id}`.execute(
		h.db
	);
	return Number(rows[0]!.s);
}

/** An engine that is down. */
const brokenEngine = (): SearchEngine => {
	const fail = async () => {
		throw new Error('connection refused');
	};
	return {
		kind: 'meilisearch',
		ensureIndexes: fail,
		upsert: fail,
		remove: fail,
		clear: fail,
		ids: async () => [],
		search: fail
	};
};

const found = async (engine: SearchEngine, q: string) =>
	(await engine.search({ index: 'startups', q, visibility: MATCH_ALL })).hits.map((hit) => hit.id);

describe('search outbox', () => {
	it('writes nothing when the catalog transaction rolls back', async () => {
		const id = await insertStartup('롤백테크', '롤백');
		await expect(
			h.db.transaction().execute(async (tx) => {
				await enqueueSearchUpdate(tx, 'startups', id);
				throw new Error('the catalog change failed');
			})
		).rejects.toThrow('the catalog change failed');
		expect(await outboxRows()).toEqual([]);
	});

	it('indexes the current document and deletes the row on success', async () => {
		const engine = new EmbeddedSearchEngine();
		const id = await insertStartup('아웃박스랩', '연속혈당측정기를 만드는 회사');
		await h.db.transaction().execute((tx) => enqueueSearchUpdate(tx, 'startups', id));
		expect(await drainOutbox(h.db, engine, { batch: 10 })).toEqual({ processed: 1, failed: 0 });
		expect(await found(engine, '연속혈당측정기')).toEqual([id]);
		expect(await outboxRows()).toEqual([]);
	});

	it('keeps the row with attempts, the error and a growing, capped back-off when the engine fails', async () => {
		const id = await insertStartup('장애테크', '검색 장애');
		await enqueueSearchUpdate(h.db, 'startups', id);
		expect(await drainOutbox(h.db, brokenEngine())).toEqual({ processed: 0, failed: 1 });
		let [row] = await outboxRows();
		expect(row).toMatchObject({ entityId: id, attempts: 1, lastError: 'connection refused' });
		const firstDelay = await secondsUntilRetry(row!.id);
		expect(firstDelay).toBeGreaterThan(1);
		expect(firstDelay).toBeLessThanOrEqual(2.5);

		// not due yet: left alone
		expect(await drainOutbox(h.db, brokenEngine())).toEqual({ processed: 0, failed: 0 });

		await h.db
			.updateTable('searchOutbox')
			.set({ nextAttemptAt: sql`now() - interval '1 second'` })
			.execute();
		await drainOutbox(h.db, brokenEngine());
		[row] = await outboxRows();
		expect(row!.attempts).toBe(2);
		expect(await secondsUntilRetry(row!.id)).toBeGreaterThan(firstDelay + 1);

		await h.db
			.updateTable('searchOutbox')
			.set({ attempts: 30, nextAttemptAt: sql`now() - interval '1 second'` })
			.execute();
		await drainOutbox(h.db, brokenEngine());
		[row] = await outboxRows();
		expect(await secondsUntilRetry(row!.id)).toBeLessThanOrEqual(600);

		// once the engine is back, the row goes through and nothing was lost
		await h.db
			.updateTable('searchOutbox')
			.set({ nextAttemptAt: sql`now() - interval '1 second'` })
			.execute();
		const engine = new EmbeddedSearchEngine();
		expect(await drainOutbox(h.db, engine)).toEqual({ processed: 1, failed: 0 });
		expect(await found(engine, '장애테크')).toEqual([id]);
	});

	it('removes an entity Postgres no longer has, and handles repeated rows once', async () => {
		const engine = new EmbeddedSearchEngine();
		const id = await insertStartup('사라질회사', '곧 삭제');
		await enqueueSearchUpdate(h.db, 'startups', id);
		await drainOutbox(h.db, engine);
		expect(await found(engine, '사라질회사')).toEqual([id]);
		await h.db.deleteFrom('organizations').where('id', '=', id).execute();
		await enqueueSearchUpdate(h.db, 'startups', id);
		await enqueueSearchUpdate(h.db, 'startups', id);
		expect(await drainOutbox(h.db, engine)).toEqual({ processed: 2, failed: 0 });
		expect(await found(engine, '사라질회사')).toEqual([]);
	});

	it('skips rows another worker holds', async () => {
		if (h.kind === 'pglite') return; // PGlite has one connection: there is no other worker to race
		const engine = new EmbeddedSearchEngine();
		const held = await insertStartup('잠긴회사', '잠김');
		const free = await insertStartup('풀린회사', '풀림');
		await enqueueSearchUpdate(h.db, 'startups', held);
		await enqueueSearchUpdate(h.db, 'startups', free);
		await h.db.transaction().execute(async (tx) => {
			await tx.selectFrom('searchOutbox').select('id').where('entityId', '=', held).forUpdate().execute();
			expect(await drainOutbox(h.db, engine)).toEqual({ processed: 1, failed: 0 });
		});
		expect((await outboxRows()).map((r) => r.entityId)).toEqual([held]);
	});

	it('runs a worker that drains on a timer and stops cleanly', async () => {
		const engine = new EmbeddedSearchEngine();
		const stop = startOutboxWorker(h.db, engine, { intervalMs: 20 });
		const id = await insertStartup('워커테크', '타이머');
		await enqueueSearchUpdate(h.db, 'startups', id);
		await waitFor(async () => (await found(engine, '워커테크')).length === 1);
		await stop();
		const later = await insertStartup('멈춘뒤', '멈춤');
		await enqueueSearchUpdate(h.db, 'startups', later);
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect((await outboxRows()).map((r) => r.entityId)).toEqual([later]);
	});
});

describe('reindex', () => {
	it('rebuilds from Postgres and drops documents Postgres no longer has', async () => {
		const engine = new EmbeddedSearchEngine();
		const id = await insertStartup('리인덱스랩', '재색인');
		const [ghost] = await (async () => {
			const ghostId = await insertStartup('유령회사', '유령');
			await reindexAll(h.db, engine, undefined, { requeueChanges: false });
			await h.db.deleteFrom('organizations').where('id', '=', ghostId).execute();
			return [ghostId];
		})();
		expect(await found(engine, '유령회사')).toEqual([ghost]);
		const progress: number[] = [];
		const counts = await reindexAll(h.db, engine, (p) => p.index === 'startups' && progress.push(p.done));
		expect(await found(engine, '유령회사')).toEqual([]);
		expect(await found(engine, '리인덱스랩')).toEqual([id]);
		expect(counts.startups).toBe((await engine.ids('startups')).length);
		expect(progress.at(-1)).toBe(counts.startups);
	});
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await condition())) {
		if (Date.now() > deadline) throw new Error('timed out waiting');
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}
