import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getStartup } from '$lib/server/catalog/startups';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam } from '$lib/server/http/catalog-pages';
import { db } from '$lib/server/runtime';

// getStartup applies the profile's visibility (hidden and missing look the same: 404) and hands the
// business number and the completeness meter's facts only to the startup's own people.
export const load = (async ({ locals, params, url }) => {
	const viewer = await loadViewer(db(), locals.user);
	const startup = await getStartup(db(), viewer, idParam(params.id));
	if (!startup) error(404, 'Not found');
	return {
		startup,
		created: url.searchParams.has('created'),
		saved: url.searchParams.has('saved'),
		// Someone at a corporate may ask this startup for a meetup (the request page picks which corporate).
		canRequestMeetup: viewer.corporateIds.length > 0 && !startup.canEdit,
		timeZone: locals.user?.timeZone ?? 'Asia/Seoul'
	};
}) satisfies PageServerLoad;
