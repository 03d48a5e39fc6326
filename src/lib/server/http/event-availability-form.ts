/**
 * A participant's availability for a matchmaking day as a form: "all day", or up to WINDOW_ROWS
 * from/to rows in the event's own zone (`windows.<row>.from|to`). On a day that runs past
 * midnight, clock times earlier than the opening are read as the next morning.
 */
import { m } from '$lib/paraglide/messages';
import { clockMinutes, WINDOW_ROWS, windowField } from '$lib/events/day-lines';
import { toLocalInput } from '$lib/zoned-time';
import { availabilityInput, type EventWindow } from '$lib/server/events/schema';
import { errorSink, instantAt, parseDate, type Read } from './event-form';

type Locale = 'ko' | 'en';
interface Day {
	startsAt: string;
	endsAt: string;
	timezone: string;
}

/** The day's local date, its opening in minutes after midnight, and whether it runs past midnight. */
function opening(day: Day) {
	const local = toLocalInput(day.startsAt, day.timezone);
	const lateNight = toLocalInput(day.endsAt, day.timezone).slice(0, 10) !== local.slice(0, 10);
	return { date: parseDate(local.slice(0, 10))!, minutes: clockMinutes(local.slice(11))!, lateNight };
}

/** The form's values for what a participant stated (null: all day). */
export function windowValues(windows: readonly EventWindow[] | null, day: Day): Record<string, string> {
	if (windows === null) return { mode: 'all' };
	const values: Record<string, string> = { mode: 'windows' };
	windows.slice(0, WINDOW_ROWS).forEach((w, row) => {
		values[windowField(row, 'from')] = toLocalInput(w.startsAt, day.timezone).slice(11);
		values[windowField(row, 'to')] = toLocalInput(w.endsAt, day.timezone).slice(11);
	});
	return values;
}

/** A service field (`availability.<i>.startsAt`) → the form row it came from. */
export function windowFormField(field: string, rows: readonly number[]): string {
	const [head, index, part] = field.split('.');
	if (head !== 'availability' || index === undefined) return field;
	return windowField(rows[Number(index)] ?? 0, part === 'endsAt' ? 'to' : 'from');
}

export interface ReadWindows {
	/** null: the whole day */
	windows: EventWindow[] | null;
	/** the form row of each window, in order */
	rows: number[];
}

export function readWindowsForm(values: Record<string, string>, day: Day, locale: Locale): Read<ReadWindows> {
	if (values.mode !== 'windows') return { data: { windows: null, rows: [] } };
	const sink = errorSink(locale);
	const o = { locale };
	const open = opening(day);
	// Only a day that runs past midnight reads an early clock time as the next morning; on any other
	// day it is simply before the opening, which the service reports as outside the day.
	const at = (minutes: number) =>
		instantAt(open.date, open.lateNight && minutes < open.minutes ? minutes + 1440 : minutes, day.timezone);
	const windows: EventWindow[] = [];
	const rows: number[] = [];
	for (let row = 0; row < WINDOW_ROWS; row++) {
		const text = (part: 'from' | 'to') => values[windowField(row, part)]?.trim() ?? '';
		if (!text('from') && !text('to')) continue;
		const [from, to] = [clockMinutes(text('from')), clockMinutes(text('to'))];
		for (const [part, minutes] of [
			['from', from],
			['to', to]
		] as const) {
			if (!text(part)) sink.required(windowField(row, part));
			else if (minutes === undefined) sink.add(windowField(row, part), m.validation_invalid({}, o));
		}
		if (from === undefined || to === undefined) continue;
		const [startsAt, endsAt] = [at(from), at(to)];
		if (Date.parse(endsAt) <= Date.parse(startsAt))
			sink.add(windowField(row, 'to'), m.validation_end_before_start({}, o));
		else {
			windows.push({ startsAt, endsAt });
			rows.push(row);
		}
	}
	if (windows.length === 0 && Object.keys(sink.errors).length === 0)
		sink.add(windowField(0, 'from'), m.events_availability_need_window({}, o));
	const parsed = availabilityInput.safeParse({ availability: windows });
	if (!parsed.success) sink.merge(parsed.error, (path) => windowFormField(path, rows));
	if (Object.keys(sink.errors).length > 0) return { errors: sink.errors };
	return { data: { windows, rows } };
}
