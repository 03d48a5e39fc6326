import type { RequestHandler } from './$types';
import { api } from '$lib/server/http/api';
import { apiViewer, found, pathParams } from '$lib/server/http/meetup-api';
import { privateJson } from '$lib/server/http/report-api';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { getCollaboration } from '$lib/server/outcomes/board';
import { db } from '$lib/server/runtime';

/** One card with the history of its moves. */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, idPath);
	return privateJson(found(await getCollaboration(db(), viewer, id)));
});
