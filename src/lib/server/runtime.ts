import { config, ConfigError, type Config } from './config';
import { openDatabase, type Database } from './db';
import { migrateToLatest } from './db/migrate';
import { logger, setLogLevel } from './log';
import { createSmtpTransport, setMailTransport } from './mail';
import { attachRealtime } from './realtime/server';
import { onIoServer } from './realtime/io-handle.js';
import { setListenAddress } from './listen-address.js';
import { createSearchEngine, reindexAll } from './search/index';
import { startOutboxWorker } from './search/outbox';
import { startReminderWorker } from './meetups/reminders';
import { startCheckinWorker } from './outcomes/checkins';
import type { SearchEngine } from './search/port';
import { loadDemoData } from '../../../seeds/demo';
import pkg from '../../../package.json' with { type: 'json' };

export interface Runtime {
	config: Config;
	db: Database;
	database: 'pglite' | 'postgres';
	search: SearchEngine;
	version: string;
	demoLoaded: boolean;
	close(): Promise<void>;
}

// Kept on globalThis: in `vite dev` the server modules are re-evaluated on every edit, and a second
// runtime would open a second PGlite on the same folder and leave sockets attached to the first.
const RUNTIME_KEY = Symbol.for('innomatch.runtime');
const holder = ((globalThis as Record<symbol, unknown>)[RUNTIME_KEY] ??= {}) as {
	starting?: Promise<Runtime>;
	current?: Runtime;
};

/**
 * Starts the services once per process: reads the configuration, opens and migrates the database,
 * loads the demo data when asked, wires mail and the real-time server. A bad configuration ends the
 * process with one line naming the variable.
 */
export function startRuntime(): Promise<Runtime> {
	holder.starting ??= start();
	return holder.starting;
}

async function start(): Promise<Runtime> {
	let cfg: Config;
	try {
		cfg = config();
	} catch (e) {
		if (e instanceof ConfigError) {
			console.error(`Innomatch cannot start: ${e.message}`);
			process.exit(1);
		}
		throw e;
	}
	setLogLevel(cfg.logLevel);
	setListenAddress({ port: cfg.port, host: cfg.host });
	const handle = await openDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
	await migrateToLatest(handle.db);
	let demoLoaded = false;
	let demoCreated = false;
	if (cfg.demoData) {
		demoCreated = (await loadDemoData(handle.db)).created;
		demoLoaded = true;
		if (demoCreated) logger.info('demo data loaded');
	}
	setMailTransport(cfg.smtpUrl ? await createSmtpTransport(cfg.smtpUrl) : undefined);
	// The demo seed writes rows in bulk without outbox entries, so a fresh demo world is indexed whole.
	const search = await startSearch(handle.db, cfg, demoCreated);
	onIoServer((io) => attachRealtime(io, { db: handle.db }));
	// Every process runs it; claiming a reminder is atomic in the database, so none is sent twice.
	startReminderWorker(handle.db);
	startCheckinWorker(handle.db, { origin: cfg.origin ?? `http://localhost:${cfg.port}` });
	holder.current = {
		config: cfg,
		db: handle.db,
		database: handle.kind,
		search,
		version: pkg.version,
		demoLoaded,
		close: handle.close
	};
	logger.info({ database: handle.kind, search: cfg.search }, 'innomatch ready');
	return holder.current;
}

/**
 * The search engine with a current index. The embedded engine lives in this process, so it is built
 * from Postgres at every start; Meilisearch keeps its index and only catches up through the outbox.
 * Either way the outbox worker then keeps the index following every catalog change.
 */
async function startSearch(db: Database, cfg: Config, rebuild: boolean): Promise<SearchEngine> {
	const engine = createSearchEngine(cfg);
	await engine.ensureIndexes();
	if (engine.kind === 'embedded' || rebuild) {
		const started = Date.now();
		await reindexAll(db, engine);
		logger.info({ ms: Date.now() - started, engine: engine.kind }, 'search index built');
	}
	startOutboxWorker(db, engine, { intervalMs: 500 });
	return engine;
}

/** The started runtime; only valid after startRuntime() resolved (hooks' init guarantees that). */
export function runtime(): Runtime {
	if (!holder.current) throw new Error('runtime not started');
	return holder.current;
}

/** The search engine of this process. */
export function searchEngine(): SearchEngine {
	return runtime().search;
}

/** The database of this process. */
export function db(): Database {
	return runtime().db;
}
