// The process's life, shared by server.js and the SvelteKit bundle (two module graphs, so the state
// lives on globalThis under registry symbols, as in realtime/io-handle.js).
const DRAINING = Symbol.for('innomatch.draining');
const STOPPERS = Symbol.for('innomatch.stoppers');
const IN_FLIGHT = Symbol.for('innomatch.requests-in-flight');

/**
 * Counts a request while the app handles it (hooks.server.ts), until its handler has finished, even
 * when the client hung up long before: shutdown waits for these before closing the database.
 * @returns {() => void} call once when the handler is done
 */
export function trackRequest() {
	const g = /** @type {any} */ (globalThis);
	g[IN_FLIGHT] = (g[IN_FLIGHT] ?? 0) + 1;
	let done = false;
	return () => {
		if (done) return;
		done = true;
		g[IN_FLIGHT] -= 1;
	};
}

/** @returns {number} */
export function requestsInFlight() {
	return /** @type {any} */ (globalThis)[IN_FLIGHT] ?? 0;
}

/** From now on /readyz answers 503, so a load balancer stops sending new work here. */
export function startDraining() {
	/** @type {any} */ (globalThis)[DRAINING] = true;
}

/** @returns {boolean} */
export function isDraining() {
	return /** @type {any} */ (globalThis)[DRAINING] === true;
}

/**
 * Registers what must stop cleanly at shutdown (workers, adapters, the database), run in reverse order
 * of registration: the database, registered first, closes last.
 * @param {string} name
 * @param {() => Promise<void>} stop
 */
export function onShutdown(name, stop) {
	const g = /** @type {any} */ (globalThis);
	(g[STOPPERS] ??= []).push({ name, stop });
}

/**
 * Runs the registered stops, each at most once, newest first; a failing stop is reported and the
 * others still run.
 * @param {(name: string, error: unknown) => void} [report]
 */
export async function runShutdown(report = () => {}) {
	const g = /** @type {any} */ (globalThis);
	/** @type {{ name: string, stop: () => Promise<void> }[]} */
	const stoppers = (g[STOPPERS] ?? []).splice(0).reverse();
	for (const { name, stop } of stoppers) {
		try {
			await stop();
		} catch (error) {
			report(name, error);
		}
	}
}
