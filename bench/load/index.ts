/**
 * `npm run load [-- options]`: HTTP load on catalog pages, the API and signed-in pages (autocannon),
 * rendering compared with a static file of similar size from the same server, then Socket.IO fan-out
 * of a real broadcast to many clients. Needs a build (`npm run build`); never builds by itself.
 *
 *   --duration <s>     seconds per HTTP target (10)        --connections <n>  HTTP connections (50)
 *   --clients <n>      Socket.IO clients (1000)            --broadcasts <n>   broadcasts measured (20)
 *   --threads <n>      client threads for the fan-out (2)
 *   --soak <s>         add a mixed run of that length     --json <file>      write the results as JSON
 *   --skip-http / --skip-fanout                           run one part only
 *
 * The load generator and the server share the machine's cores: the numbers are for the pair.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { signInDemo } from './demo';
import { runFanout, type FanoutResult } from './fanout';
import { loadAll, measureBytes, type HttpResult, type Target } from './http';
import { printFanout, printHttp, printSoak, printVerdicts, verdicts } from './report';
import { startServer } from './server';
import { runSoak, type SoakResult } from './soak';

const { values: args } = parseArgs({
	options: {
		duration: { type: 'string', default: '10' },
		connections: { type: 'string', default: '50' },
		clients: { type: 'string', default: '1000' },
		threads: { type: 'string', default: '2' },
		broadcasts: { type: 'string', default: '20' },
		soak: { type: 'string' },
		json: { type: 'string' },
		'skip-http': { type: 'boolean', default: false },
		'skip-fanout': { type: 'boolean', default: false }
	}
});
const positive = (name: string, v: string | undefined) => {
	const n = Number(v);
	if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number above 0, not ${v}`);
	return n;
};
const durationSeconds = positive('duration', args.duration);
const connections = positive('connections', args.connections);
const clients = positive('clients', args.clients);
const threads = positive('threads', args.threads);
const broadcasts = positive('broadcasts', args.broadcasts);
const soakSeconds = args.soak === undefined ? undefined : positive('soak', args.soak);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const server = await startServer(root);
// Ctrl-C still stops the server, drops the database and removes the probe files.
process.once('SIGINT', () => void server.stop().then(() => process.exit(130)));
try {
	const environment = {
		date: new Date().toISOString(),
		node: process.version,
		cpus: os.cpus().length,
		cpuModel: os.cpus()[0]?.model ?? 'unknown',
		loadAverageAtStart: os.loadavg()[0]!,
		database: server.database,
		durationSeconds,
		connections
	};
	console.log(
		`Innomatch load: ${environment.cpus} CPUs shared by server and load generator, Node ${environment.node}, ` +
			`${environment.database}, load average ${environment.loadAverageAtStart.toFixed(2)} at start\n`
	);
	// The server's resident memory after each part, MB.
	const memory: Record<string, number | undefined> = { started: server.rssMb() };
	const demo = await signInDemo(server.baseUrl);
	const search = encodeURIComponent('혈당');
	const pages: Target[] = [
		{ name: 'startups', path: '/startups', kind: 'page' },
		{ name: 'challenges', path: '/challenges', kind: 'page' },
		{ name: 'corporate detail', path: `/corporates/${demo.corporateId}`, kind: 'page' },
		{ name: 'startup detail', path: `/startups/${demo.startupId}`, kind: 'page' },
		{ name: 'startups search', path: `/startups?q=${search}`, kind: 'page' },
		{ name: 'meetups (signed in)', path: '/meetups', kind: 'signed-in page', cookie: demo.cookie },
		{ name: 'matches (signed in)', path: '/matches', kind: 'signed-in page', cookie: demo.cookie }
	];
	const apis: Target[] = [
		{ name: 'api startups', path: '/api/v1/startups', kind: 'api' },
		{ name: 'api challenges search', path: `/api/v1/challenges?q=${encodeURIComponent('충전')}`, kind: 'api' }
	];

	let http: HttpResult[] = [];
	if (!args['skip-http']) {
		const sized = [];
		for (const target of [...pages, ...apis])
			sized.push({ target, bytes: await measureBytes(server.baseUrl, target) });
		// The yardsticks: for each page the probe file nearest its size (four or five files with the demo data).
		const probes = new Map<string, { path: string; bytes: number }>();
		for (const s of sized.filter((s) => s.target.kind !== 'api')) {
			const probe = server.probeNear(s.bytes);
			probes.set(probe.path, probe);
		}
		const statics = [...probes.values()]
			.sort((a, b) => a.bytes - b.bytes)
			.map((p) => ({
				target: { name: `static ${(p.bytes / 1024).toFixed(0)} KB`, path: p.path, kind: 'static' as const },
				bytes: p.bytes
			}));
		sized.unshift(...statics);
		console.log(`HTTP: ${connections} connections, ${durationSeconds} s per target, one target at a time\n`);
		http = await loadAll(
			{
				baseUrl: server.baseUrl,
				connections,
				durationSeconds,
				serverRssMb: () => server.rssMb()
			},
			sized,
			(r) => console.log(`  ${r.name}: ${Math.round(r.requestsPerSecond)} req/s`)
		);
		console.log('');
		printHttp(http);
		memory.afterHttp = server.rssMb();
	}

	let fanout: FanoutResult | undefined;
	if (!args['skip-fanout']) {
		console.log(
			`\nSocket.IO fan-out: ${clients} clients in ${threads} threads, all in org:<startup>, meetup:updated from a reschedule`
		);
		fanout = await runFanout(
			{ baseUrl: server.baseUrl, clients, threads, broadcasts, payloadBytes: 1024 },
			demo
		);
		printFanout(fanout);
		memory.afterFanout = server.rssMb();
	}

	let soak: SoakResult | undefined;
	if (soakSeconds) {
		const mixed = [pages[0]!, pages[3]!, pages[5]!, apis[0]!, apis[1]!];
		soak = await runSoak(server.baseUrl, mixed, soakSeconds, 10, () => server.rssMb());
		printSoak(soak);
	}

	const loadAverageAtEnd = os.loadavg()[0]!;
	console.log(
		`\nserver RSS: ${Object.entries(memory)
			.map(([k, v]) => `${k} ${v === undefined ? 'n/a' : v.toFixed(0)} MB`)
			.join(', ')}; load average ${loadAverageAtEnd.toFixed(2)} at the end`
	);
	const verdictList = verdicts(http, fanout);
	printVerdicts(verdictList);
	if (args.json) {
		const results = { environment, loadAverageAtEnd, memory, http, fanout, soak, verdicts: verdictList };
		writeFileSync(args.json, JSON.stringify(results, null, '\t') + '\n');
		console.log(`\nwrote ${args.json}`);
	}
} finally {
	await server.stop();
}
