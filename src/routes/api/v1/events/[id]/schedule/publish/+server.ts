import type { RequestHandler } from './$types';
import { api, json } from '$lib/server/http/api';
import { apiViewer, pathParams } from '$lib/server/http/meetup-api';
import { eventPath, NO_STORE } from '$lib/server/http/event-api';
import { publishSchedule } from '$lib/server/events/publish';
import { db } from '$lib/server/runtime';

/** Publishes the schedule (managers): every participant is notified and mailed their agenda. */
export const POST: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, eventPath);
	return json(await publishSchedule(db(), viewer, id), 200, NO_STORE);
});
