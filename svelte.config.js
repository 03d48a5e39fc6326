import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// hooks.server.ts does the same-origin check for every non-GET request, JSON included (and lets
		// bearer-token calls through), so Kit's own form-only check is replaced by a stricter one.
		csrf: { trustedOrigins: ['*'] },
		// Content-Security-Policy on every rendered page, with a fresh nonce for SvelteKit's own inline
		// script. Styles allow 'unsafe-inline' because Svelte's style: directives and the charts set style
		// attributes; scripts never do. frame-ancestors 'none': no page of ours may be framed (clickjacking).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
