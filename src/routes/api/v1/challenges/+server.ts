import type { RequestHandler } from './$types';
import { createChallenge, getChallenge } from '$lib/server/catalog/challenges';
import { challengeInput } from '$lib/server/catalog/schema';
import { searchChallenges } from '$lib/server/catalog/search';
import { loadViewer } from '$lib/server/catalog/viewer';
import { notFound } from '$lib/server/errors';
import { api, json, readJson, readQueryMulti, requireApiUser } from '$lib/server/http/api';
import { spendSearch } from '$lib/server/http/search-limit';
import { challengeBody, challengePageBody } from '$lib/server/http/catalog-bodies';
import { challengesQuery } from '$lib/server/openapi/catalog-requests';
import { db, searchEngine } from '$lib/server/runtime';

/**
 * Search: hits, totals and facet counts hold only the challenges the caller may see, and each hit
 * carries public columns only; confidential details are never part of a list.
 */
export const GET: RequestHandler = api(async (event) => {
	const query = readQueryMulti(event, challengesQuery);
	spendSearch(event);
	const viewer = await loadViewer(db(), event.locals.user);
	return json(challengePageBody(await searchChallenges(db(), searchEngine(), viewer, query)));
});

/** Posts a challenge for a corporate: by its members, or by a manager of the hosting center. */
export const POST: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const input = await readJson(event, challengeInput);
	const viewer = await loadViewer(db(), user);
	const { id } = await createChallenge(db(), viewer, input);
	const created = await getChallenge(db(), viewer, id);
	if (!created) throw notFound();
	return json(challengeBody(created), 201, { location: `/api/v1/challenges/${id}` });
});
