/**
 * The filter language (port.ts) as a Meilisearch filter expression
 * (https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference).
 *
 * Field names come from the index's whitelist (assertValidFilter) and values from server facts or
 * validated codes, but every value is still quoted and escaped: a value is data, never syntax. Inside
 * double quotes Meilisearch's filter parser unescapes `\"` and `\\` (crates/filter-parser value.rs).
 */
import { isIn, simplifyFilter } from './filter';
import type { Filter } from './port';

/** A value as a double-quoted filter string; control characters have no place in codes or ids. */
export function quoteFilterValue(value: string): string {
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(value))
		throw new RangeError('filter values cannot hold control characters');
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function fieldName(field: string): string {
	// Whitelisted camelCase names; checked again so a mistake cannot become syntax.
	if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field)) throw new RangeError(`not a field name: ${field}`);
	return field;
}

function expression(filter: Filter): string {
	if (isIn(filter)) {
		const name = fieldName(filter.field);
		if (filter.in.length === 1) return `${name} = ${quoteFilterValue(filter.in[0]!)}`;
		return `${name} IN [${filter.in.map(quoteFilterValue).join(', ')}]`;
	}
	if ('not' in filter) return `NOT (${expression(filter.not)})`;
	const parts = ('and' in filter ? filter.and : filter.or).map((part) => `(${expression(part)})`);
	return parts.join('and' in filter ? ' AND ' : ' OR ');
}

/**
 * The Meilisearch filter string for a filter, `undefined` when it matches everything, or `false`
 * when it matches nothing (the caller then answers without asking Meilisearch).
 */
export function toMeiliFilter(filter: Filter): string | undefined | false {
	const simple = simplifyFilter(filter);
	if (simple === true) return undefined;
	if (simple === false) return false;
	return expression(simple);
}
