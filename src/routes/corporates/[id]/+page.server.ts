import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getCorporate } from '$lib/server/catalog/corporates';
import { catalogQuery } from '$lib/server/catalog/schema';
import { searchChallenges } from '$lib/server/catalog/search';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam } from '$lib/server/http/catalog-pages';
import { db, searchEngine } from '$lib/server/runtime';

const STATUS_ORDER = ['open', 'screening', 'draft', 'closed', 'archived'];

export const load = (async ({ locals, params, url }) => {
	const viewer = await loadViewer(db(), locals.user);
	const corporate = await getCorporate(db(), viewer, idParam(params.id));
	if (!corporate) error(404, 'Not found');
	// The catalog query has no corporate filter: search for the corporate's name (indexed with each of
	// its challenges) and keep its own. The engine and the card query apply the viewer's visibility.
	const query = catalogQuery.parse({
		q: corporate.name,
		status: corporate.canEdit ? STATUS_ORDER : ['open', 'screening', 'closed'],
		sort: 'newest',
		limit: 100
	});
	const result = await searchChallenges(db(), searchEngine(), viewer, query);
	const challenges = result.hits
		.filter((c) => c.corporateId === corporate.id)
		.map(({ highlights: _h, ...card }) => card)
		.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
	return {
		corporate,
		challenges,
		saved: url.searchParams.has('saved'),
		// Someone at a startup may ask this corporate for a meetup (the request page picks which startup).
		canRequestMeetup: viewer.startupIds.length > 0 && !corporate.canEdit,
		timeZone: locals.user?.timeZone ?? 'Asia/Seoul'
	};
}) satisfies PageServerLoad;
