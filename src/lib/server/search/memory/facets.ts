/**
 * Facet counts over a result set, field by field through the keyword columns.
 *
 * Most large results are most of what the viewer may see (browsing, a common word). Their counts are
 * those of everything visible — computed once per visibility mask and index version, then reused —
 * minus the counts of the few visible documents the result leaves out.
 */
import { countBits, createBitset, members as membersOf, setBit, type Bitset } from './bitset';
import type { IndexStore } from './store';

/** The documents to count over: a bitset, a list, or both, and the mask they were drawn from. */
export interface ResultSet {
	bits?: Bitset;
	docs?: readonly number[];
	/** the visibility and filter mask the result lies within (a cached, unchanging bitset) */
	within?: Bitset;
}

/** Per mask object: its size, and counts by value id per field. Masks die with their index version. */
const maskCounts = new WeakMap<Bitset, { size: number; fields: Map<string, Int32Array> }>();

export function countFacets(
	store: IndexStore<{ id: string }>,
	fields: readonly string[],
	result: ResultSet
): Record<string, Record<string, number>> {
	const facets: Record<string, Record<string, number>> = {};
	if (fields.length === 0) return facets;
	const size = store.docs.length;
	const { within } = result;
	let outside: Bitset | undefined; // visible documents the result leaves out
	if (within) {
		let cached = maskCounts.get(within);
		if (!cached) maskCounts.set(within, (cached = { size: countBits(within), fields: new Map() }));
		const count = result.bits ? countBits(result.bits) : (result.docs?.length ?? 0);
		if (count * 2 > cached.size) {
			const bits = result.bits ?? toBitset(result.docs ?? [], size);
			outside = new Uint32Array(within.length);
			for (let i = 0; i < within.length; i++) outside[i] = within[i]! & ~(bits[i] ?? 0);
		}
	}
	// Counting from a list beats scanning the bitset once per field: list its members once.
	const members = !outside && result.bits && !result.docs ? { docs: membersOf(result.bits) } : result;
	for (const field of fields) {
		const column = store.columns.get(field);
		if (!column) {
			facets[field] = {};
			continue;
		}
		let counts: Int32Array;
		if (outside && within) {
			const cached = maskCounts.get(within)!.fields;
			let all = cached.get(field);
			if (!all) cached.set(field, (all = column.countIds({ bits: within }, size)));
			const left = column.countIds({ bits: outside }, size);
			counts = all.map((c, id) => c - (left[id] ?? 0));
		} else {
			counts = column.countIds(members, size);
		}
		// most frequent first, then by value, so equal inputs always print the same
		facets[field] = Object.fromEntries(
			[...column.toMap(counts)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
		);
	}
	return facets;
}

function toBitset(docs: readonly number[], size: number): Bitset {
	const bits = createBitset(size);
	for (const n of docs) setBit(bits, n);
	return bits;
}
