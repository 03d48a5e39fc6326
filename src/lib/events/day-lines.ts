/**
 * The matchmaking-day forms' short text fields: breaks as "12:00-13:00" per line and halls as
 * "Hall A: 1-6" per line. A textarea of lines works without JavaScript and takes any number of rows;
 * these read and write them. Pure, shared by the server (reading) and the pages (placeholders).
 */

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;
// Korean writers use "~" for ranges, others "-" or "–".
const RANGE = /^\s*(\S+)\s*[-–~]\s*(\S+)\s*$/;
const HALL = /^\s*(.+?)\s*:?\s+(\d{1,3})\s*[-–~]\s*(\d{1,3})\s*$/;

/** "09:30" → 570 minutes after midnight; undefined when it is not a clock time. */
export function clockMinutes(text: string): number | undefined {
	const match = CLOCK.exec(text.trim());
	return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** 570 → "09:30" */
export function clockText(minutes: number): string {
	const m = ((minutes % 1440) + 1440) % 1440;
	return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

const nonEmptyLines = (text: string) =>
	text
		.split(/\r?\n/)
		.map((line, i) => ({ line: line.trim(), number: i + 1 }))
		.filter((l) => l.line !== '');

export type Lines<T> = { items: T[] } | { badLine: number };

/** Breaks as minute ranges of the day (with their line numbers); the first malformed line's number (1-based) otherwise. */
export function parseBreakLines(text: string): Lines<{ from: number; to: number; line: number }> {
	const items: { from: number; to: number; line: number }[] = [];
	for (const { line, number } of nonEmptyLines(text)) {
		const range = RANGE.exec(line);
		const from = range ? clockMinutes(range[1]!) : undefined;
		const to = range ? clockMinutes(range[2]!) : undefined;
		if (from === undefined || to === undefined) return { badLine: number };
		items.push({ from, to, line: number });
	}
	return { items };
}

type HallLine = { name: string; fromTable: number; toTable: number; line: number };

/** Halls as names with table ranges; the first malformed line's number otherwise. */
export function parseHallLines(text: string): Lines<HallLine> {
	const items: HallLine[] = [];
	for (const { line, number } of nonEmptyLines(text)) {
		const hall = HALL.exec(line);
		if (!hall) return { badLine: number };
		items.push({ name: hall[1]!, fromTable: Number(hall[2]), toTable: Number(hall[3]), line: number });
	}
	return { items };
}

export const formatHalls = (halls: readonly { name: string; fromTable: number; toTable: number }[]) =>
	halls.map((h) => `${h.name}: ${h.fromTable}-${h.toTable}`).join('\n');

/** Rows of "from/to" the availability form offers (a participant is rarely there in more pieces). */
export const WINDOW_ROWS = 3;
export const windowField = (row: number, part: 'from' | 'to') => `windows.${row}.${part}`;
