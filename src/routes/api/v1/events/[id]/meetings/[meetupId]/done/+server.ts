import type { RequestHandler } from './$types';
import { json } from '$lib/server/http/api';
import { apiViewer, found, meetupApi, pathParams } from '$lib/server/http/meetup-api';
import { markMeetingDone } from '$lib/server/events/floor';
import { eventMeetupPath } from '$lib/server/events/floor-schema';
import { db } from '$lib/server/runtime';

/** Records from the floor that a meeting of the event took place (once it has started). */
export const POST: RequestHandler = meetupApi(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id, meetupId } = pathParams(event, eventMeetupPath);
	return json(found(await markMeetingDone(db(), viewer, id, meetupId)), 200, {
		'cache-control': 'private, no-store'
	});
});
