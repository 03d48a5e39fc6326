/**
 * Matcher benchmark (DESIGN.md: top 20 of 100,000 startups for one challenge, p95 ≤ 10 ms once the
 * candidates are loaded, identical results to a full sort) and a quality check against a baseline.
 *
 * Speed: the bounded-heap ranking (columns + BM25 accumulated over postings) against a naive ranking
 * that scores every startup one by one (BM25 per document) and sorts them all, in the same run, with a
 * check that both return the same top 20 with the same exact scores. Timings are printed, never asserted.
 *
 * Quality: nDCG@10 with the synthetic generator's planted fits as graded relevance (the best planted
 * startup 10, the next 9, …; linear gain), for the matcher and for a plain tag-overlap count.
 */
import { pathToFileURL } from 'node:url';
import { generateSynthetic } from '../seeds/synthetic';
import type { SeedChallenge, SeedStartup } from '../seeds/data/types';
import { FACTOR_COUNT, combine, valuesOfDoc, weightShares } from '../src/lib/server/matching/factors';
import { prepareChallenge } from '../src/lib/server/matching/prepare';
import { selectStartups } from '../src/lib/server/matching/rank';
import { score, type MatchContext } from '../src/lib/server/matching/score';
import { StartupIndex, tagKey } from '../src/lib/server/matching/startup-index';
import { TopK, byRank, type Ranked } from '../src/lib/server/matching/top-k';
import { DEFAULT_WEIGHTS, type MatchChallenge, type MatchStartup } from '../src/lib/server/matching/types';
import { collectGarbage, heapUsedMb, percentile, printTable } from './support';

const STARTUPS = 100_000;
const CHALLENGES = 50;
const K = 20;
const HEAP_RUNS = 300;
const NAIVE_RUNS = 20;
const EVERY_ROUNDS = 6;
const SEED = 11;

function toMatchStartup(s: SeedStartup): MatchStartup {
	return {
		id: s.slug,
		name: s.name,
		industries: s.industries,
		techTags: s.techTags,
		stage: s.stage,
		region: s.region,
		homeCenterId: s.homeCenter,
		seeking: s.seeking,
		text: `${s.name} ${s.summary} ${s.description}`
	};
}

/** Status is left out: the quality check ranks every challenge, closed ones included. */
function toMatchChallenge(c: SeedChallenge): MatchChallenge {
	return {
		id: c.slug,
		title: c.title,
		corporateId: c.corporate,
		hostCenterId: c.hostCenter,
		industries: c.industries,
		techTags: c.techTags,
		collaborationTypes: c.collaborationTypes,
		preferredStages: c.preferredStages,
		regions: c.regions,
		text: `${c.title} ${c.teaser}`
	};
}

/** Score every startup one at a time (BM25 per document, no postings), sort them all, keep k. */
function naiveTop(challenge: MatchChallenge, ctx: MatchContext, k: number): Ranked<MatchStartup>[] {
	const { index } = ctx;
	const p = prepareChallenge(challenge, index);
	const shares = weightShares(DEFAULT_WEIGHTS);
	const values = new Float64Array(FACTOR_COUNT);
	const all: Ranked<MatchStartup>[] = [];
	for (let doc = 0; doc < index.size; doc++) {
		valuesOfDoc(p, index, doc, index.text.scoreDoc(p.query, doc), 0, values);
		const startup = index.startups[doc]!;
		all.push({ item: startup, score: combine(shares, values), id: startup.id });
	}
	return all.sort(byRank).slice(0, k);
}

/** The baseline: how many of the challenge's tech tags a startup has. */
function tagOverlapTop(challenge: MatchChallenge, startups: readonly MatchStartup[], k: number): string[] {
	const wanted = new Set(challenge.techTags.map(tagKey));
	const top = new TopK<MatchStartup>(k);
	for (const s of startups) {
		let overlap = 0;
		for (const tag of new Set(s.techTags.map(tagKey))) if (wanted.has(tag)) overlap++;
		top.push(s, overlap, s.id);
	}
	return top.results().map((r) => r.id);
}

/** nDCG@k with linear gain: planted[0] has relevance planted.length, the last one 1, others 0. */
function ndcg(ranked: readonly string[], planted: readonly string[], k: number): number {
	const relevance = new Map(planted.map((id, i) => [id, planted.length - i]));
	const dcg = (ids: readonly string[]) =>
		ids.slice(0, k).reduce((sum, id, i) => sum + (relevance.get(id) ?? 0) / Math.log2(i + 2), 0);
	const ideal = dcg(planted);
	return ideal > 0 ? dcg(ranked) / ideal : 0;
}

function recall(ranked: readonly string[], planted: readonly string[], k: number): number {
	const top = new Set(ranked.slice(0, k));
	return planted.length ? planted.filter((id) => top.has(id)).length / planted.length : 0;
}

/** Typed arrays live outside the JS heap; count them too. */
function arrayBuffersMb(): number {
	return process.memoryUsage().arrayBuffers / 1024 / 1024;
}

function time(fn: () => unknown): number {
	const started = performance.now();
	fn();
	return performance.now() - started;
}

const sameTop = (a: readonly Ranked<MatchStartup>[], b: readonly Ranked<MatchStartup>[]) =>
	a.length === b.length && a.every((r, i) => r.id === b[i]!.id && r.score === b[i]!.score);

/** Runs the matcher benchmark and prints its tables. */
export function run(): void {
	console.log(`\nMatcher: top ${K} of ${STARTUPS.toLocaleString('en')} synthetic startups`);
	const world = generateSynthetic({ startups: STARTUPS, challenges: CHALLENGES, seed: SEED });
	const startups = world.startups.map(toMatchStartup);
	const challenges = world.challenges.map(toMatchChallenge);
	collectGarbage();
	const heapBefore = heapUsedMb() + arrayBuffersMb();
	let index = new StartupIndex();
	const loadMs = time(() => (index = StartupIndex.from(startups)));
	const ctx: MatchContext = { index };
	const challenge = challenges[0]!;
	selectStartups(challenge, index.startups, ctx, DEFAULT_WEIGHTS, K); // builds postings and norms once
	collectGarbage();
	const heapMb = heapUsedMb() + arrayBuffersMb() - heapBefore;
	console.log(
		`candidates loaded in ${(loadMs / 1000).toFixed(1)} s (index ${heapMb.toFixed(0)} MB of heap and typed arrays; not timed below)`
	);
	console.log(`challenge: ${challenge.title} — tags ${challenge.techTags.join(', ')}`);

	const heapTimes: number[] = [];
	const naiveTimes: number[] = [];
	let heapTop: Ranked<MatchStartup>[] = [];
	let naiveTop20: Ranked<MatchStartup>[] = [];
	for (let i = 0; i < 10; i++) selectStartups(challenge, index.startups, ctx, DEFAULT_WEIGHTS, K); // warm-up
	for (let i = 0; i < HEAP_RUNS; i++) {
		heapTimes.push(
			time(() => (heapTop = selectStartups(challenge, index.startups, ctx, DEFAULT_WEIGHTS, K)))
		);
	}
	for (let i = 0; i < NAIVE_RUNS; i++)
		naiveTimes.push(time(() => (naiveTop20 = naiveTop(challenge, ctx, K))));
	// The same kernel over every challenge, so the p95 does not hang on one challenge's shape.
	const everyTimes: number[] = [];
	for (let round = 0; round < EVERY_ROUNDS; round++) {
		for (const c of challenges)
			everyTimes.push(time(() => selectStartups(c, index.startups, ctx, DEFAULT_WEIGHTS, K)));
	}
	const rows: [string, number[]][] = [
		['bounded heap + pruning, one challenge', heapTimes],
		['naive: score all, full sort, one challenge', naiveTimes],
		[`bounded heap + pruning, ${CHALLENGES} challenges × ${EVERY_ROUNDS}`, everyTimes]
	];
	printTable(
		rows.map(([method, t]) => ({
			method,
			runs: String(t.length),
			'p50 ms': percentile(t, 50).toFixed(2),
			'p95 ms': percentile(t, 95).toFixed(2),
			'p99 ms': percentile(t, 99).toFixed(2)
		}))
	);
	const ratio = (p: number) => (percentile(naiveTimes, p) / percentile(heapTimes, p)).toFixed(1);
	const verdict = (t: number[]) => (percentile(t, 95) <= 10 ? 'yes' : 'NO');
	console.log(`naive / heap (one challenge): p50 ${ratio(50)}×, p95 ${ratio(95)}×`);
	console.log(
		`heap p95 ≤ 10 ms: ${verdict(heapTimes)} (one challenge), ${verdict(everyTimes)} (every challenge)`
	);
	console.log(
		`identical top ${K} (ids and exact scores), heap vs full sort: ${sameTop(heapTop, naiveTop20) ? 'PASS' : 'FAIL'}`
	);
	const explained = heapTop.every((r) => score(r.item, challenge, ctx).exact === r.score);
	console.log(`score() of each winner equals its ranking score: ${explained ? 'PASS' : 'FAIL'}`);
	const agreeing = challenges.filter((c) =>
		sameTop(selectStartups(c, index.startups, ctx, DEFAULT_WEIGHTS, K), naiveTop(c, ctx, K))
	);
	console.log(
		`identical top ${K} on every challenge: ${agreeing.length}/${challenges.length} ${agreeing.length === challenges.length ? 'PASS' : 'FAIL'}`
	);

	const quality = { matcher: { ndcg: 0, recall: 0 }, baseline: { ndcg: 0, recall: 0 } };
	for (const c of challenges) {
		const planted = world.plantedFits[c.id] ?? [];
		const ours = selectStartups(c, index.startups, ctx, DEFAULT_WEIGHTS, 10).map((r) => r.id);
		const baseline = tagOverlapTop(c, index.startups, 10);
		quality.matcher.ndcg += ndcg(ours, planted, 10) / challenges.length;
		quality.matcher.recall += recall(ours, planted, 10) / challenges.length;
		quality.baseline.ndcg += ndcg(baseline, planted, 10) / challenges.length;
		quality.baseline.recall += recall(baseline, planted, 10) / challenges.length;
	}
	console.log(`\nQuality over ${challenges.length} challenges (planted fits as graded relevance):`);
	printTable([
		{
			ranker: 'matcher (default weights)',
			'nDCG@10': quality.matcher.ndcg.toFixed(3),
			'recall@10': quality.matcher.recall.toFixed(3)
		},
		{
			ranker: 'baseline: tag-overlap count',
			'nDCG@10': quality.baseline.ndcg.toFixed(3),
			'recall@10': quality.baseline.recall.toFixed(3)
		}
	]);
	console.log(`matcher / baseline nDCG@10: ${(quality.matcher.ndcg / quality.baseline.ndcg).toFixed(2)}×`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) run();
