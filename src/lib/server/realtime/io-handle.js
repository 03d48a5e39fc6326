// The one place the Socket.IO server is handed from the HTTP server (server.js, or the Vite plugin in
// dev/preview) to the SvelteKit server bundle. The bundle is a separate module graph from server.js, so a
// module-level variable would exist twice; a registry symbol on globalThis exists once per process.
const IO_KEY = Symbol.for('innomatch.socket-io-server');

/** @param {import('socket.io').Server} io */
export function setIoServer(io) {
	/** @type {any} */ (globalThis)[IO_KEY] = io;
}

/** @returns {import('socket.io').Server | undefined} */
export function getIoServer() {
	return /** @type {any} */ (globalThis)[IO_KEY];
}

/**
 * Called by the SvelteKit bundle once its services are ready: it receives every io server registered
 * now and later (Vite replaces its HTTP server on restart), and attaches authentication and rooms to it.
 * @param {(io: import('socket.io').Server) => void} attach
 */
export function onIoServer(attach) {
	const g = /** @type {any} */ (globalThis);
	g[ATTACH_KEY] = attach;
	const io = /** @type {any} */ (getIoServer());
	if (io && !io[ATTACHED]) {
		io[ATTACHED] = true;
		attach(io);
	}
}

const ATTACH_KEY = Symbol.for('innomatch.socket-io-attach');
const ATTACHED = Symbol.for('innomatch.socket-io-attached');

/**
 * Creates the Socket.IO server on an HTTP server and registers it. If the app bundle already said how
 * to attach (a Vite restart), attach at once.
 * @param {import('socket.io').Server} io
 */
export function registerIoServer(io) {
	setIoServer(io);
	const attach = /** @type {any} */ (globalThis)[ATTACH_KEY];
	if (attach && !(/** @type {any} */ (io)[ATTACHED])) {
		/** @type {any} */ (io)[ATTACHED] = true;
		attach(io);
	}
}
