import type { RequestHandler } from './$types';
import { json, readJson } from '$lib/server/http/api';
import { apiViewer, meetupApi, pathParams } from '$lib/server/http/meetup-api';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { checkIn } from '$lib/server/events/floor';
import { checkinInput } from '$lib/server/events/floor-schema';
import { db } from '$lib/server/runtime';

/** Checks a participant in by the code in their QR (the event's managers only); a second scan is a no-op. */
export const POST: RequestHandler = meetupApi(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, idPath);
	const { code } = await readJson(event, checkinInput);
	return json(await checkIn(db(), viewer, id, code), 200, { 'cache-control': 'private, no-store' });
});
