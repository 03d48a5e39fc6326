/**
 * The Meilisearch adapter, over the official `meilisearch` client. Writes wait for their task and
 * fail loudly when it fails (the outbox then retries); searches apply the visibility rule as a filter
 * built from server facts, so hits, totals and facet counts only ever include what the viewer may see.
 */
import {
	ErrorStatusCode,
	Meilisearch,
	MeilisearchApiError,
	type EnqueuedTaskPromise,
	type Index,
	type SearchParams
} from 'meilisearch';
import { allOf, assertValidFilter } from './filter';
import { toMeiliFilter } from './meilisearch-filter';
import {
	HIGHLIGHT_POST,
	HIGHLIGHT_PRE,
	QUERY_LOCALES,
	indexSettings,
	sortParameter,
	toMeiliDocument
} from './meilisearch-settings';
import {
	INDEX_NAMES,
	TEXT_FIELDS,
	pageWindow,
	type DocumentOf,
	type IndexName,
	type SearchEngine,
	type SearchQuery,
	type SearchResult,
	type Segment
} from './port';

export interface MeilisearchOptions {
	host: string;
	apiKey?: string;
	/** prepended to every index uid (tests use a unique one per run) */
	indexPrefix?: string;
	/** how long a write waits for its task, in ms */
	taskTimeoutMs?: number;
}

/** Documents per addDocuments call; far below Meilisearch's payload limit. */
const WRITE_BATCH = 1000;
const ID_PAGE = 1000;

/** The search port over a Meilisearch server (MEILI_URL), on indexes `<indexPrefix>startups` and `…challenges`. */
export class MeilisearchEngine implements SearchEngine {
	readonly kind = 'meilisearch' as const;
	private readonly client: Meilisearch;
	private readonly prefix: string;
	private readonly timeout: number;

	constructor(options: MeilisearchOptions) {
		this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey });
		this.prefix = options.indexPrefix ?? 'innomatch_';
		this.timeout = options.taskTimeoutMs ?? 60_000;
	}

	/** The Meilisearch index uid of one of ours. */
	uid(index: IndexName): string {
		return `${this.prefix}${index}`;
	}

	private index(index: IndexName): Index {
		return this.client.index(this.uid(index));
	}

	/**
	 * Waits for a task and throws when it did not succeed; `allowedError` (e.g. the index already
	 * exists) counts as success whether the server rejects the request or fails the task with it.
	 */
	private async settle(task: EnqueuedTaskPromise, allowedError?: string): Promise<void> {
		let done;
		try {
			done = await task.waitTask({ timeout: this.timeout });
		} catch (error) {
			if (allowedError && error instanceof MeilisearchApiError && error.cause?.code === allowedError) return;
			throw error;
		}
		if (done.status === 'succeeded') return;
		if (allowedError && done.error?.code === allowedError) return;
		throw new Error(
			`Meilisearch task ${done.uid} (${done.type}) ${done.status}: ${done.error?.message ?? 'no error given'}`
		);
	}

	async ensureIndexes(): Promise<void> {
		for (const index of INDEX_NAMES) {
			await this.settle(
				this.client.createIndex(this.uid(index), { primaryKey: 'id' }),
				ErrorStatusCode.INDEX_ALREADY_EXISTS
			);
			await this.settle(this.index(index).updateSettings(indexSettings(index)));
		}
	}

	async upsert<I extends IndexName>(index: I, docs: readonly DocumentOf[I][]): Promise<void> {
		for (let i = 0; i < docs.length; i += WRITE_BATCH) {
			const batch = docs.slice(i, i + WRITE_BATCH).map((doc) => toMeiliDocument(index, doc));
			await this.settle(this.index(index).addDocuments(batch, { primaryKey: 'id' }));
		}
	}

	async remove(index: IndexName, ids: readonly string[]): Promise<void> {
		if (ids.length === 0) return;
		await this.settle(this.index(index).deleteDocuments([...ids]));
	}

	async clear(index: IndexName): Promise<void> {
		await this.settle(this.index(index).deleteAllDocuments());
	}

	async ids(index: IndexName): Promise<string[]> {
		const ids: string[] = [];
		for (let offset = 0; ; offset += ID_PAGE) {
			const page = await this.index(index).getDocuments<{ id: string }>({
				fields: ['id'],
				limit: ID_PAGE,
				offset
			});
			for (const doc of page.results) ids.push(doc.id);
			if (page.results.length < ID_PAGE) return ids;
		}
	}

	/** Deletes this adapter's indexes (tests clean up with it). */
	async dropIndexes(): Promise<void> {
		for (const index of INDEX_NAMES)
			await this.settle(this.client.deleteIndex(this.uid(index)), ErrorStatusCode.INDEX_NOT_FOUND);
	}

	async search<I extends IndexName>(query: SearchQuery<I>): Promise<SearchResult> {
		assertValidFilter(query.index, query.visibility);
		if (query.filter) assertValidFilter(query.index, query.filter);
		const { page, limit } = pageWindow(query);
		const facets = [...(query.facets ?? [])];
		const filter = toMeiliFilter(allOf(query.visibility, query.filter));
		// Nothing is visible (or the filters exclude everything): no need to ask.
		if (filter === false)
			return { hits: [], total: 0, facets: Object.fromEntries(facets.map((f) => [f, {}])) };
		const q = query.q.trim();
		const fields: string[] = [...TEXT_FIELDS[query.index]];
		const highlight = query.highlight !== false;
		const params = {
			filter,
			facets,
			sort: sortParameter(query.index, query.sort ?? 'relevance', q.length > 0),
			page,
			hitsPerPage: limit,
			attributesToRetrieve: highlight ? ['id', ...fields] : ['id'],
			attributesToHighlight: highlight ? fields : [],
			highlightPreTag: HIGHLIGHT_PRE,
			highlightPostTag: HIGHLIGHT_POST,
			// Every word must match, as in the embedded engine (Meilisearch's default drops words).
			matchingStrategy: 'all' as const,
			locales: QUERY_LOCALES
		} satisfies SearchParams;
		// page + hitsPerPage: "finite pagination", whose totalHits is exact (up to maxTotalHits)
		const response = await this.index(query.index).search<Record<string, unknown>, typeof params>(q, params);
		const hits = response.hits.map((hit) => {
			const highlights: Record<string, Segment[]> = {};
			if (highlight) {
				for (const field of fields) {
					const formatted = hit._formatted?.[field] ?? hit[field];
					if (typeof formatted === 'string' && formatted.length > 0)
						highlights[field] = toSegments(formatted);
				}
			}
			return { id: String(hit.id), highlights };
		});
		const distribution = response.facetDistribution ?? {};
		return {
			hits,
			total: response.totalHits ?? 0,
			facets: Object.fromEntries(facets.map((f) => [f, sortedCounts(distribution[f] ?? {})]))
		};
	}
}

/** `_formatted` text with our markers → segments (markers never occur in indexed text). */
export function toSegments(formatted: string): Segment[] {
	const segments: Segment[] = [];
	let match = false;
	let start = 0;
	for (let i = 0; i <= formatted.length; i++) {
		const char = formatted[i];
		if (i < formatted.length && char !== HIGHLIGHT_PRE && char !== HIGHLIGHT_POST) continue;
		if (i > start) {
			const text = formatted.slice(start, i);
			const last = segments[segments.length - 1];
			if (last && last.match === match) last.text += text;
			else segments.push({ text, match });
		}
		if (char === HIGHLIGHT_PRE) match = true;
		else if (char === HIGHLIGHT_POST) match = false;
		start = i + 1;
	}
	return segments;
}

function sortedCounts(counts: Record<string, number>): Record<string, number> {
	return Object.fromEntries(
		Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
	);
}
