import type { RequestHandler } from './$types';
import { api, json, readJson } from '$lib/server/http/api';
import { apiViewer, pathParams } from '$lib/server/http/meetup-api';
import { eventPath, NO_STORE } from '$lib/server/http/event-api';
import { eventPatch } from '$lib/server/events/schema';
import { getEvent, updateEvent } from '$lib/server/events/service';
import { db } from '$lib/server/runtime';

/** One matchmaking day, for its managers and participants (404 for anyone else). */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, eventPath);
	return json(await getEvent(db(), viewer, id), 200, NO_STORE);
});

/** Edits a day's details or moves its phase (managers only). */
export const PATCH: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, eventPath);
	const patch = await readJson(event, eventPatch);
	return json(await updateEvent(db(), viewer, id, patch), 200, NO_STORE);
});
