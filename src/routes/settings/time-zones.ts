/** Common time zones for the profile select: Korea first, then the places partners usually sit. */
const COMMON_ZONES = [
	'Asia/Seoul',
	'UTC',
	'Asia/Tokyo',
	'Asia/Shanghai',
	'Asia/Taipei',
	'Asia/Hong_Kong',
	'Asia/Singapore',
	'Asia/Ho_Chi_Minh',
	'Asia/Jakarta',
	'Asia/Kolkata',
	'Asia/Dubai',
	'Europe/London',
	'Europe/Paris',
	'Europe/Berlin',
	'Europe/Helsinki',
	'America/New_York',
	'America/Chicago',
	'America/Denver',
	'America/Los_Angeles',
	'America/Sao_Paulo',
	'Australia/Sydney',
	'Pacific/Auckland'
];

/** "(UTC+09:00) Asia/Seoul": the offset as of today, which a person recognizes faster than the name. */
function labelFor(zone: string, now: Date): string {
	const offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
		.formatToParts(now)
		.find((p) => p.type === 'timeZoneName')?.value;
	const utc = !offset || offset === 'GMT' ? 'UTC' : offset.replace('GMT', 'UTC');
	return `(${utc}) ${zone.replace(/_/g, ' ')}`;
}

/** The select's options; a zone saved earlier that is not in the common list stays selectable. */
export function timeZoneChoices(current: string, now = new Date()): { id: string; label: string }[] {
	const zones = COMMON_ZONES.includes(current) ? COMMON_ZONES : [current, ...COMMON_ZONES];
	return zones.map((id) => {
		try {
			return { id, label: labelFor(id, now) };
		} catch {
			return { id, label: id };
		}
	});
}
