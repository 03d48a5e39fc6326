/**
 * Ordering results: comparators for the three sorts, a bounded heap for the top k of a scored
 * result, and kept-sorted document orders so browsing (no query) walks documents already in order.
 */
import type { SortOrder } from '../port';
import type { IndexStore } from './store';

export type Compare = (a: number, b: number) => number;

/** newest first, then by id so equal times still give one stable order */
export function byNewest(store: IndexStore<{ id: string }>): Compare {
	const { createdAt, ids } = store;
	return (a, b) => createdAt[b]! - createdAt[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
}

/** soonest deadline first, none last, then newest */
export function byDeadline(store: IndexStore<{ id: string }>): Compare {
	const { deadline } = store;
	const newest = byNewest(store);
	return (a, b) => {
		const da = deadline[a]!;
		const db = deadline[b]!;
		if (da !== db) return da < db ? -1 : 1; // Infinity never subtracts to NaN this way
		return newest(a, b);
	};
}

/** Over positions of a scored result: highest score first, ties by `then` on the documents. */
export function byScore(docs: readonly number[], scores: readonly number[], then: Compare): Compare {
	return (a, b) => scores[b]! - scores[a]! || then(docs[a]!, docs[b]!);
}

/** Over positions of a result: `compare` on the documents at those positions. */
export function byDocument(docs: readonly number[], compare: Compare): Compare {
	return (a, b) => compare(docs[a]!, docs[b]!);
}

/** The first `k` of the positions 0 … count-1 in `compare` order, without sorting all of them. */
export function topK(count: number, k: number, compare: Compare): number[] {
	if (k <= 0 || count === 0) return [];
	if (count <= k * 4) {
		const all = Array.from({ length: count }, (_, i) => i);
		return all.sort(compare).slice(0, k);
	}
	// max-heap (by compare) of the best k seen so far; its root is the worst of them
	const heap: number[] = [];
	const worse = (i: number, j: number) => compare(heap[i]!, heap[j]!) > 0;
	const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
	for (let item = 0; item < count; item++) {
		if (heap.length === k) {
			if (compare(item, heap[0]!) >= 0) continue;
			heap[0] = item;
			for (let i = 0; ;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let top = i;
				if (l < k && worse(l, top)) top = l;
				if (r < k && worse(r, top)) top = r;
				if (top === i) break;
				swap(i, top);
				i = top;
			}
			continue;
		}
		heap.push(item);
		for (let i = heap.length - 1; i > 0;) {
			const parent = (i - 1) >> 1;
			if (!worse(i, parent)) break;
			swap(i, parent);
			i = parent;
		}
	}
	return heap.sort(compare);
}

/**
 * All document numbers in one sort order, kept across queries: rebuilt after a compaction or a bulk
 * load, else new documents are inserted by binary search. Dead numbers stay until the next rebuild;
 * walkers skip them.
 */
export class SortedOrder {
	private order: number[] = [];
	private seen = 0;
	private layout = -1;

	constructor(private readonly comparator: (store: IndexStore<{ id: string }>) => Compare) {}

	get(store: IndexStore<{ id: string }>): readonly number[] {
		const compare = this.comparator(store);
		const total = store.docs.length;
		if (this.layout !== store.layout || total - this.seen > 64) {
			this.order = [...store.idToNumber.values()].sort(compare);
		} else {
			for (let n = this.seen; n < total; n++) {
				if (!store.docs[n]) continue;
				let lo = 0;
				let hi = this.order.length;
				while (lo < hi) {
					const mid = (lo + hi) >>> 1;
					if (compare(this.order[mid]!, n) <= 0) lo = mid + 1;
					else hi = mid;
				}
				this.order.splice(lo, 0, n);
			}
		}
		this.layout = store.layout;
		this.seen = total;
		return this.order;
	}
}

export function comparatorFor(sort: SortOrder, store: IndexStore<{ id: string }>): Compare {
	return sort === 'deadline' ? byDeadline(store) : byNewest(store);
}
