import type { RequestHandler } from './$types';
import { api, readJson } from '$lib/server/http/api';
import { apiViewer, found, pathParams } from '$lib/server/http/meetup-api';
import { privateJson } from '$lib/server/http/report-api';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { decideOutcome } from '$lib/server/outcomes/outcomes';
import { decisionInput } from '$lib/server/outcomes/schema';
import { db } from '$lib/server/runtime';

/** A center manager confirms (counts in the KPIs) or rejects a reported outcome. */
export const POST: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, idPath);
	const { decision } = await readJson(event, decisionInput);
	return privateJson(found(await decideOutcome(db(), viewer, id, decision)));
});
