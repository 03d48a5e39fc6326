import type { RequestHandler } from './$types';
import { getChallenge, updateChallenge } from '$lib/server/catalog/challenges';
import { challengePatch } from '$lib/server/catalog/schema';
import { loadViewer } from '$lib/server/catalog/viewer';
import { notFound } from '$lib/server/errors';
import { api, json, readJson, requireApiUser } from '$lib/server/http/api';
import { challengeBody } from '$lib/server/http/catalog-bodies';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { db } from '$lib/server/runtime';

/**
 * One challenge as the caller may see it: 404 when it does not exist for them (drafts, invite-only
 * ones they were not invited to). A first showing of confidential details is recorded.
 */
export const GET: RequestHandler = api(async (event) => {
	const path = idPath.safeParse(event.params);
	if (!path.success) throw notFound();
	const viewer = await loadViewer(db(), event.locals.user);
	const found = await getChallenge(db(), viewer, path.data.id, { recordDisclosure: true });
	if (!found) throw notFound();
	// The body may hold confidential details: no shared cache may keep it.
	return json(challengeBody(found), 200, { 'cache-control': 'private, no-store' });
});

/** Changes the fields sent; only those who run the challenge (anyone else gets 404). */
export const PATCH: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const path = idPath.safeParse(event.params);
	if (!path.success) throw notFound();
	const patch = await readJson(event, challengePatch);
	const viewer = await loadViewer(db(), user);
	if (!(await updateChallenge(db(), viewer, path.data.id, patch))) throw notFound();
	const updated = await getChallenge(db(), viewer, path.data.id);
	if (!updated) throw notFound();
	return json(challengeBody(updated), 200, { 'cache-control': 'private, no-store' });
});
