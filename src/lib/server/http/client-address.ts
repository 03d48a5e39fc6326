import type { RequestEvent } from '@sveltejs/kit';
import { config } from '$lib/server/config';

/**
 * The caller's address for rate limits. X-Forwarded-For is believed only when TRUST_PROXY says how many
 * proxies we run in front of the app; otherwise anyone could claim any address and escape the limits.
 */
export function clientAddress(event: RequestEvent): string {
	const forwarded = forwardedClient(event.request.headers.get('x-forwarded-for'), config().trustProxyHops);
	if (forwarded) return forwarded;
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/**
 * The client in an X-Forwarded-For chain behind `hops` proxies of ours. Each proxy appends the address
 * it received the request from, so the client is `hops` entries from the right; whatever stands left of
 * it was written by the client itself and proves nothing. Undefined when no proxy is trusted or the
 * chain is shorter than it must be.
 */
export function forwardedClient(header: string | null, hops: number): string | undefined {
	if (hops <= 0 || !header) return undefined;
	const chain = header
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '');
	return chain.length >= hops ? chain[chain.length - hops] : undefined;
}
