// Handed from the SvelteKit bundle (which parses the configuration) to server.js (which listens).
// A globalThis symbol, because the two are separate module graphs in one process.
const KEY = Symbol.for('innomatch.listen-address');

/** @param {{ port: number, host: string }} address */
export function setListenAddress(address) {
	/** @type {any} */ (globalThis)[KEY] = address;
}

/** @returns {{ port: number, host: string } | undefined} */
export function getListenAddress() {
	return /** @type {any} */ (globalThis)[KEY];
}
