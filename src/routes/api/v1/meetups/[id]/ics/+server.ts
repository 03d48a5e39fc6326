import type { RequestHandler } from './$types';
import { apiViewer, calendarHeaders, found, meetupApi, pathParams } from '$lib/server/http/meetup-api';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { meetupIcs } from '$lib/server/meetups/calendar';
import { getMeetup } from '$lib/server/meetups/service';
import { db } from '$lib/server/runtime';

/** The meetup as an iCalendar file to add to a calendar; a newer download replaces the older copy. */
export const GET: RequestHandler = meetupApi(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, idPath);
	const meetup = found(await getMeetup(db(), viewer, id));
	return new Response(meetupIcs(meetup, event.locals.locale ?? 'ko'), {
		headers: calendarHeaders(`meetup-${meetup.id}.ics`)
	});
});
