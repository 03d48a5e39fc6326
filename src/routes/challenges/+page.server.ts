import type { PageServerLoad } from './$types';
import { searchChallenges } from '$lib/server/catalog/search';
import { loadViewer } from '$lib/server/catalog/viewer';
import { asList, readCatalogQuery } from '$lib/server/http/catalog-pages';
import { spendSearchOnPage } from '$lib/server/http/search-limit';
import { db, searchEngine } from '$lib/server/runtime';

const PAGE_SIZE = 20;

// Public: visibility (drafts, invite-only) is applied by the engine and again by the card query;
// cards carry public columns only, never a challenge's confidential details.
export const load = (async (event) => {
	const { locals, url } = event;
	const query = readCatalogQuery(url, PAGE_SIZE);
	spendSearchOnPage(event);
	const viewer = await loadViewer(db(), locals.user);
	const result = await searchChallenges(db(), searchEngine(), viewer, query);
	const statuses = asList(query.status);
	return {
		hits: result.hits.map(({ highlights, ...card }) => ({
			...card,
			marks: { title: highlights.title, corporateName: highlights.corporateName, teaser: highlights.teaser }
		})),
		total: result.total,
		page: result.page,
		limit: result.limit,
		facets: result.facets,
		query: {
			q: query.q,
			sort: query.sort,
			industry: asList(query.industry),
			region: asList(query.region),
			collaborationType: asList(query.collaborationType),
			// The search shows open challenges when no status is asked for; the boxes say so.
			status: statuses.length ? statuses : ['open']
		},
		// Those who run challenges see their drafts and archived ones in the status facet.
		manages: viewer.isAdmin || viewer.corporateIds.length > 0 || viewer.managedCenterIds.length > 0,
		timeZone: locals.user?.timeZone ?? 'Asia/Seoul'
	};
}) satisfies PageServerLoad;
