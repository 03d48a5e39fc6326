import type { RequestHandler } from './$types';
import { api } from '$lib/server/http/api';
import { calendarHeaders, found, pathParams } from '$lib/server/http/meetup-api';
import { renderFeed } from '$lib/server/meetups/calendar';
import { feedTokenPath } from '$lib/server/meetups/schema';
import { db } from '$lib/server/runtime';

/**
 * A personal subscription feed. The secret token in the URL is the credential (calendar apps send no
 * other); a malformed, unknown or revoked one is a plain 404.
 */
export const GET: RequestHandler = api(async (event) => {
	const { feedToken } = pathParams(event, feedTokenPath);
	const body = found(await renderFeed(db(), feedToken));
	return new Response(body, { headers: calendarHeaders() });
});
