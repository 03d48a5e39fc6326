/**
 * Inverted postings (term → documents and frequencies) built from per-document term lists by a
 * counting sort: two passes, no per-term arrays, documents in ascending order within each term.
 */

export interface Postings {
	/** documents covered: 0 … docs - 1 */
	docs: number;
	/** term t's entries are start[t] … start[t + 1] - 1 */
	start: Int32Array;
	doc: Int32Array;
	tf: Uint16Array;
}

/** Per-document term lists (CSR): document d's terms are docTerms[docStart[d]] … docTerms[docStart[d + 1] - 1]. */
export interface TermLists {
	docs: number;
	vocabularySize: number;
	/** documents per term */
	df: Int32Array;
	docStart: Int32Array;
	docTerms: Int32Array;
	docTfs: Uint16Array;
}

/** Builds the postings of every document of `lists`. */
export function buildPostings(lists: TermLists): Postings {
	const { docs, vocabularySize, df, docStart, docTerms, docTfs } = lists;
	const start = new Int32Array(vocabularySize + 1);
	for (let t = 0; t < vocabularySize; t++) start[t + 1] = start[t]! + df[t]!;
	const cursor = start.slice(0, vocabularySize);
	const total = docStart[docs]!;
	const doc = new Int32Array(total);
	const tf = new Uint16Array(total);
	for (let d = 0; d < docs; d++) {
		for (let i = docStart[d]!, end = docStart[d + 1]!; i < end; i++) {
			const term = docTerms[i]!;
			const at = cursor[term]!;
			cursor[term] = at + 1;
			doc[at] = d;
			tf[at] = docTfs[i]!;
		}
	}
	return { docs, start, doc, tf };
}

/**
 * Adds, term at a time, `score(weight, tf, norm of the document)` of every posting of the given terms
 * to `out[document]`. Terms are visited in the order given, so each document's sum is built in that
 * order, starting from whatever `out` holds (0 for a BM25 score).
 */
export function accumulatePostings(
	postings: Postings,
	termIds: Int32Array,
	weights: Float64Array,
	norms: Float64Array,
	out: Float64Array,
	score: (weight: number, tf: number, norm: number) => number
): void {
	const { start, doc, tf } = postings;
	for (let j = 0; j < termIds.length; j++) {
		const termId = termIds[j]!;
		if (termId + 1 >= start.length) continue; // a term first seen after the build: only in later documents
		const weight = weights[j]!;
		for (let p = start[termId]!, end = start[termId + 1]!; p < end; p++) {
			const d = doc[p]!;
			out[d] = out[d]! + score(weight, tf[p]!, norms[d]!);
		}
	}
}
