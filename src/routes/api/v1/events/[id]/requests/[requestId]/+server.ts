import type { RequestHandler } from './$types';
import { api, json, readJson } from '$lib/server/http/api';
import { apiViewer, pathParams } from '$lib/server/http/meetup-api';
import { eventRequestPath, NO_STORE } from '$lib/server/http/event-api';
import { requestAnswer } from '$lib/server/events/schema';
import { answerRequest } from '$lib/server/events/requests';
import { db } from '$lib/server/runtime';

/** Accept or decline (the receiving side), cancel (the sending side); the managers may do any. */
export const PATCH: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id, requestId } = pathParams(event, eventRequestPath);
	const answer = await readJson(event, requestAnswer);
	return json(await answerRequest(db(), viewer, id, requestId, answer), 200, NO_STORE);
});
