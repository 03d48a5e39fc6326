import type { RequestHandler } from './$types';
import { api, json, readJson } from '$lib/server/http/api';
import { apiViewer, pathParams } from '$lib/server/http/meetup-api';
import { eventPath, NO_STORE } from '$lib/server/http/event-api';
import { participantInput } from '$lib/server/events/schema';
import { addParticipant, listParticipants } from '$lib/server/events/participants';
import { db } from '$lib/server/runtime';

/** The day's participants (availability and floor state for managers only). */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, eventPath);
	return json({ hits: await listParticipants(db(), viewer, id) }, 200, NO_STORE);
});

/** A manager adds a startup or corporate; its members are notified. */
export const POST: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, eventPath);
	const input = await readJson(event, participantInput);
	const participant = await addParticipant(db(), viewer, id, input);
	return json(participant, 201, {
		location: `/api/v1/events/${id}/participants/${participant.organizationId}`
	});
});
