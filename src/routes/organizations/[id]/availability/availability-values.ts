/**
 * The availability form's field names and its values from what the organization stated. Weekly hours
 * are `weekly.<weekday>.<n>.start|end` (0 = Sunday), blackouts `blackouts.<n>.from|to|reason`; the
 * same names come back after a refusal, so nothing typed is lost.
 */

/** Weekdays as a Korean business week reads them: Monday first. */
export const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;
/** Hours ranges per weekday the form offers. */
export const RANGES_PER_DAY = 3;
/** Empty blackout rows offered below the stated ones. */
export const SPARE_BLACKOUTS = 2;

export const hourField = (weekday: number, n: number, part: 'start' | 'end') =>
	`weekly.${weekday}.${n}.${part}`;
export const blackoutField = (n: number, part: 'from' | 'to' | 'reason') => `blackouts.${n}.${part}`;

export interface StatedAvailability {
	timeZone: string;
	weekly: { weekday: number; start: string; end: string }[];
	blackouts: { from: string; to: string; reason: string | null }[];
}

export function toValues(stated: StatedAvailability): Record<string, string> {
	const values: Record<string, string> = { timeZone: stated.timeZone };
	const used = new Map<number, number>();
	for (const r of stated.weekly) {
		const n = used.get(r.weekday) ?? 0;
		if (n >= RANGES_PER_DAY) continue;
		used.set(r.weekday, n + 1);
		values[hourField(r.weekday, n, 'start')] = r.start;
		// A range to midnight is stored as 24:00; a time input shows it as 00:00.
		values[hourField(r.weekday, n, 'end')] = r.end === '24:00' ? '00:00' : r.end;
	}
	stated.blackouts.forEach((b, n) => {
		values[blackoutField(n, 'from')] = b.from;
		values[blackoutField(n, 'to')] = b.to;
		values[blackoutField(n, 'reason')] = b.reason ?? '';
	});
	return values;
}

/** How many blackout rows the values hold (the last filled index + 1). */
export function blackoutCount(values: Record<string, string>): number {
	let count = 0;
	for (const key of Object.keys(values)) {
		const match = /^blackouts\.(\d+)\./.exec(key);
		if (match && values[key]?.trim()) count = Math.max(count, Number(match[1]) + 1);
	}
	return count;
}
