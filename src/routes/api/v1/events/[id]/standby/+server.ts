import type { RequestHandler } from './$types';
import { json, readJson } from '$lib/server/http/api';
import { apiViewer, meetupApi, pathParams } from '$lib/server/http/meetup-api';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { standbyInput } from '$lib/server/events/floor-schema';
import { placeStandby } from '$lib/server/events/floor-standby';
import { db } from '$lib/server/runtime';

/** Places a standby request at a slot and table; a cell or a side no longer free is a 409. */
export const POST: RequestHandler = meetupApi(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, idPath);
	const input = await readJson(event, standbyInput);
	const placed = await placeStandby(db(), viewer, id, input);
	return json(placed, 201, { location: `/api/v1/meetups/${placed.id}` });
});
