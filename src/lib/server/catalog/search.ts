import type { Database } from '$lib/server/db';
import type { Filter, SearchEngine, Segment } from '$lib/server/search/port';
import { visibilityFilter } from '$lib/server/search/visibility';
import { isCode, type TaxonomyKind } from '$lib/taxonomy';
import { listChallengeCards } from './challenges';
import type { CatalogQuery } from './schema';
import { listStartupCards } from './startups';
import type { Viewer } from './viewer';

// Catalog search: the engine finds ids (with visibility enforced inside the engine), Postgres supplies
// the cards. Cards come from public columns only, so even a stale index cannot leak a detail.

const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Query-string facet name → index field and the taxonomy its values must come from. */
const STARTUP_FACETS = {
	industry: { field: 'industries', kind: 'industries' },
	region: { field: 'region', kind: 'regions' },
	stage: { field: 'stage', kind: 'stages' },
	seeking: { field: 'seeking', kind: 'seeking' }
} as const;
const CHALLENGE_FACETS = {
	industry: { field: 'industries', kind: 'industries' },
	region: { field: 'regions', kind: 'regions' },
	collaborationType: { field: 'collaborationTypes', kind: 'collaborationTypes' },
	status: { field: 'status', kind: undefined }
} as const;
const CHALLENGE_STATUSES = new Set(['open', 'screening', 'closed', 'draft', 'archived']);

type FacetSpec = Record<string, { field: string; kind: TaxonomyKind | undefined }>;

/** Facet filters from the query: unknown codes are dropped (a stale bookmark shows more, never an error). */
function facetFilter(query: CatalogQuery, spec: FacetSpec): Filter {
	const clauses: Filter[] = [];
	for (const [param, { field, kind }] of Object.entries(spec)) {
		const values = asList(query[param as keyof CatalogQuery] as string | string[] | undefined).filter((v) =>
			kind ? isCode(kind, v) : CHALLENGE_STATUSES.has(v)
		);
		if (values.length) clauses.push({ field, in: values });
	}
	const tags = asList(query.tag)
		.map((t) => t.toLowerCase())
		.slice(0, 10);
	if (tags.length) clauses.push({ field: 'techTags', in: tags });
	return { and: clauses };
}

function renameFacets(facets: Record<string, Record<string, number>>, spec: FacetSpec) {
	return Object.fromEntries(Object.entries(spec).map(([param, { field }]) => [param, facets[field] ?? {}]));
}

const searchViewer = (v: Viewer) => ({
	signedIn: v.user !== undefined,
	isAdmin: v.isAdmin,
	organizationIds: v.organizationIds,
	managedCenterIds: v.managedCenterIds
});

export async function searchStartups(
	db: Database,
	engine: SearchEngine,
	viewer: Viewer,
	query: CatalogQuery
) {
	const result = await engine.search({
		index: 'startups',
		q: query.q,
		filter: facetFilter(query, STARTUP_FACETS),
		visibility: visibilityFilter('startups', searchViewer(viewer)),
		facets: ['industries', 'region', 'stage', 'seeking'],
		sort: query.sort === 'deadline' ? 'relevance' : query.sort,
		page: query.page,
		limit: query.limit
	});
	const highlights = new Map(result.hits.map((h) => [h.id, h.highlights]));
	const cards = await listStartupCards(
		db,
		viewer,
		result.hits.map((h) => h.id)
	);
	return {
		hits: cards.map((c) => ({ ...c, highlights: highlights.get(c.id) ?? ({} as Record<string, Segment[]>) })),
		total: result.total,
		page: query.page,
		limit: query.limit,
		facets: renameFacets(result.facets, STARTUP_FACETS)
	};
}

export async function searchChallenges(
	db: Database,
	engine: SearchEngine,
	viewer: Viewer,
	query: CatalogQuery
) {
	// The catalog shows open challenges unless other statuses are asked for (API.md: status=open by default).
	const q = asList(query.status).length === 0 ? { ...query, status: 'open' } : query;
	const result = await engine.search({
		index: 'challenges',
		q: q.q,
		filter: facetFilter(q, CHALLENGE_FACETS),
		visibility: visibilityFilter('challenges', searchViewer(viewer)),
		facets: ['industries', 'regions', 'collaborationTypes', 'status'],
		sort: q.sort,
		page: q.page,
		limit: q.limit
	});
	const highlights = new Map(result.hits.map((h) => [h.id, h.highlights]));
	const cards = await listChallengeCards(
		db,
		viewer,
		result.hits.map((h) => h.id)
	);
	return {
		hits: cards.map((c) => ({ ...c, highlights: highlights.get(c.id) ?? ({} as Record<string, Segment[]>) })),
		total: result.total,
		page: q.page,
		limit: q.limit,
		facets: renameFacets(result.facets, CHALLENGE_FACETS)
	};
}
