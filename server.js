// Production entry: one HTTP server for pages, the JSON API and Socket.IO, on one port.
// Run `npm run build` first (npm start does both).
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import { registerIoServer } from './src/lib/server/realtime/io-handle.js';
import { requestsInFlight, runShutdown, startDraining } from './src/lib/server/lifecycle.js';
import { securityHeaders } from './src/lib/server/security-headers.js';
import { getListenAddress } from './src/lib/server/listen-address.js';

/** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} */
let appHandler = (_req, res) => {
	res.statusCode = 503;
	res.end('starting');
};
// adapter-node assumes https unless told otherwise. Without ORIGIN (set it behind a TLS proxy), the
// scheme is the one this plain-HTTP server actually speaks, stamped on each request under a header name
// of our own, overwriting anything a client sent under that name.
const SCHEME_HEADER = 'x-innomatch-scheme';
const stampScheme = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (stampScheme) process.env.PROTOCOL_HEADER = SCHEME_HEADER;

// The app's listener is installed first: Socket.IO wraps the listeners present when it attaches, so
// its own path (/socket.io) is answered by it and everything else reaches SvelteKit.
const production = process.env.NODE_ENV === 'production';
const plainHeaders = Object.entries(securityHeaders({ production, https: false }));
const tlsHeaders = Object.entries(securityHeaders({ production, https: true }));
const behindTls = (/** @type {import('node:http').IncomingMessage} */ req) =>
	process.env.ORIGIN?.startsWith('https:') ||
	(!!process.env.PROTOCOL_HEADER &&
		!stampScheme &&
		req.headers[process.env.PROTOCOL_HEADER.toLowerCase()] === 'https');
const httpServer = createServer((req, res) => {
	if (stampScheme) req.headers[SCHEME_HEADER] = 'http';
	for (const [name, value] of behindTls(req) ? tlsHeaders : plainHeaders) res.setHeader(name, value);
	appHandler(req, res);
});
// Registered before the app loads, so the app's init hook finds it and attaches auth and rooms.
const io = new Server(httpServer, { serveClient: false });
// Socket.IO answers its own path before our request listener runs: its responses get the headers here.
io.engine.on('headers', (/** @type {Record<string, string>} */ headers, /** @type {any} */ req) => {
	for (const [name, value] of behindTls(req) ? tlsHeaders : plainHeaders) headers[name] = value;
});
registerIoServer(io);

// adapter-node refuses bodies over BODY_SIZE_LIMIT (512 KB by default); logos may be 2 MB as multipart.
// The JSON API keeps its own, smaller limit (src/lib/server/http/api.ts).
process.env.BODY_SIZE_LIMIT ??= '3M';

// The auto-scheduler runs in a worker thread bundled beside the app (npm run build:worker), so a big
// matchmaking day neither stalls other requests nor holds back its progress events.
const schedulerWorker = fileURLToPath(new URL('./build/schedule-worker.js', import.meta.url));
if (!process.env.SCHEDULER_WORKER && existsSync(schedulerWorker))
	process.env.SCHEDULER_WORKER = schedulerWorker;

// Importing the handler runs SvelteKit's init hook: configuration, migrations, demo data.
const { handler } = await import('./build/handler.js');
appHandler = handler;

const { port, host } = getListenAddress() ?? { port: 3000, host: '0.0.0.0' };
httpServer.listen(port, host, () => {
	console.log(`Innomatch listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
});

// Graceful shutdown (SIGTERM from an orchestrator, Ctrl-C by hand): /readyz turns 503 at once, the
// listener closes so new connections go to other processes, requests in flight finish (for at most
// SHUTDOWN_TIMEOUT_MS), this process's sockets are closed so their clients reconnect elsewhere, then
// the workers stop after their current run and the database closes.
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);
let stopping = false;
/** @param {string} signal */
async function shutdown(signal) {
	if (stopping) return;
	stopping = true;
	console.log(`${signal}: draining`);
	startDraining();
	// A stop that hangs must not keep a stopped process around forever.
	setTimeout(() => process.exit(1), shutdownTimeoutMs + 10_000).unref();
	// Only this process's sockets, told to reconnect (with an adapter, io.disconnectSockets() would
	// close other processes' too). io.close() then closes the adapter and the listener, and calls back
	// once the requests in flight have finished.
	io.local.disconnectSockets(true);
	const drained = new Promise((resolve) => io.close(() => resolve(undefined)));
	// A keep-alive connection whose last response has gone out would hold the close open until its
	// client or the keep-alive timeout ends it: close each one as soon as it falls idle.
	httpServer.closeIdleConnections();
	const sweep = setInterval(() => httpServer.closeIdleConnections(), 100);
	const deadline = setTimeout(() => httpServer.closeAllConnections(), shutdownTimeoutMs);
	deadline.unref();
	await drained;
	// Connections can be gone while their handlers still run (the client hung up): wait for those too,
	// as long as the deadline allows, before the database closes under them.
	const until = Date.now() + shutdownTimeoutMs;
	while (requestsInFlight() > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
	clearInterval(sweep);
	clearTimeout(deadline);
	await runShutdown((name, error) => console.error(`shutdown: ${name} failed`, error));
	process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void shutdown(signal));
