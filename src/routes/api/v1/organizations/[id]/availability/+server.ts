import type { z } from 'zod';
import type { RequestHandler } from './$types';
import { json, readJson } from '$lib/server/http/api';
import { apiViewer, found, meetupApi, pathParams } from '$lib/server/http/meetup-api';
import { getAvailability, setAvailability } from '$lib/server/meetups/availability-service';
import { availabilityInput } from '$lib/server/meetups/schema';
import { idPath } from '$lib/server/openapi/catalog-requests';
import type { availabilityBody } from '$lib/server/openapi/paths/meetups';
import { db } from '$lib/server/runtime';

/** An organization's weekly hours and blackout dates, for anyone signed in who may see it. */
export const GET: RequestHandler = meetupApi(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, idPath);
	const body = found(await getAvailability(db(), viewer, id));
	return json(body satisfies z.output<typeof availabilityBody>, 200, {
		'cache-control': 'private, no-store'
	});
});

/** Replaces the availability as a whole; for those who act for the organization. */
export const PUT: RequestHandler = meetupApi(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, idPath);
	const input = await readJson(event, availabilityInput);
	const body = found(await setAvailability(db(), viewer, id, input));
	return json(body satisfies z.output<typeof availabilityBody>);
});
