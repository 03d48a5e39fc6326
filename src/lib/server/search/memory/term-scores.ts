/**
 * Per-document scores of one query word, and the walk that finds documents holding all of a word's
 * bigrams. The score array spans every document number and comes from a pool: allocating (and later
 * collecting) 200 KB per word per query would dominate small queries.
 */
import { IMPACT_BITS, LEVEL_MASK } from './entry';

const pool: Float32Array[] = [];

export class TermScores {
	readonly touched: number[] = [];
	readonly acc: Float32Array;

	constructor(size: number) {
		const pooled = pool.pop();
		this.acc = pooled && pooled.length >= size ? pooled : new Float32Array(Math.max(size, 1024));
	}

	/** Keeps, per document, the best score an entry gave it: `factor` × the entry's impact level. */
	offerPosting(list: readonly number[], factor: number): void {
		const { acc, touched } = this;
		for (let i = 0; i < list.length; i++) {
			const entry = list[i]!;
			const n = entry >>> IMPACT_BITS;
			const score = factor * (entry & LEVEL_MASK);
			const current = acc[n]!;
			if (score <= current) continue;
			if (current === 0) touched.push(n);
			acc[n] = score;
		}
	}

	offer(n: number, score: number): void {
		const current = this.acc[n]!;
		if (score <= current) return;
		if (current === 0) this.touched.push(n);
		this.acc[n] = score;
	}

	/** Zeroes what was written and returns the array to the pool; the object is unusable after. */
	release(): void {
		for (const n of this.touched) this.acc[n] = 0;
		pool.push(this.acc);
	}
}

/**
 * Calls `found(n, score)` for every document in all the lists (sorted by document, rarest first),
 * with the sum of `factors[i]` × its impact level in list i.
 */
export function walkConjunction(
	lists: readonly (readonly number[])[],
	factors: readonly number[],
	found: (n: number, score: number) => void
): void {
	const cursors = new Array<number>(lists.length).fill(0);
	const first = lists[0] ?? [];
	outer: for (let k = 0; k < first.length; k++) {
		const entry = first[k]!;
		const n = entry >>> IMPACT_BITS;
		let score = factors[0]! * (entry & LEVEL_MASK);
		for (let i = 1; i < lists.length; i++) {
			const list = lists[i]!;
			let c = cursors[i]!;
			while (c < list.length && list[c]! >>> IMPACT_BITS < n) c++;
			cursors[i] = c;
			if (c >= list.length) return;
			const other = list[c]!;
			if (other >>> IMPACT_BITS !== n) continue outer;
			score += factors[i]! * (other & LEVEL_MASK);
		}
		found(n, score);
	}
}
