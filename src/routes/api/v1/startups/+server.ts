import type { RequestHandler } from './$types';
import { startupInput } from '$lib/server/catalog/schema';
import { searchStartups } from '$lib/server/catalog/search';
import { createStartup, getStartup } from '$lib/server/catalog/startups';
import { loadViewer } from '$lib/server/catalog/viewer';
import { notFound } from '$lib/server/errors';
import { api, json, readJson, readQueryMulti, requireApiUser } from '$lib/server/http/api';
import { spendSearch } from '$lib/server/http/search-limit';
import { startupBody, startupPageBody } from '$lib/server/http/catalog-bodies';
import { startupsQuery } from '$lib/server/openapi/catalog-requests';
import { db, searchEngine } from '$lib/server/runtime';

/** Search: hits, totals and facet counts hold only what the caller may see (the engine filters). */
export const GET: RequestHandler = api(async (event) => {
	const query = readQueryMulti(event, startupsQuery);
	spendSearch(event);
	const viewer = await loadViewer(db(), event.locals.user);
	return json(startupPageBody(await searchStartups(db(), searchEngine(), viewer, query)));
});

/** Registers a startup with its profile; the caller becomes its owner, or `centerId` its steward. */
export const POST: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const input = await readJson(event, startupInput);
	const { id } = await createStartup(db(), await loadViewer(db(), user), input);
	// Read back as the creator now is: an owner (or steward) of a profile that may be private.
	const created = await getStartup(db(), await loadViewer(db(), user), id);
	if (!created) throw notFound();
	return json(startupBody(created), 201, { location: `/api/v1/startups/${id}` });
});
