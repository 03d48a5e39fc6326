import { error, type RequestEvent } from '@sveltejs/kit';
import { RateLimiter } from '$lib/server/auth/rate-limit';
import { config } from '$lib/server/config';
import { m } from '$lib/paraglide/messages';
import { clientAddress } from './client-address';
import { spend } from './api';

/**
 * Searches are cheap for one person and expensive in bulk (a scraper walking the catalog): each
 * signed-in user, or each anonymous address, gets RATE_LIMIT_SEARCH_PER_MINUTE of them.
 */
let limiter: RateLimiter | undefined;
function searchLimiter(): RateLimiter {
	limiter ??= new RateLimiter(config().searchPerMinute, 60_000);
	return limiter;
}

function searchKey(event: RequestEvent): string {
	return event.locals.user ? `user:${event.locals.user.id}` : `address:${clientAddress(event)}`;
}

/** For the JSON API: a 429 problem document with Retry-After (thrown through `api()`). */
export function spendSearch(event: RequestEvent): void {
	spend(searchLimiter(), searchKey(event));
}

/** For a catalog page's load: the error page with status 429 and Retry-After. */
export function spendSearchOnPage(event: RequestEvent): void {
	const waitMs = searchLimiter().consume(searchKey(event));
	if (waitMs === 0) return;
	const seconds = Math.ceil(waitMs / 1000);
	event.setHeaders({ 'retry-after': String(seconds) });
	error(429, m.error_rate_limited({ seconds: String(seconds) }, { locale: event.locals.locale ?? 'ko' }));
}
