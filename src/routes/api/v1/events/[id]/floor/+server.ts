import type { RequestHandler } from './$types';
import { json } from '$lib/server/http/api';
import { apiViewer, meetupApi, pathParams } from '$lib/server/http/meetup-api';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { eventForManager } from '$lib/server/events/access';
import { floorState } from '$lib/server/events/floor-views';
import { db } from '$lib/server/runtime';

/** The live floor for the event's managers: counters, participants' check-in state, standby offers. */
export const GET: RequestHandler = meetupApi(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, idPath);
	const found = await eventForManager(db(), viewer, id);
	return json(await floorState(db(), found, new Date()), 200, { 'cache-control': 'private, no-store' });
});
