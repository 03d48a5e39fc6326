import type { LayoutServerLoad } from './$types';
import { getEvent } from '$lib/server/events/service';
import { idParam } from '$lib/server/http/catalog-pages';
import { pageOrError, pageViewer } from '$lib/server/http/floor-pages';
import { db } from '$lib/server/runtime';

// The day's header for every tab: 404 for strangers (as if it did not exist). This is for the header
// only; each page's own load authorizes again, since a client-side navigation may skip this load.
export const load = (async (event) => {
	const viewer = await pageViewer(event);
	const day = await pageOrError(() => getEvent(db(), viewer, idParam(event.params.id)));
	return { event: day, manages: day.viewer.manages };
}) satisfies LayoutServerLoad;
