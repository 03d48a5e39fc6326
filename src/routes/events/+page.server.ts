import type { PageServerLoad } from './$types';
import { listEvents } from '$lib/server/events/service';
import { pageViewer } from '$lib/server/http/floor-pages';
import { db } from '$lib/server/runtime';

// The days the viewer manages or takes part in (the service decides which); center managers and
// admins may also start a new one.
export const load = (async (event) => {
	const viewer = await pageViewer(event);
	const events = await listEvents(db(), viewer);
	const now = Date.now();
	return {
		upcoming: events.filter((e) => Date.parse(e.endsAt) >= now),
		past: events.filter((e) => Date.parse(e.endsAt) < now),
		canCreate: viewer.isAdmin || viewer.managedCenterIds.length > 0
	};
}) satisfies PageServerLoad;
