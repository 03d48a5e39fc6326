/**
 * Append-only integer columns backed by typed arrays. 100,000 startups hold about nine million
 * (term, frequency) pairs; plain arrays of numbers would take two to four times the memory.
 */

type IntArray = Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>;

/** A growable typed array; `data` may be longer than `length` (capacity doubles as it fills). */
export class IntList<T extends IntArray> {
	data: T;
	length = 0;

	constructor(
		private readonly make: (size: number) => T,
		capacity = 16
	) {
		this.data = make(Math.max(1, capacity));
	}

	push(value: number): void {
		if (this.length === this.data.length) {
			const grown = this.make(this.data.length * 2);
			grown.set(this.data);
			this.data = grown;
		}
		this.data[this.length++] = value;
	}

	/** The value at `index` (callers stay below `length`; the typed array reads 0 beyond it). */
	at(index: number): number {
		return this.data[index] ?? 0;
	}
}

/** A growable Int32 column. */
export function int32List(capacity?: number): IntList<Int32Array<ArrayBuffer>> {
	return new IntList((size) => new Int32Array(size), capacity);
}

/** A growable Uint16 column (term frequencies: saturated long before 65,535 anyway). */
export function uint16List(capacity?: number): IntList<Uint16Array<ArrayBuffer>> {
	return new IntList((size) => new Uint16Array(size), capacity);
}
