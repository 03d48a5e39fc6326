/**
 * Filters (the user's and the visibility rule) evaluated to a bitset of live documents. Results and
 * leaf results are cached until the next write, so the visibility rule of a new viewer — the shared
 * `public` or `public, members` leaf plus a few ids of their own — costs a handful of word-wise ORs.
 */
import { isIn, simplifyFilter } from '../filter';
import type { Filter } from '../port';
import { complementInto, createBitset, intersectInto, setBit, unionInto, type Bitset } from './bitset';
import type { IndexStore } from './store';

const CACHE_LIMIT = 256;

export class FilterEvaluator {
	private cache = new Map<string, Bitset>();
	private generation = -1;

	constructor(private readonly store: IndexStore<{ id: string }>) {}

	/** Live documents matching `filter`; the result is shared, callers must not modify it. */
	evaluate(filter: Filter): Bitset {
		if (this.generation !== this.store.generation) {
			this.cache.clear();
			this.generation = this.store.generation;
		}
		const simple = simplifyFilter(filter);
		if (simple === true) return this.store.alive();
		if (simple === false) return createBitset(this.store.docs.length);
		// The whole result is cached too: the same object back means facet counts over it can be reused.
		const key = JSON.stringify(simple);
		let bits = this.cache.get(key);
		if (!bits) {
			bits = this.node(simple);
			this.remember(key, bits);
		}
		return bits;
	}

	private node(filter: Filter): Bitset {
		if (isIn(filter)) return this.leaf(filter.field, filter.in);
		const alive = this.store.alive();
		if ('not' in filter) {
			const bits = this.node(filter.not).slice();
			complementInto(bits, alive);
			return bits;
		}
		const parts = 'and' in filter ? filter.and : filter.or;
		const bits = this.node(parts[0]!).slice();
		for (const part of parts.slice(1)) {
			if ('and' in filter) intersectInto(bits, this.node(part));
			else unionInto(bits, this.node(part));
		}
		return bits;
	}

	private leaf(field: string, values: readonly string[]): Bitset {
		const key = `${field}\u0000${[...values].sort().join('\u0000')}`;
		const cached = this.cache.get(key);
		if (cached) return cached;
		const { store } = this;
		const bits = createBitset(store.docs.length);
		for (const value of values) {
			if (field === 'id') {
				const n = store.idToNumber.get(value);
				if (n !== undefined) setBit(bits, n);
				continue;
			}
			for (const n of store.columns.get(field)?.docsWith(value) ?? []) {
				if (store.docs[n]) setBit(bits, n);
			}
		}
		this.remember(key, bits);
		return bits;
	}

	private remember(key: string, bits: Bitset): void {
		if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
		this.cache.set(key, bits);
	}
}
