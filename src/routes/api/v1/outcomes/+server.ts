import type { RequestHandler } from './$types';
import { api, readJson, readQuery } from '$lib/server/http/api';
import { apiViewer } from '$lib/server/http/meetup-api';
import { privateJson } from '$lib/server/http/report-api';
import { listOutcomes } from '$lib/server/outcomes/corrections';
import { recordOutcome } from '$lib/server/outcomes/outcomes';
import { outcomeInput, outcomesQuery } from '$lib/server/outcomes/schema';
import { db } from '$lib/server/runtime';

/** The outcomes the caller may see, newest first (current figures unless `history=true`). */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	return privateJson(await listOutcomes(db(), viewer, readQuery(event, outcomesQuery)));
});

/** Records an outcome: confirmed at once by a center manager, else reported for one to confirm. */
export const POST: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const input = await readJson(event, outcomeInput);
	const outcome = await recordOutcome(db(), viewer, input);
	return privateJson(outcome, 201, { location: `/api/v1/outcomes/${outcome.id}` });
});
