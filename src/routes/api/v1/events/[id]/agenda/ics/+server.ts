import type { RequestHandler } from './$types';
import { api, readQuery } from '$lib/server/http/api';
import { apiViewer, calendarHeaders, pathParams } from '$lib/server/http/meetup-api';
import { eventPath } from '$lib/server/http/event-api';
import { agendaQuery } from '$lib/server/events/schedule-schema';
import { agendaIcs, getAgenda } from '$lib/server/events/agenda';
import { db } from '$lib/server/runtime';

/** The caller's agenda as an iCalendar file; each meeting keeps its meetup's UID, so moves replace it. */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, eventPath);
	const query = readQuery(event, agendaQuery);
	const agenda = await getAgenda(db(), viewer, id, query);
	return new Response(agendaIcs(agenda, event.locals.locale ?? 'ko'), {
		headers: calendarHeaders(`agenda-${id}.ics`)
	});
});
