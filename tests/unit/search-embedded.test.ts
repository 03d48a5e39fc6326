import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticStartupDocuments } from '../../bench/search-queries';
import { EmbeddedSearchEngine } from '../../src/lib/server/search/embedded';
import { MATCH_ALL } from '../../src/lib/server/search/filter';
import type { SearchQuery, StartupDocument } from '../../src/lib/server/search/port';
import { ANONYMOUS, visibilityFilter } from '../../src/lib/server/search/visibility';

// Large-index behaviour the contract suite's small catalog never reaches: dense bitsets for common
// words (from 4,096 documents) and compaction after many removals. Each is checked against an engine
// that reads every posting entry, which must find exactly the same documents.

const QUERIES = [
	'기술',
	'기술 스타트업',
	'있습니다 투자',
	'ai',
	'iot 기술',
	'스마트팜',
	'헬스케어를',
	'e',
	'batt',
	'logistcs'
];
const FACETS = ['industries', 'region', 'stage', 'seeking'] as const;
/** Indexing thousands of documents is quick, but not on a busy machine: generous time limits. */
const SLOW = { timeout: 60_000 };

let docs: StartupDocument[];
beforeAll(() => {
	docs = syntheticStartupDocuments(6000, 3);
}, 60_000);

async function compare(
	a: EmbeddedSearchEngine,
	b: EmbeddedSearchEngine,
	q: string,
	extra: Partial<SearchQuery<'startups'>> = {}
) {
	const query: SearchQuery<'startups'> = {
		index: 'startups',
		q,
		visibility: visibilityFilter('startups', ANONYMOUS),
		facets: FACETS,
		limit: 50,
		...extra
	};
	const [x, y] = await Promise.all([a.search(query), b.search(query)]);
	expect(x.total, q).toBe(y.total);
	expect(x.facets, q).toEqual(y.facets);
	return [x, y] as const;
}

describe('embedded engine on a large index', () => {
	it('matches common words through bitsets exactly as reading every entry does', SLOW, async () => {
		const fast = new EmbeddedSearchEngine();
		const exact = new EmbeddedSearchEngine({ commonMinDocuments: Number.POSITIVE_INFINITY });
		await fast.upsert('startups', docs);
		await exact.upsert('startups', docs);
		for (const q of QUERIES) {
			const [x, y] = await compare(fast, exact, q, { sort: 'newest' });
			expect(
				x.hits.map((h) => h.id),
				q
			).toEqual(y.hits.map((h) => h.id));
			// relevance may order differently, but every page is drawn from the same matches
			const [rx] = await compare(fast, exact, q, { page: 2, limit: 20 });
			expect(rx.hits.length, q).toBe(Math.min(20, Math.max(0, y.total - 20)));
		}
	});

	it(
		'gives the same results after removals, replacements and a compaction as a fresh index',
		SLOW,
		async () => {
			const churned = new EmbeddedSearchEngine();
			await churned.upsert('startups', docs);
			const removed = docs.filter((_, i) => i % 3 === 0).map((d) => d.id);
			await churned.remove('startups', removed); // 2,000 of 6,000: compacts
			const renamed = docs.filter((_, i) => i % 3 === 1).map((d) => ({ ...d, name: `${d.name} 리뉴얼` }));
			await churned.upsert('startups', renamed);
			const fresh = new EmbeddedSearchEngine();
			const kept = new Map(docs.filter((_, i) => i % 3 !== 0).map((d) => [d.id, d]));
			for (const d of renamed) kept.set(d.id, d);
			await fresh.upsert('startups', [...kept.values()]);
			// (not `e`: which ten words a one-letter prefix expands to depends on posting sizes, which
			// count replaced documents until the next compaction)
			for (const q of [...QUERIES.filter((q) => q !== 'e'), '리뉴얼']) {
				const [x, y] = await compare(churned, fresh, q, { sort: 'newest' });
				expect(
					x.hits.map((h) => h.id),
					q
				).toEqual(y.hits.map((h) => h.id));
			}
			expect((await churned.ids('startups')).sort()).toEqual([...kept.keys()].sort());
		}
	);

	it('ranks name matches above text matches', SLOW, async () => {
		const engine = new EmbeddedSearchEngine();
		await engine.upsert('startups', docs);
		// synthetic names repeat; any startup of that name may come first, but one of them must
		const name = docs[42]!.name;
		const result = await engine.search({ index: 'startups', q: name, visibility: MATCH_ALL, limit: 5 });
		const first = result.hits[0]!.highlights.name!.map((s) => s.text).join('');
		expect(first).toBe(name);
	});
});
