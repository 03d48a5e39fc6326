// Production entry: one HTTP server for pages, the JSON API and Socket.IO, on one port.
// Run `npm run build` first (npm start does both).
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import { registerIoServer } from './src/lib/server/realtime/io-handle.js';
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
const httpServer = createServer((req, res) => {
	if (stampScheme) req.headers[SCHEME_HEADER] = 'http';
	appHandler(req, res);
});
// Registered before the app loads, so the app's init hook finds it and attaches auth and rooms.
registerIoServer(new Server(httpServer, { serveClient: false }));

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

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		httpServer.close(() => process.exit(0));
		setTimeout(() => process.exit(0), 5000).unref();
	});
}
