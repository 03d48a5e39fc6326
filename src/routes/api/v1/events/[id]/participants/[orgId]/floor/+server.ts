import type { RequestHandler } from './$types';
import { json, readJson } from '$lib/server/http/api';
import { apiViewer, meetupApi, pathParams } from '$lib/server/http/meetup-api';
import { markFloorStatus } from '$lib/server/events/floor';
import { eventOrgPath, floorStatusInput } from '$lib/server/events/floor-schema';
import { db } from '$lib/server/runtime';

/** Marks a participant late or no-show (or neither); a no-show frees their meetings still to come. */
export const POST: RequestHandler = meetupApi(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id, orgId } = pathParams(event, eventOrgPath);
	const { status } = await readJson(event, floorStatusInput);
	return json(await markFloorStatus(db(), viewer, id, orgId, status), 200, {
		'cache-control': 'private, no-store'
	});
});
