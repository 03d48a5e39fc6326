import type { RequestHandler } from './$types';
import { api, json, readJson } from '$lib/server/http/api';
import { apiViewer, pathParams } from '$lib/server/http/meetup-api';
import { eventOrgPath, NO_STORE } from '$lib/server/http/event-api';
import { availabilityInput } from '$lib/server/events/schema';
import { setAvailability } from '$lib/server/events/participants';
import { db } from '$lib/server/runtime';

/** States when the participant is at the venue (its members or the managers); null: all day. */
export const PUT: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id, orgId } = pathParams(event, eventOrgPath);
	const { availability } = await readJson(event, availabilityInput);
	return json(await setAvailability(db(), viewer, id, orgId, availability), 200, NO_STORE);
});
