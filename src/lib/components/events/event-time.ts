import { getLocale } from '$lib/paraglide/runtime';

/**
 * Times of a matchmaking day in the event's own zone: the day happens at the venue, so its board and
 * agendas speak the venue's clock whoever is looking (the zone is named next to them).
 */
export function clock(at: string, timeZone: string): string {
	return new Intl.DateTimeFormat(getLocale() === 'ko' ? 'ko-KR' : 'en-GB', {
		hour: '2-digit',
		minute: '2-digit',
		hour12: false,
		timeZone
	}).format(new Date(at));
}

/** "14:30–14:50" in the event's zone. */
export const span = (startsAt: string, endsAt: string, timeZone: string) =>
	`${clock(startsAt, timeZone)}–${clock(endsAt, timeZone)}`;

/** The day itself, e.g. "2026년 12월 3일 목요일" / "Thursday, 3 December 2026". */
export function dayOf(at: string, timeZone: string): string {
	return new Intl.DateTimeFormat(getLocale() === 'ko' ? 'ko-KR' : 'en-GB', {
		dateStyle: 'full',
		timeZone
	}).format(new Date(at));
}
