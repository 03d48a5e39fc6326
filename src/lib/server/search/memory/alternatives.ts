/**
 * The ways one query word may match a document, each weighed against an exact match: its Hangul
 * stem, words it is a prefix of (last word only), Latin words within its typo budget, and (Hangul,
 * CJK) all of its bigrams, i.e. the word inside a compound.
 */
import { BIGRAM_PREFIX, type QueryTerm } from '../tokenizer';
import type { Vocabulary } from './vocabulary';

/** How much each kind of match counts against an exact one. */
export const WEIGHT = {
	exact: 1,
	stem: 0.9,
	/** a one-syllable stem of a two-syllable word (`도로` → `도`) is as likely a noun as a particle */
	shortStem: 0.4,
	prefix: 0.75,
	typo1: 0.55,
	typo2: 0.35,
	typoPrefix: 0.4,
	bigrams: 0.6
};

/**
 * A prefix expands into at most this many words, the most frequent ones; fewer for one or two
 * letters, which are a word still being typed and would otherwise expand into most of the index.
 */
function prefixExpansions(prefix: string): number {
	return prefix.length === 1 ? 10 : prefix.length === 2 ? 25 : 50;
}

export interface Alternative {
	term: string;
	id: number;
	list: readonly number[];
	weight: number;
}

/** The word's alternatives present in the index (one per term, the best weight kept). */
export function alternatives(vocabulary: Vocabulary, q: QueryTerm): Alternative[] {
	const found = new Map<string, Alternative>();
	const offer = (term: string, weight: number) => {
		const id = vocabulary.find(term);
		if (id === undefined || (found.get(term)?.weight ?? 0) >= weight) return;
		found.set(term, { term, id, list: vocabulary.listOf(id), weight });
	};
	offer(q.text, WEIGHT.exact);
	if (q.stem !== q.text) offer(q.stem, q.stem.length >= 2 ? WEIGHT.stem : WEIGHT.shortStem);
	// A Hangul or CJK word of two syllables or more already matches inside longer words through its
	// bigrams, which cover every word it is a prefix of: expanding the prefix too would only cost time.
	if (q.prefix && (q.script === 'latin' || q.stem.length < 2)) {
		for (const term of vocabulary.wordsWithPrefix(q.stem, prefixExpansions(q.stem)))
			offer(term, WEIGHT.prefix);
	}
	if (q.typos > 0) {
		for (const { term, distance } of vocabulary.wordsWithin(q.text, q.typos, false)) {
			offer(term, distance === 1 ? WEIGHT.typo1 : WEIGHT.typo2);
		}
		if (q.prefix) {
			for (const { term } of vocabulary.wordsWithin(q.text, q.typos, true)) offer(term, WEIGHT.typoPrefix);
		}
	}
	return [...found.values()];
}

/** The posting lists of the word's bigrams (rarest first), or undefined when one is missing. */
export function bigramLists(
	vocabulary: Vocabulary,
	q: QueryTerm
): { id: number; list: readonly number[] }[] | undefined {
	if (q.bigrams.length === 0) return undefined;
	const lists: { id: number; list: readonly number[] }[] = [];
	for (const gram of new Set(q.bigrams)) {
		const id = vocabulary.find(BIGRAM_PREFIX + gram);
		if (id === undefined) return undefined;
		lists.push({ id, list: vocabulary.listOf(id) });
	}
	return lists.sort((a, b) => a.list.length - b.list.length);
}

/** BM25's inverse document frequency. */
export function idf(documents: number, df: number): number {
	const n = Math.max(documents, df);
	return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
