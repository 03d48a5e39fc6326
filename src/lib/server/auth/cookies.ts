import type { RequestEvent } from '@sveltejs/kit';
import { config } from '$lib/server/config';
import { SESSION_COOKIE } from './session';

/** httpOnly so scripts cannot read it, SameSite=Lax so cross-site POSTs do not carry it. */
export function setSessionCookie(
	event: Pick<RequestEvent, 'cookies' | 'url'>,
	token: string,
	expiresAt: Date
): void {
	event.cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		path: '/',
		secure: config().isProduction || event.url.protocol === 'https:',
		expires: expiresAt
	});
}

export function deleteSessionCookie(event: Pick<RequestEvent, 'cookies' | 'url'>): void {
	event.cookies.delete(SESSION_COOKIE, {
		path: '/',
		secure: config().isProduction || event.url.protocol === 'https:'
	});
}
