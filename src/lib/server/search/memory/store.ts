/**
 * One in-memory index: the documents by number, their postings (BM25F impacts) and keyword lists.
 *
 * Every stored version of a document gets a fresh, increasing number, so posting and keyword lists
 * stay sorted by appending. Replacing or removing a document only marks its old number dead; once
 * dead numbers pile up the store is compacted (renumbered) in one pass.
 */
import { indexTerms } from '../tokenizer';
import { createBitset, setBit, type Bitset } from './bitset';
import { KeywordColumn } from './column';
import type { IndexSpec } from './spec';
import { encodeEntry, IMPACT_BITS, LEVEL_MASK, MAX_DOCUMENT_NUMBER } from './entry';
import { Vocabulary } from './vocabulary';

/** BM25 term-frequency saturation and length normalization, the usual values. */
const K1 = 1.2;
const B = 0.75;

const COMPACT_MIN_DEAD = 1024;

export class IndexStore<D extends { id: string }> {
	docs: (D | undefined)[] = [];
	/** by document number, kept for dead numbers too, so sorted orders can still compare them */
	ids: string[] = [];
	createdAt: number[] = [];
	/** epoch ms, Infinity for none (sorts last) */
	deadline: number[] = [];
	idToNumber = new Map<string, number>();
	vocabulary = new Vocabulary();
	/** keyword fields (all but `id`, which idToNumber answers) */
	columns = new Map<string, KeywordColumn>();
	/** bumps on every write; caches keyed on it go stale by themselves */
	generation = 0;
	/** bumps when document numbers change meaning (compaction, clear) */
	layout = 0;
	private dead = 0;
	/** per-term weighted frequencies of the document being indexed, by term id; all zero between documents */
	private scratch: Float64Array = new Float64Array(1024);
	private aliveCache: { generation: number; bits: Bitset } | undefined;

	constructor(readonly spec: IndexSpec<D>) {}

	get size(): number {
		return this.idToNumber.size;
	}

	upsert(doc: D): void {
		this.markDead(doc.id);
		if (this.docs.length > MAX_DOCUMENT_NUMBER) this.compact();
		const n = this.docs.length;
		if (n > MAX_DOCUMENT_NUMBER)
			throw new RangeError('the embedded search engine is full: configure Meilisearch');
		this.docs.push(doc);
		this.ids.push(doc.id);
		this.createdAt.push(this.spec.createdAt(doc));
		this.deadline.push(this.spec.deadline(doc) ?? Infinity);
		this.idToNumber.set(doc.id, n);
		this.indexText(doc, n);
		this.indexKeywords(doc, n);
		this.generation++;
		this.compactWhenWasteful();
	}

	remove(id: string): void {
		if (this.markDead(id)) this.generation++;
		this.compactWhenWasteful();
	}

	clear(): void {
		this.docs = [];
		this.ids = [];
		this.createdAt = [];
		this.deadline = [];
		this.idToNumber = new Map();
		this.vocabulary = new Vocabulary();
		this.columns = new Map();
		this.dead = 0;
		this.generation++;
		this.layout++;
	}

	/** The live documents as a bitset over document numbers. */
	alive(): Bitset {
		if (this.aliveCache?.generation === this.generation) return this.aliveCache.bits;
		const bits = createBitset(this.docs.length);
		for (const n of this.idToNumber.values()) setBit(bits, n);
		this.aliveCache = { generation: this.generation, bits };
		return bits;
	}

	private markDead(id: string): boolean {
		const n = this.idToNumber.get(id);
		if (n === undefined) return false;
		this.docs[n] = undefined;
		this.idToNumber.delete(id);
		this.dead++;
		return true;
	}

	/** BM25F: per term, the weighted, length-normalized frequency over the groups, then saturated. */
	private indexText(doc: D, n: number): void {
		const { vocabulary } = this;
		const touched: number[] = [];
		for (const group of this.spec.groups) {
			const terms = indexTerms(group.text(doc));
			if (terms.length === 0) continue;
			const add = group.weight / (1 - B + (B * terms.length) / group.typicalLength);
			for (const term of terms) {
				const id = vocabulary.idOf(term);
				if (id >= this.scratch.length) this.scratch = grow(this.scratch, id);
				if (this.scratch[id] === 0) touched.push(id);
				this.scratch[id]! += add;
			}
		}
		for (const id of touched) {
			const tf = this.scratch[id]!;
			this.scratch[id] = 0;
			const impact = (tf * (K1 + 1)) / (tf + K1) / (K1 + 1); // in (0, 1)
			vocabulary.append(id, encodeEntry(n, Math.max(1, Math.round(impact * LEVEL_MASK))), n + 1);
		}
	}

	private indexKeywords(doc: D, n: number): void {
		for (const field of this.spec.keywordFields) {
			if (field === 'id') continue;
			let column = this.columns.get(field);
			if (!column) this.columns.set(field, (column = new KeywordColumn()));
			column.append(n, this.spec.values(doc, field));
		}
	}

	private compactWhenWasteful(): void {
		if (this.dead >= COMPACT_MIN_DEAD && this.dead * 4 >= this.docs.length) this.compact();
	}

	/** Renumbers the live documents densely, keeping their order, and drops every dead entry. */
	private compact(): void {
		const remap = new Int32Array(this.docs.length).fill(-1);
		const docs: D[] = [];
		this.docs.forEach((doc, n) => {
			if (doc) remap[n] = docs.push(doc) - 1;
		});
		this.vocabulary.rewrite((list) => {
			const next: number[] = [];
			for (const entry of list) {
				const n = remap[entry >>> IMPACT_BITS]!;
				if (n >= 0) next.push(encodeEntry(n, entry & LEVEL_MASK));
			}
			return next;
		}, docs.length);
		for (const column of this.columns.values()) column.rewrite(remap);
		const keep = <T>(values: T[]) => values.filter((_, n) => remap[n]! >= 0);
		this.ids = keep(this.ids);
		this.createdAt = keep(this.createdAt);
		this.deadline = keep(this.deadline);
		this.docs = docs;
		this.idToNumber = new Map(docs.map((doc, n) => [doc.id, n]));
		this.dead = 0;
		this.generation++;
		this.layout++;
	}
}

function grow(array: Float64Array, index: number): Float64Array {
	const next = new Float64Array(Math.max(index + 1, array.length * 2));
	next.set(array);
	return next;
}
