import { Server } from 'socket.io';
import { registerIoServer } from './io-handle.js';

/**
 * Attaches Socket.IO to Vite's own HTTP server in `vite dev` and `vite preview`, so both behave like
 * the production server.js. configureServer runs again when Vite restarts its server, which creates a
 * fresh HTTP server; the new io is registered and the app's attach function is applied to it.
 * @returns {import('vite').Plugin}
 */
export function realtimeVitePlugin() {
	/** @param {import('node:http').Server | null | undefined} httpServer */
	const attach = (httpServer) => {
		if (!httpServer) return;
		registerIoServer(
			new Server(/** @type {import('node:http').Server} */ (httpServer), { serveClient: false })
		);
	};
	return {
		name: 'innomatch-realtime',
		configureServer(server) {
			attach(/** @type {any} */ (server.httpServer));
		},
		configurePreviewServer(server) {
			attach(/** @type {any} */ (server.httpServer));
		}
	};
}
