import { toLocalInput } from '$lib/zoned-time';

/** Items grouped by their local day in a zone, in the order given (each group keeps that order). */
export function groupByDay<T>(items: readonly T[], startOf: (item: T) => string, timeZone: string) {
	const groups: { day: string; items: T[] }[] = [];
	for (const item of items) {
		const day = toLocalInput(startOf(item), timeZone).slice(0, 10);
		const last = groups[groups.length - 1];
		if (last?.day === day) last.items.push(item);
		else groups.push({ day, items: [item] });
	}
	return groups;
}

/** "2026년 3월 2일 월요일" / "Monday, March 2, 2026" for a local day (noon avoids any zone edge). */
export function dayLabel(day: string, locale: 'ko' | 'en'): string {
	return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en', {
		dateStyle: 'full',
		timeZone: 'UTC'
	}).format(new Date(`${day}T12:00:00Z`));
}

/** "10:00 – 11:00 AM" in a zone: the times of a meetup whose day is already shown. */
export function clockRange(startsAt: string, endsAt: string, locale: 'ko' | 'en', timeZone: string): string {
	return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en', {
		timeStyle: 'short',
		timeZone
	}).formatRange(new Date(startsAt), new Date(endsAt));
}
