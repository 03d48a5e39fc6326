import type { RequestHandler } from './$types';
import { api, json, readJson } from '$lib/server/http/api';
import { apiViewer, pathParams } from '$lib/server/http/meetup-api';
import { eventPath, NO_STORE } from '$lib/server/http/event-api';
import { boardInput } from '$lib/server/events/schedule-schema';
import { editBoard } from '$lib/server/events/board';
import { db } from '$lib/server/runtime';

/** One edit on the schedule board (managers): move or swap, place, unschedule, lock, unlock. */
export const POST: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, eventPath);
	const input = await readJson(event, boardInput);
	return json(await editBoard(db(), viewer, id, input), 200, NO_STORE);
});
