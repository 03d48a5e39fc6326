import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { DomainError, notFound } from '$lib/server/errors';
import { RateLimiter } from '$lib/server/auth/rate-limit';
import { loadViewer, type Viewer } from '$lib/server/catalog/viewer';
import type { SessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/runtime';
import type { Database } from '$lib/server/db';
import type { MeetupPayload } from '$lib/realtime/events';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { api, json, readJson, requireApiUser, toProblem } from './api';

/** Meetup requests per person: plenty for a manager arranging a day's meetups, not for a flood. */
export const meetupRequests = new RateLimiter(60, 60 * 60 * 1000);

type Handler = (event: RequestEvent) => Promise<Response>;

/**
 * `api()` for the meetup endpoints, plus one thing the generic problem document has no place for: a
 * clash names the meetup it clashes with, as the RFC 9457 extension member
 * `clash: { meetupId, startsAt, endsAt, organizationId }` beside the localized `detail`.
 */
export function meetupApi(handler: Handler): Handler {
	return api(async (event) => {
		try {
			return await handler(event);
		} catch (e) {
			if (!(e instanceof DomainError) || e.code !== 'meetup_clash' || !e.details.meetupId) throw e;
			const response = toProblem(e, event);
			const body = (await response.json()) as Record<string, unknown>;
			const { meetupId, startsAt, endsAt, organizationId } = e.details;
			return new Response(
				JSON.stringify({ ...body, clash: { meetupId, startsAt, endsAt, organizationId } }),
				{
					status: response.status,
					headers: response.headers
				}
			);
		}
	});
}

/** The signed-in caller and what the server knows of their organizations. */
export async function apiViewer(event: RequestEvent): Promise<{ user: SessionUser; viewer: Viewer }> {
	const user = requireApiUser(event);
	return { user, viewer: await loadViewer(db(), user) };
}

/**
 * A state change's body, which may be left out: no body (or an empty one) reads as `{}`, so
 * `POST /meetups/:id/confirm` works without one; anything else must be JSON, as everywhere.
 */
export async function readOptionalJson<S extends z.ZodType>(
	event: RequestEvent,
	schema: S
): Promise<z.infer<S>> {
	const length = event.request.headers.get('content-length');
	const hasType = event.request.headers.has('content-type');
	if (!hasType && (length === null || length === '0')) {
		const parsed = schema.safeParse({});
		if (parsed.success) return parsed.data;
	}
	return readJson(event, schema);
}

/** A path parameter parsed with its schema; a malformed one is answered like an unknown one (404). */
export function pathParams<S extends z.ZodType>(event: RequestEvent, schema: S): z.infer<S> {
	const parsed = schema.safeParse(event.params);
	if (!parsed.success) throw notFound();
	return parsed.data;
}

/** 404 when a service answered "no such thing for this caller". */
export function found<T>(value: T | undefined): T {
	if (value === undefined) throw notFound();
	return value;
}

export const calendarHeaders = (filename?: string): Record<string, string> => ({
	'content-type': 'text/calendar; charset=utf-8',
	'cache-control': 'private, no-store',
	'x-content-type-options': 'nosniff',
	...(filename ? { 'content-disposition': `attachment; filename="${filename}"` } : {})
});

/**
 * A `POST /meetups/:id/<change>` endpoint: the caller, the meetup id, the body, the service call, the
 * meetup's new state (200), 404 for a meetup the caller does not act for.
 */
export function meetupAction<S extends z.ZodType>(
	schema: S,
	act: (db: Database, viewer: Viewer, id: string, input: z.infer<S>) => Promise<MeetupPayload | undefined>
): Handler {
	return meetupApi(async (event) => {
		const { viewer } = await apiViewer(event);
		const { id } = pathParams(event, idPath);
		const input = await readOptionalJson(event, schema);
		return json(found(await act(db(), viewer, id, input)), 200, { 'cache-control': 'private, no-store' });
	});
}
