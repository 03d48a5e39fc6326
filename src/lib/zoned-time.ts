/**
 * `<input type="datetime-local">` values ("2026-12-01T18:00") read and written in a named time zone,
 * so a deadline typed by someone in Seoul means 18:00 in Seoul whatever zone the server runs in.
 * Pure (Intl only), usable on the server and in the browser.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function wallClock(date: Date, timeZone: string) {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(date);
	const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	return {
		year: get('year'),
		month: get('month'),
		day: get('day'),
		hour: get('hour'),
		minute: get('minute'),
		second: get('second')
	};
}

/** The zone's offset from UTC at `date`, in milliseconds (Seoul: +9 h). */
function offsetMs(date: Date, timeZone: string): number {
	const w = wallClock(date, timeZone);
	const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
	return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** "2026-12-01T18:00" in `timeZone` → the instant; undefined when the text is not such a value. */
export function fromLocalInput(value: string, timeZone: string): Date | undefined {
	const match = LOCAL.exec(value.trim());
	if (!match) return undefined;
	const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [
		number,
		number,
		number,
		number,
		number,
		number
	];
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
	const guess = Date.UTC(y, mo - 1, d, h, mi, s);
	// One correction handles a zone whose offset differs on either side of the guess (DST edges).
	const first = guess - offsetMs(new Date(guess), timeZone);
	return new Date(guess - offsetMs(new Date(first), timeZone));
}

/** The instant as a datetime-local value in `timeZone` (minutes precision). */
export function toLocalInput(date: Date | string | null | undefined, timeZone: string): string {
	if (!date) return '';
	const w = wallClock(typeof date === 'string' ? new Date(date) : date, timeZone);
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
