import type { z } from 'zod';
import type { RequestHandler } from './$types';
import { json, readJson, readQueryMulti, spend } from '$lib/server/http/api';
import { apiViewer, meetupApi, meetupRequests } from '$lib/server/http/meetup-api';
import { meetupInput, meetupsQuery } from '$lib/server/meetups/schema';
import { createMeetup, listMeetups } from '$lib/server/meetups/service';
import type { meetupList } from '$lib/server/openapi/paths/meetups';
import { db } from '$lib/server/runtime';

/** The caller's meetups (their organizations' and those their centers steward), earliest first. */
export const GET: RequestHandler = meetupApi(async (event) => {
	const { viewer } = await apiViewer(event);
	const query = readQueryMulti(event, meetupsQuery);
	const list = await listMeetups(db(), viewer, query);
	return json(list satisfies z.output<typeof meetupList>, 200, { 'cache-control': 'private, no-store' });
});

/** Requests a meetup; the first time holds time at once, a clash is a 409 naming the other meetup. */
export const POST: RequestHandler = meetupApi(async (event) => {
	const { user, viewer } = await apiViewer(event);
	const input = await readJson(event, meetupInput);
	spend(meetupRequests, user.id);
	const meetup = await createMeetup(db(), viewer, input);
	return json(meetup, 201, { location: `/api/v1/meetups/${meetup.id}` });
});
