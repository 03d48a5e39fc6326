import { error, fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { catalogQuery, type CatalogQuery } from '$lib/server/catalog/schema';
import { DomainError } from '$lib/server/errors';
import type { FormFailure } from './form';

// Small adapters shared by the catalog's pages (startups, corporates, challenges, applications).

const uuid = z.uuid();

/** The id in a page's URL, or a 404: a malformed id is "not found", never a database error. */
export function idParam(id: string): string {
	if (!uuid.safeParse(id).success) error(404, 'Not found');
	return id;
}

/**
 * A catalog page's query from its URL (repeated keys are lists, as a GET form sends checkboxes). The
 * page size is the page's, not the URL's. A hand-edited URL with a bad value falls back to the
 * search text alone rather than to an error page.
 */
export function readCatalogQuery(url: URL, limit: number): CatalogQuery {
	const raw: Record<string, string | string[]> = Object.create(null); // `__proto__` stays a plain key
	for (const key of new Set(url.searchParams.keys())) {
		const values = url.searchParams.getAll(key);
		raw[key] = values.length > 1 ? values : values[0]!;
	}
	const parsed = catalogQuery.safeParse({ ...raw, limit });
	if (parsed.success) return parsed.data;
	const q = typeof raw.q === 'string' ? raw.q.trim().slice(0, 200) : '';
	return catalogQuery.parse({ q, limit });
}

export const asList = (v: string | string[] | undefined): string[] =>
	v === undefined ? [] : Array.isArray(v) ? v : [v];

/**
 * The multi-value fields of a posted form (named `field[]`), read from a clone of the request so the
 * form parser can still read the original. A failed form returns them, so ticked boxes stay ticked
 * (the plain value echo keeps one value per name).
 */
export async function readListFields(event: RequestEvent): Promise<Record<string, string[]>> {
	const form = await event.request.clone().formData();
	const lists: Record<string, string[]> = {};
	for (const key of new Set(form.keys())) {
		const name = key.slice(0, -2);
		// `__proto__[]` would replace the object's prototype (and break serializing the failure): no
		// real field is named after an Object.prototype member.
		if (key.endsWith('[]') && !(name in Object.prototype))
			lists[name] = form.getAll(key).filter((v): v is string => typeof v === 'string');
	}
	return lists;
}

/** A form failure with the ticked values of its checkbox groups added. */
export function withLists(
	failure: ActionFailure<FormFailure>,
	lists: Record<string, string[]>
): ActionFailure<FormFailure & { lists: Record<string, string[]> }> {
	return fail(failure.status, { ...failure.data, lists });
}

/**
 * Loads something a page shows only to those who may act on it: a service's 403 (may see, may not act)
 * and its undefined (does not exist for the viewer) both become the same 404, so the page never
 * confirms that something exists to someone who may not use it.
 */
export async function loadOr404<T>(load: () => Promise<T | undefined>): Promise<T> {
	let found: T | undefined;
	try {
		found = await load();
	} catch (e) {
		if (e instanceof DomainError && e.status === 403) error(404, 'Not found');
		throw e;
	}
	if (found === undefined) error(404, 'Not found');
	return found;
}
