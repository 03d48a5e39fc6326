import type { z } from 'zod';
import type { RequestHandler } from './$types';
import { apply, listApplicationsForChallenge } from '$lib/server/catalog/applications';
import { applicationInput } from '$lib/server/catalog/schema';
import { loadViewer } from '$lib/server/catalog/viewer';
import { notFound } from '$lib/server/errors';
import { api, json, readJson, readQueryMulti, requireApiUser } from '$lib/server/http/api';
import { applicationBody, screenedApplicationBody } from '$lib/server/http/catalog-bodies';
import { applicationsQuery, idPath } from '$lib/server/openapi/catalog-requests';
import type { applicationPage } from '$lib/server/openapi/catalog-responses';
import { db } from '$lib/server/runtime';

/** One of the caller's startups applies; a second application by the same startup is a 409. */
export const POST: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const path = idPath.safeParse(event.params);
	if (!path.success) throw notFound();
	const input = await readJson(event, applicationInput);
	const created = await apply(db(), await loadViewer(db(), user), path.data.id, input);
	if (!created) throw notFound();
	return json(applicationBody(created), 201);
});

/** The screening list, newest first, for those who run the challenge; anyone else gets 404. */
export const GET: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const path = idPath.safeParse(event.params);
	if (!path.success) throw notFound();
	const query = readQueryMulti(event, applicationsQuery);
	const all = await listApplicationsForChallenge(db(), await loadViewer(db(), user), path.data.id);
	if (!all) throw notFound();
	// A challenge draws tens of applications, not thousands: filtering and paging here is cheap.
	const statuses = new Set<string>(query.status ?? []);
	const matching = statuses.size ? all.filter((a) => statuses.has(a.status)) : all;
	const start = (query.page - 1) * query.limit;
	const body = {
		hits: matching.slice(start, start + query.limit).map(screenedApplicationBody),
		total: matching.length,
		page: query.page,
		limit: query.limit
	} satisfies z.output<typeof applicationPage>;
	return json(body, 200, { 'cache-control': 'private, no-store' });
});
