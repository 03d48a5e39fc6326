/**
 * Text matching: every query word must match (AND), each through its best alternative (see
 * alternatives.ts). A document's score is the sum over the words of the best alternative's BM25F
 * weight, scaled by how exact it was.
 *
 * A word found in a quarter of the documents or more (`기술`, `있습니다`) hardly ranks anything (its
 * idf is near zero) but would cost a read of tens of thousands of entries. Such a common word is
 * matched through the dense bitsets (dense.ts) and scored from its head only: documents holding it in
 * a name or tag, or often, get their real score; every other document the same small base score.
 */
import type { QueryTerm } from '../tokenizer';
import { countBits, createBitset, hasBit, intersectInto, setBit, unionInto, type Bitset } from './bitset';
import { alternatives, bigramLists, idf, WEIGHT } from './alternatives';
import { IMPACT_BITS, LEVEL_MASK } from './entry';
import type { IndexStore } from './store';
import { TermScores, walkConjunction } from './term-scores';

/** A word in at least 1/COMMON_FRACTION of the documents takes the common path… */
const COMMON_FRACTION = 4;
/** …in indexes of at least this many documents (below, reading every entry is cheap anyway). */
export const COMMON_MIN_DOCUMENTS = 4096;
/** The score of a common word in a document outside its head, as an impact fraction. */
const BASE_IMPACT = 0.25;
/** A head ranks only when it holds at most 1/HEAD_SHARE of the word's documents. */
const HEAD_SHARE = 8;

/** What the highlighter marks: whole words that matched, and substrings found inside compounds. */
export interface MatchedTerms {
	words: Set<string>;
	needles: Set<string>;
}

export interface TextMatch {
	/** every match, or (when `bits` is set) only the ones that rank above the rest */
	docs: number[];
	/** score of docs[i] */
	scores: number[];
	/** all matches, when every word was common; the rest rank equal (then newest first) */
	bits?: Bitset;
	total: number;
	matched: MatchedTerms;
}

type WordMatch =
	{ common: false; scores: TermScores } | { common: true; bits: Bitset; head: TermScores; base: number };

function matchWord(
	store: IndexStore<{ id: string }>,
	q: QueryTerm,
	matched: MatchedTerms,
	commonMinDocuments: number
): WordMatch {
	const { vocabulary } = store;
	const size = store.docs.length;
	const alts = alternatives(vocabulary, q);
	const grams = bigramLists(vocabulary, q);
	for (const alt of alts) matched.words.add(alt.term);
	if (grams) matched.needles.add(q.stem.length >= 2 ? q.stem : q.text);
	const df = Math.max(grams?.[0]?.list.length ?? 0, ...alts.map((a) => a.list.length));
	const gramFactors = (grams ?? []).map(
		(g) => (WEIGHT.bigrams * idf(store.size, g.list.length)) / grams!.length / LEVEL_MASK
	);

	if (store.size < commonMinDocuments || df * COMMON_FRACTION < store.size) {
		const scores = new TermScores(size);
		for (const alt of alts)
			scores.offerPosting(alt.list, (alt.weight * idf(store.size, alt.list.length)) / LEVEL_MASK);
		if (grams)
			walkConjunction(
				grams.map((g) => g.list),
				gramFactors,
				(n, s) => scores.offer(n, s)
			);
		return { common: false, scores };
	}

	const bits = createBitset(size);
	const head = new TermScores(size);
	for (const alt of alts) {
		const factor = (alt.weight * idf(store.size, alt.list.length)) / LEVEL_MASK;
		const dense = vocabulary.dense.bitsOf(alt.id);
		if (dense) {
			unionInto(bits, dense);
			// A head holding a large share of the documents tells them apart no better than the base score.
			const top = vocabulary.dense.headOf(alt.id) ?? [];
			if (top.length * HEAD_SHARE <= alt.list.length) head.offerPosting(top, factor);
		} else {
			for (const entry of alt.list) setBit(bits, entry >>> IMPACT_BITS);
			head.offerPosting(alt.list, factor);
		}
	}
	if (grams) {
		const denseGrams = grams.map((g) => vocabulary.dense.bitsOf(g.id));
		if (denseGrams.every((b) => b !== undefined)) {
			const all = denseGrams[0]!.slice(0, bits.length);
			for (const other of denseGrams.slice(1)) intersectInto(all, other!);
			unionInto(bits, all);
		} else {
			walkConjunction(
				grams.map((g) => g.list),
				gramFactors,
				(n) => setBit(bits, n)
			);
		}
	}
	return { common: true, bits, head, base: WEIGHT.exact * idf(store.size, df) * BASE_IMPACT };
}

/** Matches the query words against the index; only documents in `mask` are returned. */
export function matchText(
	store: IndexStore<{ id: string }>,
	terms: readonly QueryTerm[],
	mask: Bitset,
	commonMinDocuments = COMMON_MIN_DOCUMENTS
): TextMatch {
	const matched: MatchedTerms = { words: new Set(), needles: new Set() };
	const words: WordMatch[] = [];
	try {
		for (const q of terms) words.push(matchWord(store, q, matched, commonMinDocuments));
		const rare = words
			.flatMap((w) => (w.common ? [] : [w.scores]))
			.sort((a, b) => a.touched.length - b.touched.length);
		const common = words.flatMap((w) => (w.common ? [w] : []));
		const scoreOf = (n: number): number => {
			let sum = 0;
			for (const scores of rare) {
				const s = scores.acc[n]!;
				if (s === 0) return 0;
				sum += s;
			}
			for (const w of common) {
				if (!hasBit(w.bits, n)) return 0;
				sum += Math.max(w.base, w.head.acc[n]!);
			}
			return sum;
		};
		const docs: number[] = [];
		const scores: number[] = [];
		if (rare.length > 0) {
			// Walk the rarest word's documents; every other word must match them too.
			for (const n of rare[0]!.touched) {
				if (!hasBit(mask, n)) continue;
				const score = scoreOf(n);
				if (score === 0) continue;
				docs.push(n);
				scores.push(score);
			}
			return { docs, scores, total: docs.length, matched };
		}
		const bits = mask.slice();
		for (const w of common) intersectInto(bits, w.bits);
		// Only documents in some head can rank above the base score every match shares.
		const shared = common.reduce((sum, w) => sum + w.base, 0);
		const seen = new Set<number>();
		for (const w of common) {
			for (const n of w.head.touched) {
				if (seen.has(n) || !hasBit(bits, n)) continue;
				seen.add(n);
				const score = scoreOf(n);
				if (score <= shared * (1 + 1e-9)) continue;
				docs.push(n);
				scores.push(score);
			}
		}
		return { docs, scores, bits, total: countBits(bits), matched };
	} finally {
		for (const w of words) (w.common ? w.head : w.scores).release();
	}
}
