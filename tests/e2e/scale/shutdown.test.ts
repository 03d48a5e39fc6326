import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, startServer, type RunningServer } from '../helpers/server';

// Graceful shutdown of one app process (server.js): a request already in flight when SIGTERM arrives
// still gets its answer and its write, a new connection is refused from then on, and the process
// exits 0. The request is made slow by its client: the body arrives only after the signal.

const adminUrl = process.env.DATABASE_URL;
let server: RunningServer;
let dropDatabase = async () => {};

beforeAll(async () => {
	let databaseUrl = ''; // empty = unset: PGlite in the server's own temporary folder
	if (adminUrl) {
		const database = await freshDatabase(adminUrl, `innomatch_shutdown_${process.pid}`);
		databaseUrl = database.url;
		dropDatabase = database.drop;
	}
	server = await startServer({ DATABASE_URL: databaseUrl, DEMO_DATA: '0' });
});

afterAll(async () => {
	await server?.stop();
	await dropDatabase();
});

/** Opens a raw connection and sends a request's headers and the first part of its body. */
async function startSlowRequest(base: string, path: string, body: string, firstPart: number) {
	const { hostname, port } = new URL(base);
	const socket: Socket = connect(Number(port), hostname);
	await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
	let received = '';
	socket.on('data', (chunk) => (received += chunk.toString('utf8')));
	const ended = new Promise<string>((resolve) => socket.once('close', () => resolve(received)));
	const bytes = Buffer.from(body, 'utf8');
	socket.write(
		`POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
			`Content-Length: ${bytes.length}\r\n\r\n`
	);
	socket.write(bytes.subarray(0, firstPart));
	return {
		/** sends the rest of the body; resolves with everything the server sent before closing */
		finish(): Promise<string> {
			socket.write(bytes.subarray(firstPart));
			return ended;
		}
	};
}

/** Polls until a new connection to `base` is refused (the listener closed), for at most ~10 s. */
async function refusedSoon(base: string): Promise<boolean> {
	for (let i = 0; i < 100; i++) {
		const refused = await fetch(`${base}/healthz`).then(
			() => false,
			() => true
		);
		if (refused) return true;
		await new Promise((r) => setTimeout(r, 100));
	}
	return false;
}

describe('graceful shutdown', () => {
	it('finishes the request in flight, refuses new connections and exits 0', async () => {
		const email = `shutdown-${process.pid}-${Date.now()}@example.com`;
		const body = JSON.stringify({ email, password: 'correct horse battery staple', name: 'Shutdown' });
		const slow = await startSlowRequest(server.baseUrl, '/api/v1/users', body, 10);
		// The server has the request (headers and part of the body) but cannot answer it yet.
		expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);

		const exitCode = server.stop();
		expect(await refusedSoon(server.baseUrl)).toBe(true);

		const response = await slow.finish();
		expect(response).toMatch(/^HTTP\/1\.1 201 /);
		expect(response).toContain(email);
		expect(await exitCode).toBe(0);
	});
});
