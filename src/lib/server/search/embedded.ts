/**
 * The embedded search engine: in-process indexes with the Korean-aware tokenizer, BM25F ranking,
 * prefix and typo matching, filters and facets over bitsets. It is the default when no Meilisearch
 * is configured; the index lives in the server's memory and is rebuilt from Postgres at start.
 */
import { allOf, assertValidFilter } from './filter';
import {
	TEXT_FIELDS,
	pageWindow,
	type DocumentOf,
	type IndexName,
	type SearchEngine,
	type SearchHit,
	type SearchQuery,
	type SearchResult,
	type Segment,
	type SortOrder
} from './port';
import { queryTerms } from './tokenizer';
import { countBits, createBitset, hasBit, setBit, type Bitset } from './memory/bitset';
import { countFacets } from './memory/facets';
import { FilterEvaluator } from './memory/filtering';
import { highlightText } from './memory/highlight';
import { COMMON_MIN_DOCUMENTS, matchText, type MatchedTerms, type TextMatch } from './memory/matching';
import {
	byDeadline,
	byDocument,
	byNewest,
	byScore,
	comparatorFor,
	SortedOrder,
	topK
} from './memory/ranking';
import { SPECS } from './memory/spec';
import { IndexStore } from './memory/store';

class IndexRuntime<D extends { id: string }> {
	readonly filters: FilterEvaluator;
	readonly newest = new SortedOrder(byNewest);
	readonly deadline = new SortedOrder(byDeadline);

	constructor(readonly store: IndexStore<D>) {
		this.filters = new FilterEvaluator(store);
	}
}

const NOTHING_MATCHED: MatchedTerms = { words: new Set(), needles: new Set() };

/** The next `limit` documents of `order` that are in `bits` (and not in `except`), after skipping `offset`. */
function walk(
	store: IndexStore<{ id: string }>,
	order: readonly number[],
	bits: Bitset,
	offset: number,
	limit: number,
	except?: Bitset
): number[] {
	const page: number[] = [];
	let skipped = 0;
	for (const n of order) {
		if (page.length === limit) break;
		if (!store.docs[n] || !hasBit(bits, n) || (except && hasBit(except, n))) continue;
		if (skipped++ < offset) continue;
		page.push(n);
	}
	return page;
}

/** The page of a text match in the requested order. */
function rankPage(
	store: IndexStore<{ id: string }>,
	match: TextMatch,
	sort: SortOrder,
	order: () => readonly number[],
	offset: number,
	limit: number
): number[] {
	if (match.bits && sort !== 'relevance') return walk(store, order(), match.bits, offset, limit);
	const compare =
		sort === 'relevance'
			? byScore(match.docs, match.scores, byNewest(store))
			: byDocument(match.docs, comparatorFor(sort, store));
	const page = topK(match.docs.length, offset + limit, compare)
		.slice(offset)
		.map((position) => match.docs[position]!);
	if (match.bits && page.length < limit) {
		// Past the documents that ranked above the rest come all the others, newest first.
		const ranked = createBitset(store.docs.length);
		for (const n of match.docs) setBit(ranked, n);
		const skip = Math.max(0, offset - match.docs.length);
		page.push(...walk(store, order(), match.bits, skip, limit - page.length, ranked));
	}
	return page;
}

export interface EmbeddedOptions {
	/**
	 * Index size from which words found in a quarter of the documents are matched through bitsets and
	 * ranked by their head only (see memory/matching.ts). Tests lower it to cover that path.
	 */
	commonMinDocuments?: number;
}

/** The in-process search engine (see the module comment); one instance per process. */
export class EmbeddedSearchEngine implements SearchEngine {
	readonly kind = 'embedded' as const;
	private readonly commonMinDocuments: number;

	constructor(options: EmbeddedOptions = {}) {
		this.commonMinDocuments = options.commonMinDocuments ?? COMMON_MIN_DOCUMENTS;
	}

	private readonly indexes: { [I in IndexName]: IndexRuntime<DocumentOf[I]> } = {
		startups: new IndexRuntime(new IndexStore(SPECS.startups)),
		challenges: new IndexRuntime(new IndexStore(SPECS.challenges))
	};

	async ensureIndexes(): Promise<void> {}

	async upsert<I extends IndexName>(index: I, docs: readonly DocumentOf[I][]): Promise<void> {
		const store = this.indexes[index].store as IndexStore<DocumentOf[I]>;
		for (const doc of docs) store.upsert(doc);
	}

	async remove(index: IndexName, ids: readonly string[]): Promise<void> {
		const { store } = this.indexes[index];
		for (const id of ids) store.remove(id);
	}

	async clear(index: IndexName): Promise<void> {
		this.indexes[index].store.clear();
	}

	async ids(index: IndexName): Promise<string[]> {
		return [...this.indexes[index].store.idToNumber.keys()];
	}

	/** Documents in an index (for diagnostics and the reindex CLI). */
	count(index: IndexName): number {
		return this.indexes[index].store.size;
	}

	async search<I extends IndexName>(query: SearchQuery<I>): Promise<SearchResult> {
		return this.searchNow(query);
	}

	/** {@link search}, synchronously: the work is all in memory. */
	searchNow<I extends IndexName>(query: SearchQuery<I>): SearchResult {
		assertValidFilter(query.index, query.visibility);
		if (query.filter) assertValidFilter(query.index, query.filter);
		const runtime = this.indexes[query.index] as IndexRuntime<{ id: string }>;
		const { store } = runtime;
		const { limit, offset } = pageWindow(query);
		const sort = query.sort ?? 'relevance';
		const facetFields = query.facets ?? [];
		// The visibility rule is part of the mask: hidden documents never reach scoring, totals or facets.
		const mask = runtime.filters.evaluate(allOf(query.visibility, query.filter));
		const terms = queryTerms(query.q);

		const order = () => (sort === 'deadline' ? runtime.deadline : runtime.newest).get(store);
		let page: number[];
		let total: number;
		let facets: SearchResult['facets'];
		let matched = NOTHING_MATCHED;
		if (terms.length === 0) {
			total = countBits(mask);
			page = walk(store, order(), mask, offset, limit);
			facets = countFacets(store, facetFields, { bits: mask, within: mask });
		} else {
			const match = matchText(store, terms, mask, this.commonMinDocuments);
			matched = match.matched;
			total = match.total;
			// With `bits`, `docs` holds only the documents ranked above the rest: count the bitset.
			const result = match.bits ? { bits: match.bits } : { docs: match.docs };
			facets = countFacets(store, facetFields, { ...result, within: mask });
			page = rankPage(store, match, sort, order, offset, limit);
		}
		const hits =
			query.highlight === false
				? page.map((n) => ({ id: store.ids[n]!, highlights: {} }))
				: page.map((n) => this.hit(query.index, store.docs[n]!, matched));
		return { hits, total, facets };
	}

	private hit(index: IndexName, doc: { id: string }, matched: MatchedTerms): SearchHit {
		const highlights: Record<string, Segment[]> = {};
		for (const field of TEXT_FIELDS[index]) {
			const text = (doc as unknown as Record<string, unknown>)[field];
			if (typeof text === 'string' && text.length > 0) highlights[field] = highlightText(text, matched);
		}
		return { id: doc.id, highlights };
	}
}
