/**
 * The search outbox: Postgres stays the source of truth and the index follows it. Every catalog
 * change writes a row here in its own transaction (so a rolled-back change leaves nothing behind);
 * a worker drains the rows into the search engine. When the engine is down the rows stay, with a
 * growing back-off, so an outage delays the index but loses nothing.
 */
import { sql } from 'kysely';
import type { Database } from '../db/index';
import { logger } from '../log';
import { loadDocuments } from './documents';
import type { IndexName, SearchEngine } from './port';

/** Back-off after a failure: 2 s, 4 s, 8 s … capped at 10 minutes. */
const BACKOFF_BASE_SECONDS = 2;
const BACKOFF_CAP_SECONDS = 600;

/**
 * Records that an entity's search document must be rebuilt. Call it with the transaction that
 * changes the entity (or deletes it: the worker then removes it from the index).
 */
export async function enqueueSearchUpdate(tx: Database, index: IndexName, entityId: string): Promise<void> {
	await tx.insertInto('searchOutbox').values({ indexName: index, entityId }).execute();
}

/**
 * Tells other processes which entities were just applied, inside the draining transaction, so they
 * hear of it only if it commits (search/peers.ts: each embedded index lives in one process's memory).
 */
export type AnnounceApplied = (tx: Database, index: IndexName, entityIds: string[]) => Promise<void>;

export interface DrainResult {
	/** outbox rows handled (deleted) */
	processed: number;
	/** outbox rows kept for a retry */
	failed: number;
}

/**
 * Takes up to `batch` due rows (skipping rows another worker holds), applies the current state of
 * their entities to the engine — upsert what exists, remove what does not — and deletes the rows.
 * On an engine failure the rows stay with attempts + 1, a later next_attempt_at and the error.
 */
export async function drainOutbox(
	db: Database,
	engine: SearchEngine,
	options: { batch?: number; announce?: AnnounceApplied } = {}
): Promise<DrainResult> {
	const batch = options.batch ?? 200;
	return db.transaction().execute(async (tx) => {
		const rows = await tx
			.selectFrom('searchOutbox')
			.select(['id', 'indexName', 'entityId'])
			.where('nextAttemptAt', '<=', sql<Date>`now()`)
			.orderBy('id')
			.limit(batch)
			.forUpdate()
			.skipLocked()
			.execute();
		if (rows.length === 0) return { processed: 0, failed: 0 };
		const ids = rows.map((r) => r.id);
		try {
			for (const index of ['startups', 'challenges'] as const) {
				const entityIds = [...new Set(rows.filter((r) => r.indexName === index).map((r) => r.entityId))];
				if (entityIds.length === 0) continue;
				const docs = await loadDocuments(tx, index, entityIds);
				const present = new Set(docs.map((d) => d.id));
				if (docs.length > 0) await engine.upsert(index, docs);
				const gone = entityIds.filter((id) => !present.has(id));
				if (gone.length > 0) await engine.remove(index, gone);
				await options.announce?.(tx, index, entityIds);
			}
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			await tx
				.updateTable('searchOutbox')
				.set((eb) => ({
					attempts: eb('attempts', '+', 1),
					nextAttemptAt: sql<Date>`now() + least(${BACKOFF_CAP_SECONDS}::float8, ${BACKOFF_BASE_SECONDS}::float8 * power(2, ${eb.ref('attempts')})) * interval '1 second'`,
					lastError: message.slice(0, 2000)
				}))
				.where('id', 'in', ids)
				.execute();
			logger.warn({ err: error, rows: rows.length }, 'search outbox: engine failed, will retry');
			return { processed: 0, failed: rows.length };
		}
		await tx.deleteFrom('searchOutbox').where('id', 'in', ids).execute();
		return { processed: rows.length, failed: 0 };
	});
}

export interface OutboxWorkerOptions {
	/** pause between runs when the outbox is empty or failing */
	intervalMs?: number;
	batch?: number;
	announce?: AnnounceApplied;
}

/**
 * Drains the outbox every `intervalMs` (immediately again while full batches keep coming). Runs
 * never overlap. Returns a function that stops the worker once the current run has finished.
 */
export function startOutboxWorker(
	db: Database,
	engine: SearchEngine,
	options: OutboxWorkerOptions = {}
): () => Promise<void> {
	const intervalMs = options.intervalMs ?? 1000;
	const batch = options.batch ?? 200;
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let running: Promise<void> | undefined;

	const run = async () => {
		let again = false;
		try {
			const result = await drainOutbox(db, engine, { batch, announce: options.announce });
			again = result.processed === batch;
		} catch (error) {
			logger.error({ err: error }, 'search outbox: drain failed');
		}
		if (!stopped) schedule(again ? 0 : intervalMs);
	};
	const schedule = (delay: number) => {
		timer = setTimeout(() => {
			running = run();
		}, delay);
		timer.unref?.();
	};

	schedule(0);
	return async () => {
		stopped = true;
		if (timer) clearTimeout(timer);
		await running;
	};
}
