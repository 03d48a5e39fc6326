import type { RequestHandler } from './$types';
import { json } from '$lib/server/http/api';
import { apiViewer, found, meetupApi, pathParams } from '$lib/server/http/meetup-api';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { getMeetup } from '$lib/server/meetups/service';
import { db } from '$lib/server/runtime';

/** One meetup, for those who act for either side; 404 for anyone else. */
export const GET: RequestHandler = meetupApi(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, idPath);
	return json(found(await getMeetup(db(), viewer, id)), 200, { 'cache-control': 'private, no-store' });
});
