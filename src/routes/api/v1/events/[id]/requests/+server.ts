import type { RequestHandler } from './$types';
import { api, json, readJson, spend } from '$lib/server/http/api';
import { apiViewer, pathParams } from '$lib/server/http/meetup-api';
import { eventPath, eventRequestLimiter, NO_STORE } from '$lib/server/http/event-api';
import { requestInput } from '$lib/server/events/schema';
import { fileRequest, listRequests } from '$lib/server/events/requests';
import { db } from '$lib/server/runtime';

/** Requests at the day: all for managers, a participant's own otherwise. */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, eventPath);
	return json({ hits: await listRequests(db(), viewer, id) }, 200, NO_STORE);
});

/** Sends a request (pending; 429 over the cap) or, as the manager, files one (accepted at once). */
export const POST: RequestHandler = api(async (event) => {
	const { user, viewer } = await apiViewer(event);
	const { id } = pathParams(event, eventPath);
	const input = await readJson(event, requestInput);
	spend(eventRequestLimiter, user.id);
	const request = await fileRequest(db(), viewer, id, input);
	return json(request, 201, { location: `/api/v1/events/${id}/requests/${request.id}` });
});
