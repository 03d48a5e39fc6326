/**
 * Weekly availability as instants. Pure (Intl only, no clock reads): an organization states hours per
 * weekday in its own time zone and whole blackout dates; these turn them into half-open UTC intervals
 * for a window, intersect two organizations, take away busy times and propose meeting slots.
 *
 * Each local date is converted on its own, so a weekly "09:00–18:00 in New York" stays 09:00–18:00
 * local across the March and November switches (13:00–22:00 UTC in summer, 14:00–23:00 in winter).
 * Local times that do not exist (the skipped hour) move forward, and repeated ones take the first
 * occurrence, as Temporal's `compatible` disambiguation does.
 */

export interface Interval {
	/** epoch milliseconds, inclusive */
	start: number;
	/** epoch milliseconds, exclusive */
	end: number;
}

export interface WeeklyRule {
	/** 0 = Sunday … 6 = Saturday, in the organization's zone */
	weekday: number;
	/** minutes from local midnight, 0–1439 */
	startMinute: number;
	/** minutes from local midnight, 1–1440 (1440 = the next midnight) */
	endMinute: number;
}

export interface Availability {
	timeZone: string;
	rules: readonly WeeklyRule[];
	/** inclusive local dates, `YYYY-MM-DD` */
	blackouts: readonly { from: string; to: string }[];
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Every minute of every day: for an organization that stated no hours (nothing is enforced). */
export const ALWAYS: readonly WeeklyRule[] = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
	weekday,
	startMinute: 0,
	endMinute: 1440
}));

/** Office hours, Monday to Friday 09:00–18:00: what suggestions assume for a side that stated none. */
export const OFFICE_HOURS: readonly WeeklyRule[] = [1, 2, 3, 4, 5].map((weekday) => ({
	weekday,
	startMinute: 9 * 60,
	endMinute: 18 * 60
}));

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
	let format = formats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		formats.set(timeZone, format);
	}
	return format;
}

/** Whether Intl knows the zone (IANA names such as `Asia/Seoul`, `America/New_York`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
	try {
		formatFor(timeZone);
		return true;
	} catch {
		return false;
	}
}

/** The zone's offset from UTC at an instant, in milliseconds (Seoul: +9 h). */
function offsetAt(instant: number, timeZone: string): number {
	const parts = formatFor(timeZone).formatToParts(new Date(instant));
	const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant of a local wall-clock time; `days` and `minutes` may overflow (Date.UTC normalizes). */
export function zonedInstant(
	year: number,
	month: number,
	day: number,
	minutes: number,
	timeZone: string
): number {
	const wall = Date.UTC(year, month - 1, day, 0, minutes);
	// Offsets in force half a day either side bracket any transition near this wall time.
	const before = offsetAt(wall - DAY_MS / 2, timeZone);
	const after = offsetAt(wall + DAY_MS / 2, timeZone);
	const candidates = [wall - before, wall - after].filter((t) => offsetAt(t, timeZone) === wall - t);
	if (candidates.length > 0) return Math.min(...candidates);
	// In the skipped hour: read it with the offset before the switch, which lands after the gap.
	return wall - before;
}

/** The local calendar date (year, month, day) of an instant in a zone. */
function localDate(instant: number, timeZone: string): { year: number; month: number; day: number } {
	const shifted = new Date(instant + offsetAt(instant, timeZone));
	return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function parseDate(text: string): { year: number; month: number; day: number } {
	const [year, month, day] = text.split('-').map(Number) as [number, number, number];
	return { year, month, day };
}

/** Sorts and joins touching or overlapping intervals. */
export function normalize(intervals: readonly Interval[]): Interval[] {
	const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
	const out: Interval[] = [];
	for (const i of sorted) {
		const last = out[out.length - 1];
		if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
		else out.push({ ...i });
	}
	return out;
}

/** The instants common to both lists. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
	const x = normalize(a);
	const y = normalize(b);
	const out: Interval[] = [];
	let i = 0;
	let j = 0;
	while (i < x.length && j < y.length) {
		const start = Math.max(x[i]!.start, y[j]!.start);
		const end = Math.min(x[i]!.end, y[j]!.end);
		if (start < end) out.push({ start, end });
		if (x[i]!.end < y[j]!.end) i++;
		else j++;
	}
	return out;
}

/** The instants of `a` outside every interval of `b`. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
	const cuts = normalize(b);
	const out: Interval[] = [];
	for (const piece of normalize(a)) {
		let start = piece.start;
		for (const cut of cuts) {
			if (cut.end <= start || cut.start >= piece.end) continue;
			if (cut.start > start) out.push({ start, end: cut.start });
			start = Math.max(start, cut.end);
		}
		if (start < piece.end) out.push({ start, end: piece.end });
	}
	return out;
}

/** The blackout dates as instants: from local midnight of `from` to local midnight after `to`. */
export function blackoutIntervals(availability: Availability): Interval[] {
	return availability.blackouts.map((b) => {
		const from = parseDate(b.from);
		const to = parseDate(b.to);
		return {
			start: zonedInstant(from.year, from.month, from.day, 0, availability.timeZone),
			end: zonedInstant(to.year, to.month, to.day + 1, 0, availability.timeZone)
		};
	});
}

/**
 * When the organization is available within `window`: its weekly hours on every local date the
 * window touches, minus its blackout dates, clipped to the window.
 */
export function availableIntervals(availability: Availability, window: Interval): Interval[] {
	const { timeZone, rules } = availability;
	const first = localDate(window.start, timeZone);
	const last = localDate(window.end, timeZone);
	const days = Math.round(
		(Date.UTC(last.year, last.month - 1, last.day) - Date.UTC(first.year, first.month - 1, first.day)) /
			DAY_MS
	);
	const open: Interval[] = [];
	// One day either side: a rule ending at 24:00 or a zone far from UTC reaches into the window.
	for (let d = -1; d <= days + 1; d++) {
		const weekday = new Date(Date.UTC(first.year, first.month - 1, first.day + d)).getUTCDay();
		for (const rule of rules) {
			if (rule.weekday !== weekday) continue;
			open.push({
				start: zonedInstant(first.year, first.month, first.day + d, rule.startMinute, timeZone),
				end: zonedInstant(first.year, first.month, first.day + d, rule.endMinute, timeZone)
			});
		}
	}
	return intersect(subtract(open, blackoutIntervals(availability)), [window]);
}

/** Whether the whole interval lies inside the organization's hours and outside its blackouts. */
export function isAvailable(availability: Availability, interval: Interval): boolean {
	const window = { start: interval.start - DAY_MS, end: interval.end + DAY_MS };
	return availableIntervals(availability, window).some(
		(w) => w.start <= interval.start && interval.end <= w.end
	);
}

export interface SuggestionRequest {
	sides: readonly [Availability, Availability];
	/** active meetups of either side */
	busy: readonly Interval[];
	window: Interval;
	minutes: number;
	/** slots start on this grid of UTC minutes (30: on the hour and half hour) */
	stepMinutes?: number;
	limit: number;
	/** nothing earlier than this is suggested */
	now: number;
}

/**
 * Meeting slots both sides can make, earliest first, not overlapping each other: the intersection of
 * both sides' hours minus their busy times, cut into `minutes`-long slots starting on the grid.
 */
export function suggestSlots(request: SuggestionRequest): Interval[] {
	const { window, minutes, limit } = request;
	const step = (request.stepMinutes ?? 30) * MINUTE_MS;
	const length = minutes * MINUTE_MS;
	const free = subtract(
		intersect(availableIntervals(request.sides[0], window), availableIntervals(request.sides[1], window)),
		request.busy
	);
	const slots: Interval[] = [];
	for (const gap of free) {
		let start = Math.ceil(Math.max(gap.start, request.now) / step) * step;
		while (start + length <= gap.end && slots.length < limit) {
			slots.push({ start, end: start + length });
			start = Math.ceil((start + length) / step) * step;
		}
		if (slots.length >= limit) break;
	}
	return slots;
}
