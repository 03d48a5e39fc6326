/**
 * The search port: what the catalog asks of a search engine, implemented by the embedded engine
 * (in process) and by the Meilisearch adapter. Postgres stays the source of truth; an index only ever
 * holds copies built by documents.ts, and confidential challenge details are never part of them.
 */

export type IndexName = 'startups' | 'challenges';
export const INDEX_NAMES: readonly IndexName[] = ['startups', 'challenges'];

export type StartupVisibility = 'public' | 'members' | 'private';

/** A startup as the index sees it. Times are epoch milliseconds. */
export interface StartupDocument {
	id: string;
	name: string;
	nameEn: string | null;
	summary: string;
	description: string;
	industries: string[];
	techTags: string[];
	stage: string | null;
	region: string | null;
	seeking: string[];
	homeCenterId: string | null;
	stewardCenterId: string | null;
	visibility: StartupVisibility;
	createdAt: number;
	updatedAt: number;
}

/** A challenge as the index sees it: the public teaser only, never the confidential details. */
export interface ChallengeDocument {
	id: string;
	title: string;
	teaser: string;
	corporateId: string;
	corporateName: string;
	hostCenterId: string | null;
	industries: string[];
	techTags: string[];
	collaborationTypes: string[];
	preferredStages: string[];
	regions: string[];
	status: string;
	confidentiality: string;
	invitedStartupIds: string[];
	closesAt: number | null;
	createdAt: number;
}

export interface DocumentOf {
	startups: StartupDocument;
	challenges: ChallengeDocument;
}

/** Keyword fields a filter, a facet or the visibility rule may use, per index. */
export const FILTER_FIELDS = {
	startups: [
		'id',
		'industries',
		'techTags',
		'stage',
		'region',
		'seeking',
		'homeCenterId',
		'stewardCenterId',
		'visibility'
	],
	challenges: [
		'id',
		'corporateId',
		'hostCenterId',
		'industries',
		'techTags',
		'collaborationTypes',
		'preferredStages',
		'regions',
		'status',
		'confidentiality',
		'invitedStartupIds'
	]
} as const satisfies Record<IndexName, readonly string[]>;

export type FilterField<I extends IndexName = IndexName> = (typeof FILTER_FIELDS)[I][number];

/** Text fields that are searched and come back highlighted, most important first. */
export const TEXT_FIELDS = {
	startups: ['name', 'nameEn', 'summary', 'description'],
	challenges: ['title', 'corporateName', 'teaser']
} as const satisfies Record<IndexName, readonly string[]>;

/**
 * A small filter language, the same for both engines: `in` matches a document whose field (a value
 * or an array of values) holds at least one of the values. `{ and: [] }` is true, `{ or: [] }` and
 * `{ in: [] }` are false.
 */
export type Filter =
	| { field: string; in: readonly string[] }
	| { and: readonly Filter[] }
	| { or: readonly Filter[] }
	| { not: Filter };

export type SortOrder = 'relevance' | 'newest' | 'deadline';

export interface SearchQuery<I extends IndexName = IndexName> {
	index: I;
	/** what the person typed; empty means browse everything visible */
	q: string;
	/** the person's facet filters (validated codes) */
	filter?: Filter;
	/** who may see what, built by visibilityFilter() from server-side facts only; always applied */
	visibility: Filter;
	/** fields to count values of, over the visible matching documents */
	facets?: readonly FilterField<I>[];
	/** relevance (newest for an empty query), newest first, or deadline (soonest first, none last) */
	sort?: SortOrder;
	/** 1-based */
	page?: number;
	/** 1–100 */
	limit?: number;
	/** false skips the highlights (hits then carry an empty record); default true */
	highlight?: boolean;
}

/** A run of a field's text; `match` marks what the query matched. Plain text, nothing to escape. */
export interface Segment {
	text: string;
	match: boolean;
}

export interface SearchHit {
	id: string;
	/** every non-empty text field of the hit, cut into segments */
	highlights: Record<string, Segment[]>;
}

export interface SearchResult {
	hits: SearchHit[];
	/** visible documents matching the query and the filters */
	total: number;
	/** field → value → count, over the same documents as `total` */
	facets: Record<string, Record<string, number>>;
}

export interface SearchEngine {
	readonly kind: 'embedded' | 'meilisearch';
	/** Creates the indexes and applies their settings; safe to call on every start. */
	ensureIndexes(): Promise<void>;
	/** Adds or replaces documents by id. */
	upsert<I extends IndexName>(index: I, docs: readonly DocumentOf[I][]): Promise<void>;
	remove(index: IndexName, ids: readonly string[]): Promise<void>;
	clear(index: IndexName): Promise<void>;
	/** Every document id in the index (reindex uses it to find documents Postgres no longer has). */
	ids(index: IndexName): Promise<string[]>;
	search<I extends IndexName>(query: SearchQuery<I>): Promise<SearchResult>;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** Page and limit clamped to what every engine accepts. */
export function pageWindow(query: { page?: number; limit?: number }): {
	page: number;
	limit: number;
	offset: number;
} {
	const whole = (value: number | undefined, fallback: number) =>
		value !== undefined && Number.isFinite(value) ? Math.floor(value) : fallback;
	const limit = Math.min(MAX_LIMIT, Math.max(1, whole(query.limit, DEFAULT_LIMIT)));
	const page = Math.max(1, whole(query.page, 1));
	return { page, limit, offset: (page - 1) * limit };
}
