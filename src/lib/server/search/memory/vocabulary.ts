/**
 * The terms of one index and their postings, with the two lookups a query needs beyond an exact
 * term: words starting with a prefix (search as you type) and Latin words within a few typos.
 * Entries (see entry.ts) are appended in document-number order, so every list is sorted by document.
 */
import { BIGRAM_PREFIX } from '../tokenizer';
import { DenseTerms } from './dense';
import { boundedDistance } from './fuzzy';

/** Unsorted new words are scanned linearly until there are this many; then they are merged in. */
const PENDING_LIMIT = 512;

export class Vocabulary {
	/** term → term id; ids index `terms` and `lists` */
	private readonly ids = new Map<string, number>();
	private terms: string[] = [];
	private lists: number[][] = [];
	readonly dense = new DenseTerms();
	/** whole words (no bigram terms), sorted, for prefix ranges */
	private sorted: string[] = [];
	private pending: string[] = [];
	/** Latin words without digits by first character: the candidates for typo matching */
	private readonly byFirstChar = new Map<string, string[]>();

	/** The posting list of a term, or undefined when no document has it. */
	postings(term: string): readonly number[] | undefined {
		const id = this.ids.get(term);
		return id === undefined ? undefined : this.lists[id];
	}

	/** Number of documents holding a term (dead ones included until the next compaction). */
	frequency(term: string): number {
		return this.postings(term)?.length ?? 0;
	}

	get size(): number {
		return this.ids.size;
	}

	/** The id of a term, registering it when new. */
	idOf(term: string): number {
		let id = this.ids.get(term);
		if (id !== undefined) return id;
		id = this.terms.length;
		this.ids.set(term, id);
		this.terms.push(term);
		this.lists.push([]);
		if (term.startsWith(BIGRAM_PREFIX)) return id;
		this.pending.push(term);
		if (isTypoCandidate(term)) {
			const bucket = this.byFirstChar.get(term[0]!);
			if (bucket) bucket.push(term);
			else this.byFirstChar.set(term[0]!, [term]);
		}
		return id;
	}

	/** The id of a known term. */
	find(term: string): number | undefined {
		return this.ids.get(term);
	}

	/** The posting list of a term by id. */
	listOf(id: number): readonly number[] {
		return this.lists[id]!;
	}

	/** Appends a posting entry to a term by id (entries come in document order), in an index of `documents` numbers. */
	append(id: number, entry: number, documents: number): void {
		const list = this.lists[id]!;
		list.push(entry);
		this.dense.onAppend(id, list, entry, documents);
	}

	/** Rewrites every posting list (compaction), then drops the terms left without postings. */
	rewrite(map: (list: number[]) => number[], documents: number): void {
		const terms: string[] = [];
		const lists: number[][] = [];
		this.ids.clear();
		this.terms.forEach((term, id) => {
			const next = map(this.lists[id]!);
			if (next.length === 0) return;
			this.ids.set(term, terms.length);
			terms.push(term);
			lists.push(next);
		});
		this.terms = terms;
		this.lists = lists;
		this.dense.rebuild(lists, documents);
		const known = (t: string) => this.ids.has(t);
		this.sorted = this.sorted.filter(known);
		this.pending = this.pending.filter(known);
		for (const [first, bucket] of this.byFirstChar) this.byFirstChar.set(first, bucket.filter(known));
	}

	/**
	 * Up to `limit` words starting with `prefix` (the prefix itself excluded), the most frequent
	 * first: a one-letter prefix must not expand into thousands of posting lists. Frequency is the
	 * posting length, which counts replaced documents until the next compaction.
	 */
	wordsWithPrefix(prefix: string, limit: number): string[] {
		this.mergePending();
		const found: string[] = [];
		let lo = 0;
		let hi = this.sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.sorted[mid]! < prefix) lo = mid + 1;
			else hi = mid;
		}
		for (let i = lo; i < this.sorted.length && this.sorted[i]!.startsWith(prefix); i++) {
			if (this.sorted[i] !== prefix) found.push(this.sorted[i]!);
		}
		for (const term of this.pending) if (term !== prefix && term.startsWith(prefix)) found.push(term);
		if (found.length <= limit) return found;
		return found.sort((a, b) => this.frequency(b) - this.frequency(a)).slice(0, limit);
	}

	/**
	 * Latin words within `max` typos of `word` (same first letter, as a typo there changes too much),
	 * with their distance; `asPrefix` compares against the words' prefixes.
	 */
	wordsWithin(word: string, max: number, asPrefix: boolean): { term: string; distance: number }[] {
		const found: { term: string; distance: number }[] = [];
		if (max === 0) return found;
		for (const term of this.byFirstChar.get(word[0]!) ?? []) {
			if (term === word) continue;
			const distance = boundedDistance(word, term, max, asPrefix);
			if (distance > 0 && distance <= max) found.push({ term, distance });
		}
		return found;
	}

	private mergePending(): void {
		if (this.pending.length < PENDING_LIMIT) return;
		this.sorted = this.sorted.concat(this.pending).sort();
		this.pending = [];
	}
}

function isTypoCandidate(term: string): boolean {
	if (term.length < 3) return false;
	for (let i = 0; i < term.length; i++) {
		const c = term.charCodeAt(i);
		if (c < 0x61 || c > 0x7a) return false;
	}
	return true;
}
