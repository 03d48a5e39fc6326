import type { RequestHandler } from './$types';
import { api, json, readJson } from '$lib/server/http/api';
import { apiViewer } from '$lib/server/http/meetup-api';
import { NO_STORE } from '$lib/server/http/event-api';
import { eventInput } from '$lib/server/events/schema';
import { createEvent, listEvents } from '$lib/server/events/service';
import { db } from '$lib/server/runtime';

/** The matchmaking days the caller manages or takes part in: upcoming first. */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	return json({ hits: await listEvents(db(), viewer) }, 200, NO_STORE);
});

/** A center manager creates a matchmaking day for their center. */
export const POST: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const input = await readJson(event, eventInput);
	const created = await createEvent(db(), viewer, input);
	return json(created, 201, { location: `/api/v1/events/${created.id}` });
});
