import { config, ConfigError, type Config } from './config';
import { openDatabase, type Database } from './db';
import { migrateToLatest } from './db/migrate';
import { logger, setLogLevel } from './log';
import { createSmtpTransport, setMailTransport } from './mail';
import { attachRealtime } from './realtime/server';
import { onIoServer } from './realtime/io-handle.js';
import { setListenAddress } from './listen-address.js';
import { loadDemoData } from '../../../seeds/demo';
import pkg from '../../../package.json' with { type: 'json' };

export interface Runtime {
	config: Config;
	db: Database;
	database: 'pglite' | 'postgres';
	version: string;
	demoLoaded: boolean;
	close(): Promise<void>;
}

let starting: Promise<Runtime> | undefined;
let current: Runtime | undefined;

/**
 * Starts the services once per process: reads the configuration, opens and migrates the database,
 * loads the demo data when asked, wires mail and the real-time server. A bad configuration ends the
 * process with one line naming the variable.
 */
export function startRuntime(): Promise<Runtime> {
	starting ??= start();
	return starting;
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
	if (cfg.demoData) {
		const { created } = await loadDemoData(handle.db);
		demoLoaded = true;
		if (created) logger.info('demo data loaded');
	}
	setMailTransport(cfg.smtpUrl ? await createSmtpTransport(cfg.smtpUrl) : undefined);
	onIoServer((io) => attachRealtime(io, { db: handle.db }));
	current = {
		config: cfg,
		db: handle.db,
		database: handle.kind,
		version: pkg.version,
		demoLoaded,
		close: handle.close
	};
	logger.info({ database: handle.kind, search: cfg.search }, 'innomatch ready');
	return current;
}

/** The started runtime; only valid after startRuntime() resolved (hooks' init guarantees that). */
export function runtime(): Runtime {
	if (!current) throw new Error('runtime not started');
	return current;
}

/** The database of this process. */
export function db(): Database {
	return runtime().db;
}
