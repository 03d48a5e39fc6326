import type { z } from 'zod';
import type { RequestHandler } from './$types';
import { json } from '$lib/server/http/api';
import { apiViewer, meetupApi, readOptionalJson } from '$lib/server/http/meetup-api';
import { createFeed, listFeeds } from '$lib/server/meetups/calendar';
import { feedInput } from '$lib/server/meetups/schema';
import type { createdFeed, feedList } from '$lib/server/openapi/paths/meetups';
import { db } from '$lib/server/runtime';

/** The caller's calendar feeds, without their secrets. */
export const GET: RequestHandler = meetupApi(async (event) => {
	const { user } = await apiViewer(event);
	const feeds = await listFeeds(db(), user.id);
	const body = {
		feeds: feeds.map((f) => ({
			id: f.id,
			name: f.name,
			createdAt: f.createdAt.toISOString(),
			lastUsedAt: f.lastUsedAt?.toISOString() ?? null,
			revokedAt: f.revokedAt?.toISOString() ?? null
		}))
	};
	return json(body satisfies z.output<typeof feedList>, 200, { 'cache-control': 'private, no-store' });
});

/** A new subscription URL for the caller's meetups; its secret is shown this once. */
export const POST: RequestHandler = meetupApi(async (event) => {
	const { user } = await apiViewer(event);
	const input = await readOptionalJson(event, feedInput);
	const feed = await createFeed(db(), user.id, input.name);
	const body = {
		id: feed.id,
		name: feed.name,
		token: feed.token,
		url: `${event.url.origin}/api/v1/calendar/${feed.token}.ics`,
		createdAt: feed.createdAt.toISOString()
	};
	return json(body satisfies z.output<typeof createdFeed>, 201, { 'cache-control': 'no-store' });
});
