import type { z } from 'zod';
import type { RequestHandler } from './$types';
import { json, readQuery } from '$lib/server/http/api';
import { apiViewer, meetupApi } from '$lib/server/http/meetup-api';
import { suggestTimes } from '$lib/server/meetups/availability-service';
import { suggestionsQuery } from '$lib/server/meetups/schema';
import type { suggestionList } from '$lib/server/openapi/paths/meetups';
import { db } from '$lib/server/runtime';

/** Times both organizations can make: their hours minus blackouts and active meetups, earliest first. */
export const GET: RequestHandler = meetupApi(async (event) => {
	const { viewer } = await apiViewer(event);
	const query = readQuery(event, suggestionsQuery);
	const slots = await suggestTimes(db(), viewer, query);
	return json({ slots } satisfies z.output<typeof suggestionList>, 200, {
		'cache-control': 'private, no-store'
	});
});
