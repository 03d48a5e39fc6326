import type { Reroute } from '@sveltejs/kit';
import { isMalformedRecordPath } from '$lib/record-paths';

/** A path no route matches: SvelteKit renders the site's 404 page (src/routes/+error.svelte). */
const NOT_FOUND = '/__not-found';

export const reroute: Reroute = ({ url }) => (isMalformedRecordPath(url.pathname) ? NOT_FOUND : undefined);
