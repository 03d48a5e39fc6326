import type { RequestHandler } from './$types';
import { api, readJson } from '$lib/server/http/api';
import { apiViewer, found, pathParams } from '$lib/server/http/meetup-api';
import { privateJson } from '$lib/server/http/report-api';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { answerCheckinAsMember } from '$lib/server/outcomes/checkin-answer';
import { checkinAnswers } from '$lib/server/outcomes/schema';
import { db } from '$lib/server/runtime';

/** Answers a check-in as a member of the asked organization; answered already → 409. */
export const POST: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, idPath);
	const answers = await readJson(event, checkinAnswers);
	return privateJson(found(await answerCheckinAsMember(db(), viewer, id, answers)));
});
