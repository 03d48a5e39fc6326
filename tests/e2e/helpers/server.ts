import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** Starting our own built servers (server.js + build/) for tests that need more than the shared one. */

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.listen(0, '127.0.0.1', () => {
			const addr = srv.address();
			srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
		});
	});
}

/** A fresh database on DATABASE_URL's server; `drop` removes it. */
export async function freshDatabase(adminUrl: string, name: string) {
	const run = async (text: string) => {
		const c = new pg.Client({ connectionString: adminUrl });
		await c.connect();
		try {
			await c.query(text);
		} finally {
			await c.end();
		}
	};
	if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
	await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	await run(`CREATE DATABASE ${name}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export interface RunningServer {
	baseUrl: string;
	process: ChildProcess;
	/** SIGTERM, then the exit code (null if it had to be killed after `graceMs`) */
	stop(graceMs?: number): Promise<number | null>;
}

/** Starts server.js with `env` on a free port and waits until /readyz answers 200. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
	const port = await freePort();
	const dataDir = mkdtempSync(path.join(tmpdir(), 'innomatch-proc-'));
	const child = spawn(process.execPath, ['server.js'], {
		env: {
			...(process.env as Record<string, string>),
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			LOG_LEVEL: 'warn',
			...env
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	const baseUrl = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 90_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
		const ready = await fetch(`${baseUrl}/readyz`).then(
			(r) => r.ok,
			() => false
		);
		if (ready) break;
		if (Date.now() > deadline) throw new Error('server not ready within 90 s');
		await new Promise((r) => setTimeout(r, 250));
	}
	return {
		baseUrl,
		process: child,
		async stop(graceMs = 20_000) {
			if (child.exitCode === null) child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
			const code = await exited;
			clearTimeout(timer);
			rmSync(dataDir, { recursive: true, force: true });
			return code;
		}
	};
}
