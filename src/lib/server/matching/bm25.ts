/**
 * BM25 (k1 = 1.2, b = 0.75) over the terms of the one Korean-aware tokenizer (search/tokenizer.ts), so
 * the matcher and the catalog search agree on what a word is: `충전소를` matches `충전소`, and a word
 * inside a compound matches through its syllable bigrams.
 *
 * A {@link Corpus} holds the statistics (document frequency per term, average length) and every
 * document's term frequencies (sorted by term id, CSR layout). Documents can be added at any time;
 * the inverted postings used to score all documents at once are rebuilt lazily (see ensurePostings).
 *
 * Every path sums a document's term scores in ascending term-id order starting from 0, so scoring one
 * document, scoring raw text and accumulating over postings give bit-identical results — which is
 * what lets the top-k ranking be checked for equality against a full sort.
 */
import { indexTerms } from '../search/tokenizer';
import { int32List, uint16List } from './int-list';
import { accumulatePostings, buildPostings, type Postings } from './postings';

export const K1 = 1.2;
export const B = 0.75;
const MAX_TF = 65_535;

/** A query against one corpus: the distinct terms it knows (others can match no document). */
export interface Bm25Query {
	/** ascending term ids: the summation order of every scoring path */
	readonly termIds: Int32Array;
	readonly terms: readonly string[];
	readonly idf: Float64Array;
	/**
	 * Σ idf: the score of an average-length document that contains every query term once (each term
	 * then scores exactly its idf). The matcher divides by it to get a 0–1 relevance.
	 */
	readonly ideal: number;
}

/** Term frequencies of a text, and its length in terms. */
export interface TermCounts {
	counts: ReadonlyMap<string, number>;
	length: number;
}

/** BM25's inverse document frequency (the Lucene form, never negative). */
export function idf(df: number, docs: number): number {
	return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
}

/** Tokenizes a text and counts its terms. */
export function countTerms(text: string): TermCounts {
	const terms = indexTerms(text);
	const counts = new Map<string, number>();
	for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
	return { counts, length: terms.length };
}

/** One term's share of a document's score; one expression everywhere, so results match bit for bit. */
function termScore(weight: number, tf: number, norm: number): number {
	return (weight * (tf * (K1 + 1))) / (tf + norm);
}

/** Documents, their term statistics and BM25 scoring. */
export class Corpus {
	private readonly vocabulary = new Map<string, number>();
	private readonly termsById: string[] = [];
	private readonly df = int32List(1024);
	/** term frequencies of the document being added, by term id; all zero between adds */
	private readonly tfScratch = int32List(1024);
	private readonly docStart = int32List(1024);
	private readonly docTerms = int32List(1024);
	private readonly docTfs = uint16List(1024);
	private readonly lengths = int32List(1024);
	private totalLength = 0;
	private readonly byId = new Map<string, number>();
	private postings: Postings | undefined;
	private norms = new Float64Array(0);
	private normsDocs = -1;

	constructor() {
		this.docStart.push(0);
	}

	get size(): number {
		return this.byId.size;
	}

	/** Average document length in terms (1 for an empty corpus, so length norms stay finite). */
	get averageLength(): number {
		return this.totalLength > 0 ? this.totalLength / this.size : 1;
	}

	/** Adds a document; returns its number. An id can be added once (rebuild the corpus after edits). */
	add(id: string, text: string): number {
		if (this.byId.has(id)) throw new Error(`document ${id} is already in the corpus`);
		// Count by term id in a reusable array: one map lookup per term, no per-document map.
		const terms = indexTerms(text);
		const distinct: number[] = [];
		for (const term of terms) {
			const termId = this.intern(term);
			const tf = this.tfScratch.data[termId]!;
			if (tf === 0) distinct.push(termId);
			this.tfScratch.data[termId] = tf + 1;
		}
		for (const termId of Int32Array.from(distinct).sort()) {
			this.docTerms.push(termId);
			this.docTfs.push(Math.min(this.tfScratch.data[termId]!, MAX_TF));
			this.tfScratch.data[termId] = 0;
			this.df.data[termId] = this.df.at(termId) + 1;
		}
		const length = terms.length;
		this.docStart.push(this.docTerms.length);
		this.lengths.push(length);
		this.totalLength += length;
		const doc = this.byId.size;
		this.byId.set(id, doc);
		return doc;
	}

	/** The number of a document, or -1. */
	indexOf(id: string): number {
		return this.byId.get(id) ?? -1;
	}

	/** Document frequency of a term (0 when no document has it). */
	documentFrequency(term: string): number {
		const termId = this.vocabulary.get(term);
		return termId === undefined ? 0 : this.df.at(termId);
	}

	/** Analyzes a query text with the tokenizer; each distinct term counts once (short texts). */
	query(text: string): Bm25Query {
		const ids = new Set<number>();
		for (const term of indexTerms(text)) {
			const termId = this.vocabulary.get(term);
			if (termId !== undefined) ids.add(termId);
		}
		const termIds = Int32Array.from(ids).sort();
		const weights = Float64Array.from(termIds, (termId) => idf(this.df.at(termId), this.size));
		let ideal = 0;
		for (const weight of weights) ideal += weight;
		return { termIds, terms: Array.from(termIds, (termId) => this.termsById[termId]!), idf: weights, ideal };
	}

	/** BM25 of one corpus document: a merge of two sorted term lists. */
	scoreDoc(query: Bm25Query, doc: number): number {
		const norm = this.ensureNorms()[doc]!;
		const terms = this.docTerms.data;
		const tfs = this.docTfs.data;
		const { termIds, idf: weights } = query;
		let i = this.docStart.at(doc);
		const end = this.docStart.at(doc + 1);
		let j = 0;
		let score = 0;
		while (i < end && j < termIds.length) {
			const term = terms[i]!;
			const wanted = termIds[j]!;
			if (term < wanted) i++;
			else if (term > wanted) j++;
			else score += termScore(weights[j++]!, tfs[i++]!, norm);
		}
		return score;
	}

	/** BM25 of a text outside the corpus (or a changed one), against the corpus statistics. */
	scoreCounts(query: Bm25Query, text: TermCounts): number {
		const norm = this.lengthNorm(text.length);
		let score = 0;
		for (let j = 0; j < query.termIds.length; j++) {
			const tf = text.counts.get(query.terms[j]!);
			if (tf) score += termScore(query.idf[j]!, Math.min(tf, MAX_TF), norm);
		}
		return score;
	}

	/** Writes every document's BM25 into `out[0 … size - 1]`, term at a time over the postings. */
	accumulate(query: Bm25Query, out: Float64Array): void {
		const postings = this.ensurePostings();
		const norms = this.ensureNorms();
		out.fill(0, 0, this.size);
		accumulatePostings(postings, query.termIds, query.idf, norms, out, termScore);
		for (let d = postings.docs; d < this.size; d++) out[d] = this.scoreDoc(query, d);
	}

	/**
	 * Parts of an upper bound of every document's BM25, for pruning: writes into `out` each document's
	 * score over the query terms held by at most `maxDf` documents (short postings, cheap to walk) and
	 * returns the most the other terms could add to any document (each at tf → ∞: idf × (k1 + 1)).
	 */
	boundParts(query: Bm25Query, maxDf: number, out: Float64Array): number {
		const postings = this.ensurePostings();
		out.fill(0, 0, this.size);
		const rare = query.termIds
			.map((termId, j) => (this.df.at(termId) <= maxDf ? j : -1))
			.filter((j) => j >= 0);
		let common = 0;
		query.idf.forEach((weight, j) => (common += rare.includes(j) ? 0 : weight * (K1 + 1)));
		const ids = rare.map((j) => query.termIds[j]!);
		const weights = Float64Array.from(rare, (j) => query.idf[j]!);
		accumulatePostings(postings, ids, weights, this.ensureNorms(), out, termScore);
		for (let d = postings.docs; d < this.size; d++) out[d] = this.scoreDoc(query, d); // the full score bounds its part
		return common;
	}

	private intern(term: string): number {
		let termId = this.vocabulary.get(term);
		if (termId === undefined) {
			termId = this.termsById.push(term) - 1;
			this.vocabulary.set(term, termId);
			this.df.push(0);
			this.tfScratch.push(0);
		}
		return termId;
	}

	private lengthNorm(length: number): number {
		return K1 * (1 - B + (B * length) / this.averageLength);
	}

	private ensureNorms(): Float64Array {
		if (this.normsDocs !== this.size) {
			this.norms = Float64Array.from(this.lengths.data.subarray(0, this.size), (length) =>
				this.lengthNorm(length)
			);
			this.normsDocs = this.size;
		}
		return this.norms;
	}

	/**
	 * The inverted postings. A few documents added since the last build are scored one by one; once they
	 * are more than an eighth of the corpus the postings are rebuilt, O(total terms).
	 */
	private ensurePostings(): Postings {
		const current = this.postings;
		if (current && this.size - current.docs <= Math.max(64, current.docs >> 3)) return current;
		this.postings = buildPostings({
			docs: this.size,
			vocabularySize: this.termsById.length,
			df: this.df.data,
			docStart: this.docStart.data,
			docTerms: this.docTerms.data,
			docTfs: this.docTfs.data
		});
		return this.postings;
	}
}
