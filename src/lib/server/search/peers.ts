/**
 * The embedded search engine lives in each process's memory, while the outbox is drained by whichever
 * process claims a row first. So the draining process announces what it applied on a Postgres channel,
 * and every other process applies the same entities, read from Postgres, to its own index. A process
 * that lost its listening connection may have missed announcements: it rebuilds its index whole.
 * With Meilisearch all processes share one index and none of this runs.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/index';
import { logger } from '../log';
import { loadDocuments } from './documents';
import type { AnnounceApplied } from './outbox';
import type { IndexName, SearchEngine } from './port';
import { reindexAll } from './reindex';

export const SEARCH_CHANNEL = 'innomatch_search';
/** NOTIFY payloads must stay under 8000 bytes: 150 ids of 36 characters fit with room to spare. */
const IDS_PER_NOTICE = 150;
const RECONNECT_MS = 2000;

const notice = z.object({
	from: z.string(),
	index: z.enum(['startups', 'challenges']),
	ids: z.array(z.uuid()).max(IDS_PER_NOTICE)
});

/** This process's name on the channel, so it skips its own announcements. */
export const instanceId = randomUUID();

export const announceToPeers: AnnounceApplied = async (tx, index, entityIds) => {
	for (let i = 0; i < entityIds.length; i += IDS_PER_NOTICE) {
		const payload = JSON.stringify({ from: instanceId, index, ids: entityIds.slice(i, i + IDS_PER_NOTICE) });
		await sql`select pg_notify(${SEARCH_CHANNEL}, ${payload})`.execute(tx);
	}
};

/** Applies the current state of some entities from Postgres to this process's index. */
export async function applyFromDatabase(db: Database, engine: SearchEngine, index: IndexName, ids: string[]) {
	const docs = await loadDocuments(db, index, ids);
	const present = new Set(docs.map((d) => d.id));
	if (docs.length > 0) await engine.upsert(index, docs);
	const gone = ids.filter((id) => !present.has(id));
	if (gone.length > 0) await engine.remove(index, gone);
}

/** Listens for other processes' announcements until the returned stop is called. */
export function listenToPeers(databaseUrl: string, db: Database, engine: SearchEngine): () => Promise<void> {
	let stopped = false;
	let client: pg.Client | undefined;
	let applying: Promise<void> = Promise.resolve();
	let retry: ReturnType<typeof setTimeout> | undefined;

	const connect = async (afterLoss: boolean) => {
		const c = new pg.Client({ connectionString: databaseUrl });
		c.on('error', (err) => {
			logger.warn({ err }, 'search peers: connection lost');
			c.end().catch(() => undefined);
			if (!stopped && client === c) {
				client = undefined;
				retry = setTimeout(() => void connect(true), RECONNECT_MS);
				retry.unref?.();
			}
		});
		c.on('notification', (msg) => {
			const parsed = notice.safeParse(safeJson(msg.payload));
			if (!parsed.success || parsed.data.from === instanceId) return;
			const { index, ids } = parsed.data;
			// One at a time, in the order announced, so a later state is never overwritten by an earlier one.
			applying = applying
				.then(() => applyFromDatabase(db, engine, index, ids))
				.catch((err: unknown) => logger.error({ err }, 'search peers: apply failed'));
		});
		try {
			await c.connect();
			await c.query('LISTEN innomatch_search'); // = SEARCH_CHANNEL
			client = c;
			if (afterLoss) await reindexAll(db, engine);
		} catch (err) {
			logger.warn({ err }, 'search peers: cannot listen, retrying');
			await c.end().catch(() => undefined);
			if (!stopped) {
				retry = setTimeout(() => void connect(true), RECONNECT_MS);
				retry.unref?.();
			}
		}
	};
	void connect(false);

	return async () => {
		stopped = true;
		if (retry) clearTimeout(retry);
		const c = client;
		client = undefined;
		await c?.end().catch(() => undefined);
		await applying;
	};
}

function safeJson(text: string | undefined): unknown {
	try {
		return JSON.parse(text ?? '');
	} catch {
		return undefined;
	}
}
