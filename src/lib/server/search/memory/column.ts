/**
 * One keyword field of an index (industries, region, visibility, …) in two directions: documents by
 * value, for filters, and values by document as small integer ids, for facet counts that add into an
 * array instead of hashing strings.
 */
import type { Bitset } from './bitset';

export class KeywordColumn {
	private values: string[] = [];
	private idOf = new Map<string, number>();
	/** value ids of document n are ids[starts[n] .. starts[n + 1]) */
	private starts: number[] = [0];
	private ids: number[] = [];
	/** document numbers by value id, ascending */
	private docsByValue: number[][] = [];

	/** Records the values of the next document, which must be number `n`. */
	append(n: number, values: readonly string[]): void {
		while (this.starts.length <= n) this.starts.push(this.ids.length); // numbers without this field
		for (const value of new Set(values)) {
			let id = this.idOf.get(value);
			if (id === undefined) {
				id = this.values.push(value) - 1;
				this.idOf.set(value, id);
				this.docsByValue.push([]);
			}
			this.ids.push(id);
			this.docsByValue[id]!.push(n);
		}
		this.starts.push(this.ids.length);
	}

	/** Documents holding the value (dead ones included: callers test liveness). */
	docsWith(value: string): readonly number[] {
		const id = this.idOf.get(value);
		return id === undefined ? [] : this.docsByValue[id]!;
	}

	/**
	 * Counts by value id over a result: from its list when short (or when it has no bitset), else by
	 * scanning its bitset word by word.
	 */
	countIds(result: { docs?: readonly number[]; bits?: Bitset }, size: number): Int32Array {
		const counts = new Int32Array(this.values.length);
		if (result.docs && (result.docs.length * 8 < size || !result.bits)) {
			const docs = result.docs;
			for (let i = 0; i < docs.length; i++) this.countDocument(counts, docs[i]!);
		} else if (result.bits) {
			const bits = result.bits;
			for (let w = 0; w < bits.length; w++) {
				for (let word = bits[w]!; word !== 0; word &= word - 1) {
					this.countDocument(counts, (w << 5) + 31 - Math.clz32(word & -word));
				}
			}
		}
		return counts;
	}

	/** Counts by value id as value → count, zeros left out. */
	toMap(counts: Int32Array): Map<string, number> {
		const byValue = new Map<string, number>();
		for (let id = 0; id < counts.length; id++)
			if (counts[id]! > 0) byValue.set(this.values[id]!, counts[id]!);
		return byValue;
	}

	private countDocument(counts: Int32Array, n: number): void {
		const { starts, ids } = this;
		if (n + 1 >= starts.length) return;
		for (let j = starts[n]!, end = starts[n + 1]!; j < end; j++) counts[ids[j]!]!++;
	}

	/** Applies a compaction: `remap[n]` is the new number of document n, or -1 when it is gone. */
	rewrite(remap: Int32Array): void {
		const values = this.values;
		const starts = this.starts;
		const ids = this.ids;
		this.values = [];
		this.idOf = new Map();
		this.starts = [0];
		this.ids = [];
		this.docsByValue = [];
		for (let n = 0; n + 1 < starts.length; n++) {
			const to = remap[n] ?? -1;
			if (to < 0) continue;
			const own: string[] = [];
			for (let j = starts[n]!; j < starts[n + 1]!; j++) own.push(values[ids[j]!]!);
			this.append(to, own);
		}
	}
}
