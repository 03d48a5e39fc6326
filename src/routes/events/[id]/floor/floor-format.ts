import { getLocale } from '$lib/paraglide/runtime';

/** "14:30" in the event's zone: the floor speaks the venue's clock, whoever is looking. */
export function clock(at: string, timeZone: string): string {
	return new Intl.DateTimeFormat(getLocale() === 'ko' ? 'ko-KR' : 'en-GB', {
		hour: '2-digit',
		minute: '2-digit',
		hour12: false,
		timeZone
	}).format(new Date(at));
}

/** "14:30–15:00" in the event's zone. */
export const span = (startsAt: string, endsAt: string, timeZone: string) =>
	`${clock(startsAt, timeZone)}–${clock(endsAt, timeZone)}`;
