import type { Cookies } from '@sveltejs/kit';

export type Locale = 'ko' | 'en';
/** Must match `cookieName` of the Paraglide plugin in vite.config.ts. */
export const LOCALE_COOKIE = 'locale';
const LOCALE_COOKIE_MAX_AGE_S = 400 * 24 * 60 * 60;

export function isLocale(value: unknown): value is Locale {
	return value === 'ko' || value === 'en';
}

/** The UI language, readable by the browser's Paraglide runtime (so not httpOnly; it is no secret). */
export function setLocaleCookie(cookies: Cookies, locale: Locale): void {
	cookies.set(LOCALE_COOKIE, locale, {
		path: '/',
		httpOnly: false,
		sameSite: 'lax',
		maxAge: LOCALE_COOKIE_MAX_AGE_S
	});
}
