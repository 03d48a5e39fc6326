import type { RequestHandler } from './$types';
import { api, json } from '$lib/server/http/api';
import { apiViewer, pathParams, readOptionalJson } from '$lib/server/http/meetup-api';
import { eventPath, NO_STORE } from '$lib/server/http/event-api';
import { runInput } from '$lib/server/events/schedule-schema';
import { startScheduleRun } from '$lib/server/events/schedule-run';
import { getSchedule } from '$lib/server/events/schedule-view';
import { db } from '$lib/server/runtime';

/** The current schedule: the full board for managers, their own meetings for participants once published. */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, eventPath);
	return json(await getSchedule(db(), viewer, id), 200, NO_STORE);
});

/** Runs the auto-scheduler (managers): 200 with the schedule, or 202 while a big run works in the background. */
export const POST: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id } = pathParams(event, eventPath);
	const input = await readOptionalJson(event, runInput);
	const started = await startScheduleRun(db(), viewer, id, input);
	if (started.status === 'done') return json(started.schedule, 200, NO_STORE);
	const { status, runId, done, total } = started;
	return json({ runId, status, done, total }, 202, {
		...NO_STORE,
		location: `/api/v1/events/${id}/schedule`
	});
});
