/**
 * The filter language both engines share: validation against each index's keyword fields, and
 * simplification to `true`, `false` or a filter without constant parts, so an engine never has to
 * express "nothing" (`IN []`) or "everything" in its own syntax.
 */
import { FILTER_FIELDS, type Filter, type IndexName } from './port';

/** `{ field, in: [...] }` */
export type InFilter = Extract<Filter, { in: readonly string[] }>;

/** Matches every document (an admin's visibility rule). */
export const MATCH_ALL: Filter = { and: [] };
/** Matches no document. */
export const MATCH_NONE: Filter = { or: [] };

/** Whether a filter is a leaf `{ field, in }`. */
export function isIn(filter: Filter): filter is InFilter {
	return 'in' in filter;
}

/** A filter that names a field the index cannot filter on, or holds a non-string value. */
export class FilterError extends Error {
	override name = 'FilterError';
}

/**
 * Throws a FilterError when a filter names a field the index cannot filter on or holds a value that
 * is not a string: callers build filters from validated codes and server facts, so this is a bug.
 */
export function assertValidFilter(index: IndexName, filter: Filter): void {
	const fields: readonly string[] = FILTER_FIELDS[index];
	if (isIn(filter)) {
		if (!fields.includes(filter.field))
			throw new FilterError(`${index} cannot be filtered on ${filter.field}`);
		for (const value of filter.in) {
			if (typeof value !== 'string') throw new FilterError(`filter values must be strings (${filter.field})`);
		}
		return;
	}
	if ('not' in filter) return assertValidFilter(index, filter.not);
	for (const part of 'and' in filter ? filter.and : filter.or) assertValidFilter(index, part);
}

/**
 * The same filter with constants folded away: `true` (matches everything), `false` (matches nothing),
 * or a filter whose every `in` has values and every `and`/`or` has parts.
 */
export function simplifyFilter(filter: Filter): Filter | boolean {
	if (isIn(filter))
		return filter.in.length === 0 ? false : { field: filter.field, in: [...new Set(filter.in)] };
	if ('not' in filter) {
		const inner = simplifyFilter(filter.not);
		return typeof inner === 'boolean' ? !inner : { not: inner };
	}
	const isAnd = 'and' in filter;
	const parts: Filter[] = [];
	for (const part of isAnd ? filter.and : filter.or) {
		const simple = simplifyFilter(part);
		// true in an AND and false in an OR change nothing; the opposite decides the whole.
		if (simple === isAnd) continue;
		if (typeof simple === 'boolean') return simple;
		parts.push(simple);
	}
	if (parts.length === 0) return isAnd;
	if (parts.length === 1) return parts[0]!;
	return isAnd ? { and: parts } : { or: parts };
}

/** Both filters at once (the user's filter and the visibility rule). */
export function allOf(...filters: (Filter | undefined)[]): Filter {
	return { and: filters.filter((f): f is Filter => f !== undefined) };
}
