import type { PageServerLoad } from './$types';
import { organizationsQuery } from '$lib/server/accounts/schema';
import { listOrganizations } from '$lib/server/accounts/organizations';
import { db } from '$lib/server/runtime';

const PAGE_SIZE = 20;

// Public; listOrganizations applies the visibility rules for whoever is asking.
export const load = (async ({ locals, url }) => {
	const raw = Object.fromEntries(url.searchParams);
	// A hand-edited URL with a bad value shows the unfiltered list rather than an error page.
	const parsed = organizationsQuery.safeParse({ limit: PAGE_SIZE, ...raw, kind: raw.kind || undefined });
	const query = parsed.success ? parsed.data : { page: 1, limit: PAGE_SIZE };
	const result = await listOrganizations(db(), locals.user, query);
	return { ...result, q: query.q ?? '', kind: query.kind ?? '' };
}) satisfies PageServerLoad;
