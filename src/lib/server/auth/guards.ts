import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from './session';

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	if (!event.locals.user) {
		redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	}
	return event.locals.user;
}

export function requireAdmin(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	const user = requireUser(event);
	if (!user.isAdmin) error(403, 'Forbidden');
	return user;
}

/** Only same-site paths are followed after sign-in, so `next` cannot send people elsewhere. */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
	return next;
}
