/**
 * Top-k selection with a bounded min-heap: O(n log k) time and O(k) memory, against O(n log n) and
 * O(n) for sorting every candidate. Order is total and deterministic: higher score first, then the
 * smaller id (plain UTF-16 comparison, not locale collation, so every machine agrees). NaN sorts last.
 */

/** A selected candidate with the score it was ranked by. */
export interface Ranked<T> {
	item: T;
	score: number;
	id: string;
}

/** Sort comparator for the ranking order (best first). */
export function byRank(a: { score: number; id: string }, b: { score: number; id: string }): number {
	if (a.score !== b.score) return b.score - a.score;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The best `k` of the items pushed so far. */
export class TopK<T> {
	private readonly scores: Float64Array;
	private readonly ids: string[] = [];
	private readonly items: T[] = [];
	private size = 0;

	constructor(readonly k: number) {
		this.scores = new Float64Array(Math.max(0, Math.floor(k)));
	}

	/** The score an item must beat to get in (−Infinity while there is room). */
	get threshold(): number {
		return this.size < this.scores.length ? -Infinity : this.scores[0]!;
	}

	/** Offers an item; kept only while it is among the best k. */
	push(item: T, score: number, id: string): void {
		const s = Number.isNaN(score) ? -Infinity : score;
		const capacity = this.scores.length;
		if (this.size < capacity) {
			this.siftUp(this.size++, s, id, item);
		} else if (capacity > 0 && isWorse(this.scores[0]!, this.ids[0]!, s, id)) {
			this.siftDown(s, id, item);
		}
	}

	/** The kept items, best first. */
	results(): Ranked<T>[] {
		const out: Ranked<T>[] = [];
		for (let i = 0; i < this.size; i++)
			out.push({ item: this.items[i]!, score: this.scores[i]!, id: this.ids[i]! });
		return out.sort(byRank);
	}

	/** Moves a new entry up from slot `at` while its parent is better (the root holds the worst). */
	private siftUp(at: number, score: number, id: string, item: T): void {
		while (at > 0) {
			const parent = (at - 1) >> 1;
			if (!isWorse(score, id, this.scores[parent]!, this.ids[parent]!)) break;
			this.set(at, this.scores[parent]!, this.ids[parent]!, this.items[parent]!);
			at = parent;
		}
		this.set(at, score, id, item);
	}

	/** Replaces the root (the worst kept) and moves the new entry down to its place. */
	private siftDown(score: number, id: string, item: T): void {
		let at = 0;
		for (;;) {
			const left = 2 * at + 1;
			if (left >= this.size) break;
			const right = left + 1;
			let worst = left;
			if (
				right < this.size &&
				isWorse(this.scores[right]!, this.ids[right]!, this.scores[left]!, this.ids[left]!)
			) {
				worst = right;
			}
			if (!isWorse(this.scores[worst]!, this.ids[worst]!, score, id)) break;
			this.set(at, this.scores[worst]!, this.ids[worst]!, this.items[worst]!);
			at = worst;
		}
		this.set(at, score, id, item);
	}

	private set(at: number, score: number, id: string, item: T): void {
		this.scores[at] = score;
		this.ids[at] = id;
		this.items[at] = item;
	}
}

/** True when (aScore, aId) ranks below (bScore, bId). */
function isWorse(aScore: number, aId: string, bScore: number, bId: string): boolean {
	return aScore < bScore || (aScore === bScore && aId > bId);
}

/** The best `k` candidates by `scoreFn`, best first; the same as sorting them all and taking k. */
export function rank<T extends { readonly id: string }>(
	candidates: Iterable<T>,
	scoreFn: (candidate: T) => number,
	k: number
): Ranked<T>[] {
	const top = new TopK<T>(k);
	for (const candidate of candidates) top.push(candidate, scoreFn(candidate), candidate.id);
	return top.results();
}
