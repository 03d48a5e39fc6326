/**
 * Pruning for the ranking kernel (select-startups.ts): upper bounds of scores, and the visit that
 * scores candidates by descending bound only while they can still enter the heap.
 */
import { FACTOR_COUNT, FACTOR_INDEX, combine, valuesOfDoc } from './factors';
import type { PreparedChallenge } from './prepare';
import type { Candidates, StartupIndex } from './startup-index';
import type { TopK } from './top-k';
import type { MatchStartup } from './types';

/** Scoring documents one by one costs about 1 µs each; past this many, one pass over postings is cheaper. */
const ONE_BY_ONE_LIMIT = 3000;
const BUCKETS = 101;
/** Terms in at most 1/20 of the documents are walked for the text bound; the others are bounded by their idf. */
const RARE_TERM_SHARE = 20;
/** Cheap bounds sum in another order than `combine`; this margin (in points) absorbs the rounding. */
export const MARGIN = 1e-6;

/** State of one selection. */
export interface Selection {
	p: PreparedChallenge;
	index: StartupIndex;
	shares: Float64Array;
	stanceOfDoc: ReadonlyMap<number, number>;
	top: TopK<MatchStartup>;
	values: Float64Array;
	/** BM25 of every document, once accumulated */
	bm25: Float64Array;
	isAccumulated?: boolean;
	oneByOne: number;
}

/**
 * Visits documents by descending loose bound; one that can still get into the heap gets its tight
 * bound (reading its own columns) and, if that can too, its exact score.
 */
export function visit(
	s: Selection,
	docs: ArrayLike<number>,
	boundOf: (doc: number) => number,
	tightBoundOf: (doc: number) => number,
	startups: readonly MatchStartup[],
	candidates: Candidates
): void {
	const { p, index, shares, stanceOfDoc, top, values } = s;
	const bounds = new Float64Array(docs.length);
	for (let j = 0; j < docs.length; j++) bounds[j] = boundOf(docs[j]!);
	const counts = new Int32Array(BUCKETS);
	for (const bound of bounds) counts[bucketOf(bound)] = counts[bucketOf(bound)]! + 1;
	// Counting sort: slot 0 holds the highest bucket.
	const slotStart = new Int32Array(BUCKETS + 1);
	for (let slot = 0; slot < BUCKETS; slot++)
		slotStart[slot + 1] = slotStart[slot]! + counts[BUCKETS - 1 - slot]!;
	const fill = slotStart.slice(0, BUCKETS);
	const order = new Int32Array(docs.length);
	for (let j = 0; j < docs.length; j++) {
		const slot = BUCKETS - 1 - bucketOf(bounds[j]!);
		order[fill[slot]!] = j;
		fill[slot] = fill[slot]! + 1;
	}

	for (let slot = 0; slot < BUCKETS; slot++) {
		if (BUCKETS - slot <= top.threshold) break; // every bound from here on is below the threshold
		for (let o = slotStart[slot]!, end = slotStart[slot + 1]!; o < end; o++) {
			const j = order[o]!;
			const doc = docs[j]!;
			if (bounds[j]! < top.threshold || tightBoundOf(doc) < top.threshold) continue;
			if (!s.isAccumulated && ++s.oneByOne > ONE_BY_ONE_LIMIT) {
				index.text.accumulate(p.query, s.bm25);
				s.isAccumulated = true;
			}
			const bm25 = s.isAccumulated ? s.bm25[doc]! : index.text.scoreDoc(p.query, doc);
			const startup = startups[positionOf(candidates, doc)]!;
			const stance = stanceOfDoc.get(doc) ?? 0;
			top.push(startup, combine(shares, valuesOfDoc(p, index, doc, bm25, stance, values)), startup.id);
		}
	}
}

/**
 * At most how many text points each document can earn: its BM25 over the query's rarer terms plus the
 * most the common ones (스타트업, 기술: long postings, small idf) could add, normalized like the factor.
 */
export function textBoundReader(
	p: PreparedChallenge,
	index: StartupIndex,
	shares: Float64Array,
	buffer: Float64Array
): (doc: number) => number {
	const share = shares[FACTOR_INDEX.text]!;
	const ideal = p.query.ideal;
	if (ideal <= 0 || share === 0) return () => 0;
	const common = index.text.boundParts(p.query, index.size / RARE_TERM_SHARE, buffer);
	return (doc) => share * Math.min(1, (buffer[doc]! + common) / ideal);
}

/** The best score without industry, tag or stance points: text, stage, collaboration and region at their best. */
export function restBound(p: PreparedChallenge, shares: Float64Array, withText: boolean): number {
	const best = new Float64Array(FACTOR_COUNT);
	best[FACTOR_INDEX.text] = withText && p.query.ideal > 0 ? 1 : 0;
	best[FACTOR_INDEX.stage] = Math.max(...p.stageFit);
	best[FACTOR_INDEX.collaboration] = p.offered.length === 0 ? 0.5 : 1;
	best[FACTOR_INDEX.region] = 1;
	return combine(shares, best);
}

/** The position in the candidate array of an indexed document (-1: not a candidate). */
export function positionOf(candidates: Candidates, doc: number): number {
	return candidates.positions ? candidates.positions[doc]! : doc;
}

function bucketOf(bound: number): number {
	return Math.max(0, Math.min(BUCKETS - 1, Math.floor(bound)));
}
