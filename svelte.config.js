import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// The custom server (server.js) does the origin check for every non-GET request in
		// hooks.server.ts, JSON included, so Kit's own form-only check is replaced, not weakened.
		csrf: { trustedOrigins: [] }
	}
};

export default config;
