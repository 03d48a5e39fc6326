import type { RequestHandler } from './$types';
import { api } from '$lib/server/http/api';
import { apiViewer } from '$lib/server/http/meetup-api';
import { privateJson } from '$lib/server/http/report-api';
import { listOpenCheckins } from '$lib/server/outcomes/checkin-answer';
import { db } from '$lib/server/runtime';

/** The caller's organizations' follow-up check-ins waiting for an answer. */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	return privateJson({ hits: await listOpenCheckins(db(), viewer) });
});
