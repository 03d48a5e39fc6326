import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { randomUUID } from 'node:crypto';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { startRuntime, db } from '$lib/server/runtime';
import { trackRequest } from '$lib/server/lifecycle.js';
import { UUID } from '$lib/record-paths';
import { logger } from '$lib/server/log';
import { isCrossSiteRequest } from '$lib/server/http/origin';
import { problem } from '$lib/server/http/problem';
import { apiMethodNotAllowed } from '$lib/server/http/method-not-allowed';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { validateApiToken } from '$lib/server/auth/api-tokens';
import { setSessionCookie, deleteSessionCookie } from '$lib/server/auth/cookies';
import { LOCALE_COOKIE, setLocaleCookie } from '$lib/i18n/locale';

export const init: ServerInit = async () => {
	await startRuntime();
};

const requestIds: Handle = async ({ event, resolve }) => {
	event.locals.requestId = randomUUID();
	// Counted until the response is built, so a shutdown does not close the database under it.
	const done = trackRequest();
	try {
		return await resolve(event);
	} finally {
		done();
	}
};

// The JSON API's parameters that name a record by its uuid: a malformed one names nothing, so 404
// here, before a service sends it to Postgres (a type error there), and a NUL in any parameter likewise.
// Pages get the same through the reroute in src/hooks.ts, which keeps the site's own 404 page.
// (API tokens and calendar feeds have ids of their own: 24 base32 characters.)
const UUID_PARAMS = new Set(['id', 'jobId', 'orgId', 'meetupId', 'requestId']);
const OWN_ID_ROUTES = ['/api/v1/tokens/', '/api/v1/calendar/'];

const wellFormedApiParams: Handle = ({ event, resolve }) => {
	if (!event.url.pathname.startsWith('/api/')) return resolve(event);
	const uuidIds = !OWN_ID_ROUTES.some((prefix) => event.route.id?.startsWith(prefix));
	for (const [name, value] of Object.entries(event.params)) {
		if (value === undefined) continue;
		if (value.includes('\u0000') || (uuidIds && UUID_PARAMS.has(name) && !UUID.test(value)))
			return problem(404, { title: 'Not Found', detail: 'No such record.' });
	}
	return resolve(event);
};

const sameOrigin: Handle = ({ event, resolve }) => {
	if (isCrossSiteRequest(event.request, event.url.origin, event.cookies.get(SESSION_COOKIE) !== undefined)) {
		const detail = 'Cross-site request refused.';
		return event.url.pathname.startsWith('/api/')
			? problem(403, { title: 'Forbidden', detail })
			: new Response(detail, { status: 403 });
	}
	return resolve(event);
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		event.locals.locale = locale;
		// Pin the negotiated locale in the cookie, so the browser renders exactly what the server did.
		if (!event.cookies.get(LOCALE_COOKIE)) setLocaleCookie(event.cookies, locale);
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

const authentication: Handle = async ({ event, resolve }) => {
	event.locals.user = undefined;
	event.locals.session = undefined;
	event.locals.apiTokenId = undefined;
	const authorization = event.request.headers.get('authorization');
	if (authorization?.startsWith('Bearer ')) {
		// A bad bearer token is not silently downgraded to the cookie: the caller asked for token auth.
		const valid = await validateApiToken(db(), authorization.slice('Bearer '.length).trim());
		if (valid) {
			event.locals.user = valid.user;
			event.locals.apiTokenId = valid.tokenId;
		}
		return resolve(event);
	}
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const valid = await validateSessionToken(db(), token);
		if (valid) {
			event.locals.user = valid.user;
			event.locals.session = valid.session;
			setSessionCookie(event, token, valid.expiresAt);
		} else deleteSessionCookie(event);
	}
	return resolve(event);
};

export const handle = sequence(
	requestIds,
	wellFormedApiParams,
	apiMethodNotAllowed,
	sameOrigin,
	i18n,
	authentication
);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const errorId = event.locals.requestId ?? randomUUID();
	if (status >= 500) logger.error({ err: error, errorId, path: event.url.pathname }, 'unhandled error');
	return { message: status >= 500 ? 'Internal error' : message, errorId };
};
