/**
 * Rebuilding a search index from Postgres, while the catalog keeps changing and the outbox worker
 * keeps draining. Documents are upserted in place (searches keep working throughout), then:
 * - ids the index holds that Postgres no longer has are removed — checked at the end, so an entity
 *   deleted while we were reading cannot survive as a ghost of the copy we read before;
 * - entities changed since the rebuild began are queued in the outbox again, because the worker may
 *   have applied a newer version before this rebuild overwrote it with the copy it had read.
 */
import { sql } from 'kysely';
import type { Database } from '../db/index';
import { countDocuments, DEFAULT_BATCH, streamDocuments } from './documents';
import { INDEX_NAMES, type IndexName, type SearchEngine } from './port';

export interface ReindexProgress {
	index: IndexName;
	done: number;
	total: number;
}

export interface ReindexOptions {
	/** rows per read and per engine write */
	batch?: number;
	/** queue the entities changed during the rebuild again (default true; off for a dry build) */
	requeueChanges?: boolean;
}

/**
 * Rebuilds every index from Postgres. Returns the number of documents per index.
 * `onProgress` is called after every batch.
 */
export async function reindexAll(
	db: Database,
	engine: SearchEngine,
	onProgress?: (progress: ReindexProgress) => void,
	options: ReindexOptions = {}
): Promise<Record<IndexName, number>> {
	await engine.ensureIndexes();
	const { rows } = await sql<{ now: Date }>`select now() as now`.execute(db);
	const startedAt = rows[0]!.now;
	const counts = { startups: 0, challenges: 0 };
	for (const index of INDEX_NAMES) {
		const total = await countDocuments(db, index);
		const before = await engine.ids(index);
		const seen: string[] = [];
		onProgress?.({ index, done: 0, total });
		for await (const docs of streamDocuments(db, index, options.batch ?? DEFAULT_BATCH)) {
			await engine.upsert(index, docs);
			for (const doc of docs) seen.push(doc.id);
			onProgress?.({ index, done: seen.length, total: Math.max(total, seen.length) });
		}
		const current = new Set(await listIds(db, index));
		const stale = [...new Set([...before, ...seen])].filter((id) => !current.has(id));
		if (stale.length > 0) await engine.remove(index, stale);
		counts[index] = seen.length;
	}
	if (options.requeueChanges !== false) await requeueChangedSince(db, startedAt);
	return counts;
}

async function listIds(db: Database, index: IndexName): Promise<string[]> {
	const rows =
		index === 'startups'
			? await db
					.selectFrom('organizations as o')
					.innerJoin('startupProfiles as p', 'p.organizationId', 'o.id')
					.select('o.id')
					.where('o.kind', '=', 'startup')
					.execute()
			: await db.selectFrom('challenges').select('id').execute();
	return rows.map((r) => r.id);
}

/** Queues every entity whose search document may have changed since `since`. */
async function requeueChangedSince(db: Database, since: Date): Promise<void> {
	await db
		.insertInto('searchOutbox')
		.columns(['indexName', 'entityId'])
		.expression(
			db
				.selectFrom('organizations as o')
				.innerJoin('startupProfiles as p', 'p.organizationId', 'o.id')
				.select([sql<string>`'startups'`.as('indexName'), 'o.id as entityId'])
				.where('o.kind', '=', 'startup')
				.where((eb) => eb.or([eb('o.updatedAt', '>=', since), eb('p.updatedAt', '>=', since)]))
		)
		.execute();
	await db
		.insertInto('searchOutbox')
		.columns(['indexName', 'entityId'])
		.expression(
			db
				.selectFrom('challenges as c')
				.innerJoin('organizations as corp', 'corp.id', 'c.corporateId')
				.select([sql<string>`'challenges'`.as('indexName'), 'c.id as entityId'])
				.where((eb) =>
					eb.or([
						eb('c.updatedAt', '>=', since),
						eb('corp.updatedAt', '>=', since),
						eb.exists(
							eb
								.selectFrom('challengeInvitations as i')
								.select('i.challengeId')
								.whereRef('i.challengeId', '=', 'c.id')
								.where('i.createdAt', '>=', since)
						)
					])
				)
		)
		.execute();
}
