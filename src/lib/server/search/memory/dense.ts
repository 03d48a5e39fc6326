/**
 * Companions of the posting lists of very common terms (`기술`, `스타트업`, `있습니다`): a bitset of
 * their documents and a head list of their high-impact entries (the term in a name or tag, or often).
 * A query word found in most documents is then matched with a few word-wise bitset operations and
 * ranked by its head alone, instead of reading tens of thousands of entries per query.
 *
 * Both are kept up to date as documents are appended; dead documents are masked out at query time.
 */
import type { Bitset } from './bitset';
import { IMPACT_BITS, IMPACT_LEVELS } from './entry';

/**
 * Entries at or above this impact level belong to the head: a match in a name (≈ 0.85), or in the
 * tags and the text together, but not in the tags alone (≈ 0.71) or the text alone (≤ 0.7).
 */
export const HEAD_LEVEL = Math.round(0.78 * IMPACT_LEVELS);

/** A term gets a bitset once it has this many documents and at least 1/DENSE_FRACTION of them. */
const DENSE_MIN = 1024;
const DENSE_FRACTION = 16;

export class DenseTerms {
	private bits: (Bitset | undefined)[] = [];
	private heads: (number[] | undefined)[] = [];
	/** length of every bitset, in 32-bit words */
	private words = 0;

	bitsOf(id: number): Bitset | undefined {
		return this.bits[id];
	}

	headOf(id: number): readonly number[] | undefined {
		return this.heads[id];
	}

	/** Called after `entry` was appended to the list of term `id`, in an index of `documents` numbers. */
	onAppend(id: number, list: readonly number[], entry: number, documents: number): void {
		const n = entry >>> IMPACT_BITS;
		const bits = this.bits[id];
		if (bits === undefined) {
			if (list.length >= DENSE_MIN && list.length * DENSE_FRACTION >= documents)
				this.promote(id, list, documents);
			return;
		}
		if (n >>> 5 >= this.words) this.grow(documents);
		this.bits[id]![n >>> 5]! |= 1 << (n & 31);
		if ((entry & (IMPACT_LEVELS - 1)) >= HEAD_LEVEL) this.heads[id]!.push(entry);
	}

	/** Forgets everything, then promotes again from rewritten lists (after a compaction). */
	rebuild(lists: readonly (readonly number[])[], documents: number): void {
		this.bits = [];
		this.heads = [];
		this.words = 0;
		lists.forEach((list, id) => {
			if (list.length >= DENSE_MIN && list.length * DENSE_FRACTION >= documents)
				this.promote(id, list, documents);
		});
	}

	private promote(id: number, list: readonly number[], documents: number): void {
		if (documents > this.words * 32) this.grow(documents);
		const bits = new Uint32Array(this.words);
		const head: number[] = [];
		for (const entry of list) {
			const n = entry >>> IMPACT_BITS;
			bits[n >>> 5]! |= 1 << (n & 31);
			if ((entry & (IMPACT_LEVELS - 1)) >= HEAD_LEVEL) head.push(entry);
		}
		this.bits[id] = bits;
		this.heads[id] = head;
	}

	/** Doubles the capacity of every bitset (amortized: a handful of times over an index's life). */
	private grow(documents: number): void {
		this.words = Math.max(this.words * 2, (documents + 31) >>> 5, 64);
		this.bits = this.bits.map((bits) => {
			if (!bits) return bits;
			const larger = new Uint32Array(this.words);
			larger.set(bits);
			return larger;
		});
	}
}
