import type { RequestHandler } from './$types';
import { loadViewer } from '$lib/server/catalog/viewer';
import { notFound } from '$lib/server/errors';
import { api, json, readJson, requireApiUser } from '$lib/server/http/api';
import { weightsInput } from '$lib/server/matching/schema';
import { getCenterWeights, saveCenterWeights } from '$lib/server/matching/weights';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { db } from '$lib/server/runtime';

const noStore = { 'cache-control': 'private, no-store' };

/** The weights the center's hosted challenges are ranked with; for the center's managers and admins. */
export const GET: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const path = idPath.safeParse(event.params);
	if (!path.success) throw notFound();
	const found = await getCenterWeights(db(), await loadViewer(db(), user), path.data.id);
	if (!found) throw notFound();
	return json(found, 200, noStore);
});

/** Replaces the center's weights (audited). */
export const PUT: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const path = idPath.safeParse(event.params);
	if (!path.success) throw notFound();
	const input = await readJson(event, weightsInput);
	const saved = await saveCenterWeights(db(), await loadViewer(db(), user), path.data.id, input);
	if (!saved) throw notFound();
	return json(saved, 200, noStore);
});
