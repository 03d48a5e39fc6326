import type { RequestHandler } from './$types';
import { notFound } from '$lib/server/errors';
import { apiViewer, meetupApi, pathParams } from '$lib/server/http/meetup-api';
import { revokeFeed } from '$lib/server/meetups/calendar';
import { feedIdPath } from '$lib/server/meetups/schema';
import { db } from '$lib/server/runtime';

/** Revokes one of the caller's feeds: its URL stops working at once. Anyone else's is a 404. */
export const DELETE: RequestHandler = meetupApi(async (event) => {
	const { user } = await apiViewer(event);
	const { id } = pathParams(event, feedIdPath);
	if (!(await revokeFeed(db(), user.id, id))) throw notFound();
	return new Response(null, { status: 204 });
});
