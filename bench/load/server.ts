/**
 * The server under load: the built app (`server.js` + `build/`) started as production runs it, with the
 * demo data, on a fresh database (`innomatch_load` on DATABASE_URL's server, else PGlite in a temporary
 * folder), plus static probe files in `build/client/` so the same server can be measured serving a file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const DATABASE_NAME = 'innomatch_load';
const PROBE_PREFIX = 'load-probe-';
/** Probe sizes from 4 KB to ~1 MB, 25% apart: the one nearest the catalog pages' HTML is compared with. */
const PROBE_SIZES = Array.from({ length: 26 }, (_, i) => Math.round(4096 * 1.25 ** i));

export interface LoadServer {
	baseUrl: string;
	pid: number;
	database: 'postgres' | 'pglite';
	/** The probe file (path under the site) whose size is nearest `bytes`. */
	probeNear(bytes: number): { path: string; bytes: number };
	/** Resident memory of the server process in MB, from /proc (Linux). */
	rssMb(): number | undefined;
	stop(): Promise<void>;
}

export async function startServer(root: string): Promise<LoadServer> {
	if (!existsSync(path.join(root, 'build/handler.js')))
		throw new Error('npm run load needs a build: run `npm run build` first');
	const clientDir = path.join(root, 'build/client');
	// sirv (adapter-node's static handler) lists build/client once at start, so the probes go in first.
	const probes = PROBE_SIZES.map((bytes) => {
		const name = `${PROBE_PREFIX}${bytes}.html`;
		writeFileSync(path.join(clientDir, name), probeHtml(bytes));
		return { path: `/${name}`, bytes, file: path.join(clientDir, name) };
	});
	const removeProbes = () => probes.forEach((p) => rmSync(p.file, { force: true }));

	const dataDir = mkdtempSync(path.join(tmpdir(), 'innomatch-load-'));
	const database = await freshDatabase();
	const port = await freePort();
	const env: Record<string, string | undefined> = {
		...process.env,
		NODE_ENV: 'production',
		PORT: String(port),
		HOST: '127.0.0.1',
		DATA_DIR: dataDir,
		DEMO_DATA: '1',
		LOG_LEVEL: 'warn',
		DATABASE_URL: database?.url,
		// Every request comes from 127.0.0.1; a per-address search limit would turn the run into 429s.
		RATE_LIMIT_SEARCH_PER_MINUTE: '1000000000'
	};
	const child = spawn(path.join(root, 'node_modules/.bin/node'), ['server.js'], {
		cwd: root,
		env,
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const baseUrl = `http://127.0.0.1:${port}`;
	let stopped = false;
	const stop = async () => {
		if (stopped) return;
		stopped = true;
		await stopChild(child);
		removeProbes();
		rmSync(dataDir, { recursive: true, force: true });
		await database?.drop();
	};
	try {
		await waitForHealth(baseUrl, child);
	} catch (e) {
		await stop();
		throw e;
	}
	return {
		baseUrl,
		pid: child.pid!,
		database: database ? 'postgres' : 'pglite',
		probeNear: (bytes) =>
			probes.reduce((best, p) => (Math.abs(p.bytes - bytes) < Math.abs(best.bytes - bytes) ? p : best)),
		rssMb: () => rssMb(child.pid!),
		stop
	};
}

/** HTML-like text of exactly `bytes` bytes (ASCII), so it is served and parsed like a page. */
function probeHtml(bytes: number): string {
	const head =
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>load probe</title></head><body>';
	const tail = '</body></html>\n';
	const row =
		'<div class="card"><h2>Probe</h2><p>Static bytes of a size similar to a catalog page.</p></div>\n';
	const body = row.repeat(Math.ceil(bytes / row.length)).slice(0, bytes - head.length - tail.length);
	return head + body + tail;
}

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
	const adminUrl = process.env.DATABASE_URL;
	if (!adminUrl) return undefined;
	const admin = async (sql: string) => {
		const client = new pg.Client({ connectionString: adminUrl });
		await client.connect();
		try {
			await client.query(sql);
		} finally {
			await client.end();
		}
	};
	// The name is a constant of this file, never input; FORCE ends a previous run's leftover connections.
	await admin(`DROP DATABASE IF EXISTS ${DATABASE_NAME} WITH (FORCE)`);
	await admin(`CREATE DATABASE ${DATABASE_NAME}`);
	const url = new URL(adminUrl);
	url.pathname = `/${DATABASE_NAME}`;
	return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${DATABASE_NAME} WITH (FORCE)`) };
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.listen(0, '127.0.0.1', () => {
			const addr = srv.address();
			srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
		});
	});
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
	// Migrations and the demo data run before the first answer; on a busy machine that takes a while.
	const deadline = Date.now() + 120_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
		try {
			if ((await fetch(`${baseUrl}/healthz`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error('server did not answer /healthz within 120 s');
}

function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
		child.once('exit', () => {
			clearTimeout(force);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

function rssMb(pid: number): number | undefined {
	try {
		const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) / 1024 : undefined;
	} catch {
		return undefined;
	}
}
