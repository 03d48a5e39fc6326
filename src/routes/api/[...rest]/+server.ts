import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { problem, STATUS_TITLES } from '$lib/server/http/problem';

/** Any other path under /api answers as the API does, with a problem document rather than an HTML page. */
export const fallback: RequestHandler = async ({ url, locals }) =>
	problem(404, {
		title: STATUS_TITLES[404]!,
		detail: m.api_not_found({ path: url.pathname }, { locale: locals.locale ?? 'ko' })
	});
