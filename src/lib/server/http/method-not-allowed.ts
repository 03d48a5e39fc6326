import type { Handle } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { problem, STATUS_TITLES } from './problem';

/**
 * SvelteKit answers a known path called with a method it does not export with a plain-text 405. The
 * API promises problem documents for every error, so under /api/ that answer is rewritten, keeping
 * the `Allow` header SvelteKit computed from the route's exports.
 */
export const apiMethodNotAllowed: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (response.status !== 405 || !event.url.pathname.startsWith('/api/')) return response;
	if (/json/.test(response.headers.get('content-type') ?? '')) return response;
	const allowed = response.headers.get('allow') ?? '';
	return problem(405, {
		title: STATUS_TITLES[405]!,
		detail: m.api_method_not_allowed(
			{ method: event.request.method, allowed },
			{ locale: event.locals.locale ?? 'ko' }
		),
		headers: { allow: allowed }
	});
};
