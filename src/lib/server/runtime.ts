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
import { announceToPeers, listenToPeers } from './search/peers';
import { attachAdapter, type AdapterKind } from './realtime/adapter';
import { onShutdown } from './lifecycle.js';
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
	/** how Socket.IO reaches the sockets of other processes */
	realtime: AdapterKind;
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
	// Stops run newest first, so the database, registered first, closes after everything using it.
	onShutdown('database', handle.close);
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
	const realtime = await startRealtime(handle.db, cfg);
	// Every process runs them; a reminder or check-in is claimed atomically in the database (an insert
	// that conflicts, FOR UPDATE SKIP LOCKED), so none is sent twice however many processes run.
	onShutdown('reminders', startReminderWorker(handle.db));
	onShutdown(
		'check-ins',
		startCheckinWorker(handle.db, { origin: cfg.origin ?? `http://localhost:${cfg.port}` })
	);
	holder.current = {
		config: cfg,
		db: handle.db,
		database: handle.kind,
		search,
		realtime,
		version: pkg.version,
		demoLoaded,
		close: handle.close
	};
	logger.info({ database: handle.kind, search: cfg.search, realtime }, 'innomatch ready');
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
	// Several processes on one Postgres each hold an embedded index: they keep each other's current.
	// Listening starts before the build below, so no change made meanwhile is missed.
	const peers = engine.kind === 'embedded' && cfg.databaseUrl !== undefined;
	if (peers) onShutdown('search peers', listenToPeers(cfg.databaseUrl!, db, engine));
	if (engine.kind === 'embedded' || rebuild) {
		const started = Date.now();
		await reindexAll(db, engine);
		logger.info({ ms: Date.now() - started, engine: engine.kind }, 'search index built');
	}
	onShutdown(
		'search outbox',
		startOutboxWorker(db, engine, { intervalMs: 500, announce: peers ? announceToPeers : undefined })
	);
	return engine;
}

/**
 * Authentication and rooms on the Socket.IO server, and the adapter that lets several processes share
 * rooms (Redis when REDIS_URL is set, else Postgres when DATABASE_URL is, else memory). The adapter is
 * in place before this returns, so no event of this process is emitted through the wrong one.
 */
async function startRealtime(db: Database, cfg: Config): Promise<AdapterKind> {
	const attached: Promise<AdapterKind>[] = [];
	onIoServer((io) => {
		const setup = attachAdapter(io, { databaseUrl: cfg.databaseUrl, redisUrl: cfg.redisUrl }).then(
			(adapter) => {
				onShutdown('socket.io adapter', adapter.close);
				attachRealtime(io, { db });
				return adapter.kind;
			}
		);
		setup.catch((err: unknown) => logger.error({ err }, 'socket.io adapter failed'));
		attached.push(setup);
	});
	// server.js registers its Socket.IO server before the app loads, so the callback above has run;
	// scripts and tests have no Socket.IO server and nothing to wait for.
	return attached.length > 0 ? attached[0]! : 'memory';
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
