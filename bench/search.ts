/**
 * Catalog search benchmark (DESIGN.md: 50,000 startups, p95 ≤ 10 ms in process, and no slower than
 * MiniSearch with its default settings on the same data and queries).
 *
 * Both engines index the same synthetic startups and answer the same 200 queries in the same run.
 * Our engine does the whole catalog search (visibility filter, four facets, top 20, highlights);
 * MiniSearch does what its defaults do (OR of exact words over all results, sorted by score). Timings
 * are printed, never asserted.
 */
import MiniSearch from 'minisearch';
import { EmbeddedSearchEngine } from '../src/lib/server/search/embedded';
import type { StartupDocument } from '../src/lib/server/search/port';
import { MATCH_ALL } from '../src/lib/server/search/filter';
import { ANONYMOUS, visibilityFilter } from '../src/lib/server/search/visibility';
import { benchmarkQueries, syntheticStartupDocuments } from './search-queries';
import { collectGarbage, heapUsedMb, percentile, printTable } from './support';

const STARTUPS = 50_000;
const QUERIES = 200;
const ROUNDS = 5;

interface Measured {
	engine: string;
	indexMs: number;
	heapMb: number;
	timings: number[];
	withHits: number;
}

/**
 * Our engine, either doing the whole catalog search or (`idsOnly`) what MiniSearch does: the best
 * ids for the words, no facets, no highlights, no visibility rule.
 */
async function measureEmbedded(
	docs: StartupDocument[],
	queries: string[],
	idsOnly: boolean
): Promise<Measured> {
	collectGarbage();
	const before = heapUsedMb();
	const engine = new EmbeddedSearchEngine();
	const started = performance.now();
	await engine.upsert('startups', docs);
	const indexMs = performance.now() - started;
	const visibility = idsOnly ? MATCH_ALL : visibilityFilter('startups', ANONYMOUS);
	const facets = idsOnly ? [] : (['industries', 'region', 'stage', 'seeking'] as const);
	const search = (q: string) =>
		engine.search({ index: 'startups', q, visibility, facets, limit: 20, highlight: !idsOnly });
	let withHits = 0;
	for (const q of queries) if ((await search(q)).total > 0) withHits++; // also the warm-up
	collectGarbage();
	const heapMb = heapUsedMb() - before;
	const timings: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		for (const q of queries) {
			const t = performance.now();
			await search(q);
			timings.push(performance.now() - t);
		}
	}
	const engineName = idsOnly
		? 'Innomatch embedded, top 20 ids only'
		: 'Innomatch embedded, full catalog search';
	return { engine: engineName, indexMs, heapMb, timings, withHits };
}

function measureMiniSearch(docs: StartupDocument[], queries: string[]): Measured {
	collectGarbage();
	const before = heapUsedMb();
	// Default settings: only the fields to index are given (MiniSearch requires them).
	const mini = new MiniSearch<StartupDocument>({
		fields: ['name', 'nameEn', 'summary', 'description', 'techTags']
	});
	const started = performance.now();
	mini.addAll(docs);
	const indexMs = performance.now() - started;
	let withHits = 0;
	for (const q of queries) if (mini.search(q).length > 0) withHits++;
	collectGarbage();
	const heapMb = heapUsedMb() - before;
	const timings: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		for (const q of queries) {
			const t = performance.now();
			mini.search(q);
			timings.push(performance.now() - t);
		}
	}
	return { engine: 'MiniSearch (defaults)', indexMs, heapMb, timings, withHits };
}

/** Runs the search benchmark and prints its table. */
export async function run(): Promise<void> {
	console.log(
		`\nSearch: ${STARTUPS.toLocaleString('en')} synthetic startups, ${QUERIES} queries × ${ROUNDS} rounds`
	);
	const docs = syntheticStartupDocuments(STARTUPS, 7);
	const queries = benchmarkQueries(docs, QUERIES).map((entry) => entry.q);
	console.log(`sample queries: ${queries.slice(0, 16).join(' | ')}`);
	const ours = await measureEmbedded(docs, queries, false);
	const oursIdsOnly = await measureEmbedded(docs, queries, true);
	const mini = measureMiniSearch(docs, queries);
	const rows = [ours, oursIdsOnly, mini].map((m) => ({
		engine: m.engine,
		'index docs/s': Math.round(STARTUPS / (m.indexMs / 1000)).toLocaleString('en'),
		'heap MB': m.heapMb.toFixed(0),
		'p50 ms': percentile(m.timings, 50).toFixed(3),
		'p95 ms': percentile(m.timings, 95).toFixed(3),
		'p99 ms': percentile(m.timings, 99).toFixed(3),
		'queries with hits': `${m.withHits}/${queries.length}`
	}));
	printTable(rows);
	for (const m of [ours, oursIdsOnly]) {
		const ratio = (p: number) => percentile(m.timings, p) / percentile(mini.timings, p);
		console.log(
			`${m.engine} / MiniSearch: p50 ${ratio(50).toFixed(2)}×, p95 ${ratio(95).toFixed(2)}× ` +
				`(p95 ≤ 10 ms: ${percentile(m.timings, 95) <= 10 ? 'yes' : 'NO'}; ` +
				`p95 no slower than MiniSearch: ${ratio(95) <= 1 ? 'yes' : 'NO'})`
		);
	}
}
