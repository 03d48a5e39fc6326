/**
 * `npm run audit:sqlmap`: runs Debian's sqlmap against the search and auth endpoints of the built
 * server and fails if any parameter is injectable. Needs `npm run build` first and sqlmap installed
 * (`apt-get install -y sqlmap`). Slow (minutes), so not part of CI; results go in docs/security.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const SQLMAP = '/usr/bin/sqlmap';
const DB_NAME = 'innomatch_sqlmap';
const DEMO_PASSWORD = 'innomatch-demo';
const PER_TARGET_SECONDS = Number(process.env.SQLMAP_TARGET_SECONDS ?? 420);
const PARALLEL = Number(process.env.SQLMAP_PARALLEL ?? 2);

if (!existsSync('build/handler.js')) fail('No build: run `npm run build` first.');
if (!existsSync(SQLMAP)) fail('sqlmap is missing: install it with `apt-get install -y sqlmap`.');

function fail(message: string): never {
	console.error(message);
	process.exit(2);
}

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

async function freshDatabase(): Promise<string> {
	const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	// DB_NAME is a constant: CREATE DATABASE takes no parameters.
	await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
	await admin.query(`CREATE DATABASE ${DB_NAME}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${DB_NAME}`;
	return url.toString();
}

async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
	const server = spawn('node_modules/.bin/node', ['server.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_URL: databaseUrl,
			DATA_DIR: mkdtempSync(path.join(tmpdir(), 'innomatch-sqlmap-')),
			DEMO_DATA: '1',
			// sqlmap's xforwardedfor tamper sends a random client address per request, so the sign-in,
			// sign-up and reset limits never answer 429 and every payload reaches the database. Search
			// has its own configurable limit.
			TRUST_PROXY: '1',
			RATE_LIMIT_SEARCH_PER_MINUTE: '1000000',
			LOG_LEVEL: 'warn'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const base = `http://127.0.0.1:${port}`;
	for (const deadline = Date.now() + 90_000; Date.now() < deadline;) {
		if (server.exitCode !== null) fail(`server exited with ${server.exitCode}`);
		if (
			await fetch(`${base}/healthz`).then(
				(r) => r.ok,
				() => false
			)
		)
			return server;
		await new Promise((r) => setTimeout(r, 250));
	}
	server.kill('SIGTERM');
	fail('server did not become healthy within 90 s');
}

async function credentials(base: string): Promise<{ token: string; cookie: string }> {
	const email = 'admin@example.com';
	const tokenRes = await fetch(`${base}/api/v1/tokens`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.18.0.1' },
		body: JSON.stringify({ email, password: DEMO_PASSWORD, name: 'sqlmap' })
	});
	if (tokenRes.status !== 201) fail(`token: ${tokenRes.status} ${await tokenRes.text()}`);
	const { token } = (await tokenRes.json()) as { token: string };
	const login = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: base,
			'x-forwarded-for': '198.18.0.2'
		},
		body: new URLSearchParams({ email, password: DEMO_PASSWORD }).toString()
	});
	const cookie = login.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	if (!cookie.includes('session')) fail(`sign-in set no session cookie (${login.status}): ${cookie}`);
	return { token, cookie };
}

type Target = { name: string; args: string[] };

function targets(base: string, token: string, cookie: string): Target[] {
	const bearer = ['-H', `Authorization: Bearer ${token}`];
	const form = ['-H', `Origin: ${base}`];
	return [
		{
			name: 'GET /api/v1/startups',
			args: ['-u', `${base}/api/v1/startups?q=ai&industry=fintech`, ...bearer]
		},
		{ name: 'GET /api/v1/challenges', args: ['-u', `${base}/api/v1/challenges?q=ai`, ...bearer] },
		{ name: 'GET /startups (page)', args: ['-u', `${base}/startups?q=ai`, '--cookie', cookie] },
		{
			name: 'POST /login',
			args: ['-u', `${base}/login`, '--data', 'email=someone%40example.com&password=secret1234', ...form]
		},
		{
			name: 'POST /signup',
			args: [
				'-u',
				`${base}/signup`,
				'--data',
				'name=Kim&email=new%40example.com&password=long-enough-password',
				...form
			]
		},
		{
			name: 'POST /api/v1/tokens',
			args: [
				'-u',
				`${base}/api/v1/tokens`,
				'--data',
				'{"email":"someone@example.com","password":"secret1234","name":"x"}',
				'-H',
				'Content-Type: application/json',
				// Wrong credentials answer 401, which sqlmap would take for a failed connection.
				'--ignore-code=401'
			]
		},
		{
			name: 'POST /reset-password',
			args: ['-u', `${base}/reset-password`, '--data', 'email=someone%40example.com', ...form]
		}
	];
}

type Outcome = {
	name: string;
	verdict: 'clean' | 'INJECTABLE' | 'incomplete';
	seconds: number;
	tested: string[];
};

function runSqlmap(target: Target, outputRoot: string): Promise<Outcome> {
	const started = Date.now();
	// One folder per target: parallel runs on one host would share (and corrupt) sqlmap's session file.
	const outputDir = path.join(outputRoot, target.name.replace(/[^a-z0-9]+/gi, '-'));
	const child = spawn(
		SQLMAP,
		[
			...target.args,
			'--batch',
			'--level=3',
			'--risk=2',
			'--tamper=xforwardedfor',
			'--flush-session',
			'--time-sec=2',
			'--threads=1',
			`--output-dir=${outputDir}`
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let log = '';
	child.stdout.on('data', (d: Buffer) => (log += d.toString()));
	child.stderr.on('data', (d: Buffer) => (log += d.toString()));
	const timer = setTimeout(() => child.kill('SIGTERM'), PER_TARGET_SECONDS * 1000);
	return new Promise((resolve) => {
		child.on('exit', (code) => {
			clearTimeout(timer);
			const tested = [
				...new Set([...log.matchAll(/testing if (.*?parameter '[^']+') is dynamic/g)].map((m) => m[1]!))
			];
			const injectable = /is vulnerable|parameter '[^']+' is '[^']+' injectable|might be injectable/.test(
				log
			);
			const clean = code === 0 && /do not appear to be injectable|does not seem to be injectable/.test(log);
			const verdict = injectable ? 'INJECTABLE' : clean ? 'clean' : 'incomplete';
			if (verdict !== 'clean') console.log(log.split('\n').slice(-25).join('\n'));
			resolve({ name: target.name, verdict, seconds: Math.round((Date.now() - started) / 1000), tested });
		});
	});
}

const port = await freePort();
const server = await startServer(await freshDatabase(), port);
const base = `http://127.0.0.1:${port}`;
const outputDir = mkdtempSync(path.join(tmpdir(), 'sqlmap-out-'));
const started = Date.now();
try {
	const { token, cookie } = await credentials(base);
	// SQLMAP_ONLY=tokens re-runs the targets whose name contains it.
	const queue = targets(base, token, cookie).filter((t) => t.name.includes(process.env.SQLMAP_ONLY ?? ''));
	const outcomes: Outcome[] = [];
	await Promise.all(
		Array.from({ length: PARALLEL }, async () => {
			for (let t = queue.shift(); t; t = queue.shift()) {
				const outcome = await runSqlmap(t, outputDir);
				console.log(
					`${outcome.verdict.padEnd(10)} ${outcome.name} (${outcome.seconds} s): ${outcome.tested.join(', ')}`
				);
				outcomes.push(outcome);
			}
		})
	);
	const injectable = outcomes.filter((o) => o.verdict === 'INJECTABLE').length;
	const incomplete = outcomes.filter((o) => o.verdict === 'incomplete').length;
	console.log(
		`\n${outcomes.length} targets, ${injectable} injectable, ${incomplete} incomplete ` +
			`(${Math.round((Date.now() - started) / 1000)} s; sqlmap logs in ${outputDir})`
	);
	process.exitCode = injectable > 0 ? 1 : incomplete > 0 ? 3 : 0;
} finally {
	server.kill('SIGTERM');
}
