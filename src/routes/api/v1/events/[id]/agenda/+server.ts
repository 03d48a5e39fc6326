import type { RequestHandler } from './$types';
import { api, json, readQuery } from '$lib/server/http/api';
import { apiViewer, pathParams } from '$lib/server/http/meetup-api';
import { eventPath, NO_STORE } from '$lib/server/http/event-api';
import { agendaQuery } from '$lib/server/events/schedule-schema';
import { getAgenda } from '$lib/server/events/agenda';
import { db } from '$lib/server/runtime';

/** The caller's agenda for the day (meetings appear once the schedule is published). */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, eventPath);
	const query = readQuery(event, agendaQuery);
	return json(await getAgenda(db(), viewer, id, query), 200, NO_STORE);
});
