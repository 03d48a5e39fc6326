/**
 * Fixed-size bitsets over document numbers: filters and visibility evaluate to one, so combining
 * them costs N/32 word operations instead of a test per document.
 */
export type Bitset = Uint32Array;

export function createBitset(size: number): Bitset {
	return new Uint32Array((size + 31) >>> 5);
}

export function setBit(bits: Bitset, n: number): void {
	bits[n >>> 5]! |= 1 << (n & 31);
}

export function hasBit(bits: Bitset, n: number): boolean {
	return ((bits[n >>> 5] ?? 0) & (1 << (n & 31))) !== 0;
}

// Bitsets may differ in length (a term's bitset only grows when it gains a document): missing words are 0.

/** a := a AND b */
export function intersectInto(a: Bitset, b: Bitset): void {
	const shared = Math.min(a.length, b.length);
	for (let i = 0; i < shared; i++) a[i]! &= b[i]!;
	a.fill(0, shared);
}

/** a := a OR b */
export function unionInto(a: Bitset, b: Bitset): void {
	const shared = Math.min(a.length, b.length);
	for (let i = 0; i < shared; i++) a[i]! |= b[i]!;
}

/** a := universe AND NOT a */
export function complementInto(a: Bitset, universe: Bitset): void {
	for (let i = 0; i < a.length; i++) a[i] = (universe[i] ?? 0) & ~a[i]!;
}

/** The members in ascending order. */
export function members(bits: Bitset): number[] {
	const result: number[] = [];
	for (let w = 0; w < bits.length; w++) {
		for (let word = bits[w]!; word !== 0; word &= word - 1)
			result.push((w << 5) + 31 - Math.clz32(word & -word));
	}
	return result;
}

export function countBits(bits: Bitset): number {
	let count = 0;
	for (let i = 0; i < bits.length; i++) {
		let v = bits[i]!;
		// SWAR popcount of a 32-bit word
		v = v - ((v >>> 1) & 0x55555555);
		v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
		count += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
	}
	return count;
}
