import type { z } from 'zod';
import type { RequestHandler } from './$types';
import { loadViewer } from '$lib/server/catalog/viewer';
import { notFound } from '$lib/server/errors';
import { api, json, readQuery, requireApiUser } from '$lib/server/http/api';
import { matchesQuery } from '$lib/server/matching/schema';
import { matchesForChallenge } from '$lib/server/matching/service';
import { idPath } from '$lib/server/openapi/catalog-requests';
import type { startupMatches } from '$lib/server/openapi/paths/matching';
import { db } from '$lib/server/runtime';

/** The best startups for a challenge, with reasons; for those who run it (others 403, 404 if unseen). */
export const GET: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const path = idPath.safeParse(event.params);
	if (!path.success) throw notFound();
	const query = readQuery(event, matchesQuery);
	const viewer = await loadViewer(db(), user);
	const locale = event.locals.locale ?? 'ko';
	const found = await matchesForChallenge(db(), viewer, path.data.id, query.limit, locale);
	if (!found) throw notFound();
	return json(found satisfies z.output<typeof startupMatches>, 200, { 'cache-control': 'private, no-store' });
});
