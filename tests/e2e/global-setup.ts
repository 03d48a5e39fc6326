import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { chromiumPath, MISSING_BROWSER_WARNING } from './helpers/browser';
import { freePort } from './helpers/server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		/** the e2e server's own database, for tests that check nothing was written; '' on PGlite */
		databaseUrl: string;
	}
}

/**
 * Starts the built production server (server.js + build/) once for the e2e project, with demo data,
 * on a fresh database: a new one on DATABASE_URL's server, else PGlite in a temporary folder.
 */
export default async function setup(project: TestProject) {
	if (!chromiumPath) console.warn(`\n${MISSING_BROWSER_WARNING}\n`);
	// While developing: run the e2e tests against a server you started (e.g. `vite dev` with DEMO_DATA=1
	// and TRUST_PROXY=1). CI never sets this.
	if (process.env.E2E_BASE_URL) {
		project.provide('baseUrl', process.env.E2E_BASE_URL);
		project.provide('databaseUrl', process.env.E2E_DATABASE_URL ?? '');
		return;
	}
	if (!existsSync('build/handler.js'))
		throw new Error('e2e needs a build: run `npm run build` (npm test does it)');
	const port = await freePort();
	const dataDir = mkdtempSync(path.join(tmpdir(), 'innomatch-e2e-'));
	let databaseUrl: string | undefined;
	let dropDatabase = async () => {};
	if (process.env.DATABASE_URL) {
		const name = `innomatch_e2e_${process.pid}`;
		const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
		await admin.connect();
		await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		await admin.query(`CREATE DATABASE ${name}`);
		await admin.end();
		const url = new URL(process.env.DATABASE_URL);
		url.pathname = `/${name}`;
		databaseUrl = url.toString();
		dropDatabase = async () => {
			const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
			await c.connect();
			await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await c.end();
		};
	}
	const env: Record<string, string> = {
		...(process.env as Record<string, string>),
		PORT: String(port),
		HOST: '127.0.0.1',
		// No ORIGIN: the server must work as `npm start` runs it, deriving the origin from the request.
		DATA_DIR: dataDir,
		DEMO_DATA: '1',
		// Tests send their own X-Forwarded-For per file, so each gets its own rate-limit buckets
		// instead of all sharing 127.0.0.1's.
		TRUST_PROXY: '1',
		LOG_LEVEL: 'warn'
	};
	delete env.DATABASE_URL;
	if (databaseUrl) env.DATABASE_URL = databaseUrl;
	const server: ChildProcess = spawn(process.execPath, ['server.js'], {
		env,
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const baseUrl = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 90_000;
	for (;;) {
		if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
		try {
			const res = await fetch(`${baseUrl}/healthz`);
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error('server did not become healthy within 90 s');
		await new Promise((r) => setTimeout(r, 250));
	}
	project.provide('baseUrl', baseUrl);
	project.provide('databaseUrl', databaseUrl ?? '');
	return async () => {
		server.kill('SIGTERM');
		await new Promise((r) => server.once('exit', r));
		await dropDatabase();
		rmSync(dataDir, { recursive: true, force: true });
	};
}
