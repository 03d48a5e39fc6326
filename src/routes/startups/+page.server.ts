import type { PageServerLoad } from './$types';
import { searchStartups } from '$lib/server/catalog/search';
import { loadViewer } from '$lib/server/catalog/viewer';
import { asList, readCatalogQuery } from '$lib/server/http/catalog-pages';
import { spendSearchOnPage } from '$lib/server/http/search-limit';
import { excerpt, hasMatch } from '$lib/components/catalog/excerpt';
import { db, searchEngine } from '$lib/server/runtime';

const PAGE_SIZE = 20;

// Public: the engine and the card query both apply the viewer's visibility (search.ts).
export const load = (async (event) => {
	const { locals, url } = event;
	const query = readCatalogQuery(url, PAGE_SIZE);
	spendSearchOnPage(event);
	const viewer = await loadViewer(db(), locals.user);
	const result = await searchStartups(db(), searchEngine(), viewer, query);
	return {
		// Only the highlighted fields a card shows travel to the page; a description is cut around its match.
		hits: result.hits.map(({ highlights, stewardCenterId: _steward, ...card }) => ({
			...card,
			marks: {
				name: highlights.name,
				nameEn: highlights.nameEn,
				summary: highlights.summary,
				description:
					hasMatch(highlights.description) && !hasMatch(highlights.summary)
						? excerpt(highlights.description!)
						: undefined
			}
		})),
		total: result.total,
		page: result.page,
		limit: result.limit,
		facets: result.facets,
		query: {
			q: query.q,
			sort: query.sort === 'deadline' ? 'relevance' : query.sort,
			industry: asList(query.industry),
			region: asList(query.region),
			stage: asList(query.stage),
			seeking: asList(query.seeking)
		},
		canCreate: viewer.user !== undefined
	};
}) satisfies PageServerLoad;
