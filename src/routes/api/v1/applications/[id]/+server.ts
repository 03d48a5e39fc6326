import type { RequestHandler } from './$types';
import { updateApplication } from '$lib/server/catalog/applications';
import { applicationUpdate } from '$lib/server/catalog/schema';
import { loadViewer } from '$lib/server/catalog/viewer';
import { notFound } from '$lib/server/errors';
import { api, json, readJson, requireApiUser } from '$lib/server/http/api';
import { applicationBody } from '$lib/server/http/catalog-bodies';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { db } from '$lib/server/runtime';

/**
 * Moves an application: screening by those who run the challenge, withdrawal by the startup. With
 * `expectedStatus`, a change made by someone else in between is a 409 instead of being overwritten.
 */
export const PATCH: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const path = idPath.safeParse(event.params);
	if (!path.success) throw notFound();
	const update = await readJson(event, applicationUpdate);
	const updated = await updateApplication(db(), await loadViewer(db(), user), path.data.id, update);
	if (!updated) throw notFound();
	return json(applicationBody(updated));
});
