import type { RequestHandler } from './$types';
import { api, readJson } from '$lib/server/http/api';
import { apiViewer, found, pathParams } from '$lib/server/http/meetup-api';
import { privateJson } from '$lib/server/http/report-api';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { moveCollaboration } from '$lib/server/outcomes/pipeline';
import { moveInput } from '$lib/server/outcomes/schema';
import { db } from '$lib/server/runtime';

/** Moves a card: an invalid move → 409 saying why; a stale `version` → 409 `stale`. */
export const POST: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, idPath);
	const input = await readJson(event, moveInput);
	return privateJson(found(await moveCollaboration(db(), viewer, id, input)));
});
