import type { RequestHandler } from './$types';
import { api, readJson } from '$lib/server/http/api';
import { apiViewer, found, pathParams } from '$lib/server/http/meetup-api';
import { privateJson } from '$lib/server/http/report-api';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { correctOutcome } from '$lib/server/outcomes/corrections';
import { correctionInput } from '$lib/server/outcomes/schema';
import { db } from '$lib/server/runtime';

/** Corrects the figures: a new current row (201) supersedes this one, which stays as history. */
export const POST: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, idPath);
	const input = await readJson(event, correctionInput);
	const outcome = found(await correctOutcome(db(), viewer, id, input));
	return privateJson(outcome, 201, { location: `/api/v1/outcomes/${outcome.id}` });
});
