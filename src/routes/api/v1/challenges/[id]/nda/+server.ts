import type { z } from 'zod';
import type { RequestHandler } from './$types';
import { acceptNda } from '$lib/server/catalog/challenges';
import { loadViewer } from '$lib/server/catalog/viewer';
import { notFound } from '$lib/server/errors';
import { api, json, readJson, requireApiUser } from '$lib/server/http/api';
import { idPath, ndaInput } from '$lib/server/openapi/catalog-requests';
import type { ndaAcceptance } from '$lib/server/openapi/catalog-responses';
import { db } from '$lib/server/runtime';

/**
 * One of the caller's startups accepts the current NDA terms of a challenge; recorded with time,
 * person and terms version. Accepting again is harmless. The details then come with GET /challenges/:id.
 */
export const POST: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const path = idPath.safeParse(event.params);
	if (!path.success) throw notFound();
	const { startupId } = await readJson(event, ndaInput);
	const accepted = await acceptNda(db(), await loadViewer(db(), user), path.data.id, startupId);
	if (!accepted) throw notFound();
	return json({
		challengeId: path.data.id,
		startupId,
		termsVersion: accepted.termsVersion
	} satisfies z.output<typeof ndaAcceptance>);
});
