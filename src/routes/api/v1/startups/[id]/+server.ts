import type { RequestHandler } from './$types';
import { startupPatch } from '$lib/server/catalog/schema';
import { getStartup, updateStartup } from '$lib/server/catalog/startups';
import { loadViewer } from '$lib/server/catalog/viewer';
import { notFound } from '$lib/server/errors';
import { api, json, readJson, requireApiUser } from '$lib/server/http/api';
import { startupBody } from '$lib/server/http/catalog-bodies';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { db } from '$lib/server/runtime';

/** A profile the caller may see; a hidden one is 404 as if it did not exist. */
export const GET: RequestHandler = api(async (event) => {
	const path = idPath.safeParse(event.params);
	if (!path.success) throw notFound();
	const found = await getStartup(db(), await loadViewer(db(), event.locals.user), path.data.id);
	if (!found) throw notFound();
	return json(startupBody(found));
});

/** Changes only the fields sent; by the startup's members, its center's managers and admins. */
export const PATCH: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const path = idPath.safeParse(event.params);
	if (!path.success) throw notFound();
	const patch = await readJson(event, startupPatch);
	const updated = await updateStartup(db(), await loadViewer(db(), user), path.data.id, patch);
	if (!updated) throw notFound();
	return json(startupBody(updated));
});
