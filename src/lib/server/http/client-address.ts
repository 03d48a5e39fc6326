import type { RequestEvent } from '@sveltejs/kit';
import { config } from '$lib/server/config';

/**
 * The caller's address for rate limits. X-Forwarded-For is believed only when TRUST_PROXY says a
 * proxy we run sets it; otherwise anyone could claim any address and escape the limits.
 */
export function clientAddress(event: RequestEvent): string {
	if (config().trustProxy) {
		const forwarded = event.request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
		if (forwarded) return forwarded;
	}
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}
