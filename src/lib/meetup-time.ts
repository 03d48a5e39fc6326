/**
 * A meetup's time as people read it, in their own zone: "2026. 3. 2. 오전 10:00~11:00" or
 * "Mar 2, 2026, 10:00 – 11:00 AM". Pure (Intl only), used by the server (messages, mail) and the
 * browser (the notification center) alike, so both say the same thing.
 */
export function formatMeetupTime(
	startsAt: Date | string,
	endsAt: Date | string,
	locale: 'ko' | 'en',
	timeZone: string
): string {
	const start = typeof startsAt === 'string' ? new Date(startsAt) : startsAt;
	const end = typeof endsAt === 'string' ? new Date(endsAt) : endsAt;
	if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return '';
	try {
		return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en', {
			dateStyle: 'medium',
			timeStyle: 'short',
			timeZone
		}).formatRange(start, end);
	} catch {
		// An unknown zone in stored data must not break a page: fall back to the platform default.
		if (timeZone !== 'Asia/Seoul') return formatMeetupTime(start, end, locale, 'Asia/Seoul');
		return `${start.toISOString()} – ${end.toISOString()}`;
	}
}
