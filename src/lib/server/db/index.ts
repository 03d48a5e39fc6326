import { CamelCasePlugin, Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DB } from './schema';
import { logger } from '../log';

export type Database = Kysely<DB>;

export interface DatabaseHandle {
	db: Database;
	kind: 'pglite' | 'postgres';
	close(): Promise<void>;
}

/**
 * Opens the database: a `pg` pool when a URL is given, else PGlite (Postgres compiled to WASM,
 * in-process) persisted under `dataDir`, or in memory when `dataDir` is `memory://`.
 */
export async function openDatabase(opts: { url?: string; dataDir: string }): Promise<DatabaseHandle> {
	if (opts.url) return openPostgres(opts.url);
	return openPglite(opts.dataDir);
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
	const pg = await import('pg');
	const Pool = pg.default.Pool;
	// int8 (bigint) as a JS number: money in KRW and counts stay far below 2^53.
	pg.default.types.setTypeParser(20, (v: string) => Number(v));
	const pool = new Pool({ connectionString: url, max: 10 });
	// An idle client that loses its connection (database restart, failover) emits 'error'; unhandled,
	// that would crash the process. The pool drops that client and opens a new one on demand.
	pool.on('error', (err) => logger.warn({ err }, 'idle database connection lost'));
	const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
	return { db, kind: 'postgres', close: () => db.destroy() };
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
	const { PGlite } = await import('@electric-sql/pglite');
	const { citext } = await import('@electric-sql/pglite/contrib/citext');
	const { btree_gist } = await import('@electric-sql/pglite/contrib/btree_gist');
	const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
	const extensions = { citext, btree_gist, pg_trgm };
	const inMemory = dataDir === 'memory://';
	let pglite;
	if (inMemory) pglite = await PGlite.create({ extensions, parsers: { 20: Number } });
	else {
		const dir = path.resolve(dataDir, 'pglite');
		mkdirSync(dir, { recursive: true });
		pglite = await PGlite.create(dir, { extensions, parsers: { 20: Number } });
	}
	const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }), plugins: [new CamelCasePlugin()] });
	return {
		db,
		kind: 'pglite',
		close: async () => {
			await db.destroy();
			if (!pglite.closed) await pglite.close();
		}
	};
}
