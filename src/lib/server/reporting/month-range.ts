/**
 * The dashboard's period filter (pure; `now` is passed in). People pick whole months (`?from=2026-01&to=2026-06`);
 * the report is asked for dates: the first day of the first month to the last day of the last month,
 * or today when that month is still running, so the page asks exactly what `GET /api/v1/kpis?from=&to=`
 * would be asked and the two agree.
 */
import { seoulDate } from './period';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface MonthRange {
	/** YYYY-MM, both inclusive */
	fromMonth: string;
	toMonth: string;
	/** YYYY-MM-DD, what the report is asked for */
	fromDate: string;
	toDate: string;
}

export type PresetKey = 'this_year' | 'last_12_months' | 'last_year';

function shift(month: string, by: number): string {
	const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function lastDay(month: string): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The range of two months, the last one ending today when it is the current month. */
export function monthRange(fromMonth: string, toMonth: string, now: Date): MonthRange {
	const today = seoulDate(now);
	const end = lastDay(toMonth);
	return { fromMonth, toMonth, fromDate: `${fromMonth}-01`, toDate: end > today ? today : end };
}

/** The presets offered beside the filter, as month pairs. */
export function presets(now: Date): { key: PresetKey; from: string; to: string }[] {
	const current = seoulDate(now).slice(0, 7);
	const year = current.slice(0, 4);
	return [
		{ key: 'this_year', from: `${year}-01`, to: current },
		{ key: 'last_12_months', from: shift(current, -11), to: current },
		{ key: 'last_year', from: `${Number(year) - 1}-01`, to: `${Number(year) - 1}-12` }
	];
}

/**
 * The period in a dashboard URL. Without one: this year so far (the API's default). A malformed or
 * reversed one, or one beyond the current month, falls back to it and says so (`invalid`) rather than
 * failing the page.
 */
export function readMonthRange(url: URL, now: Date): MonthRange & { invalid: boolean } {
	const current = seoulDate(now).slice(0, 7);
	const fallback = presets(now)[0]!;
	const from = url.searchParams.get('from')?.trim() || undefined;
	const to = url.searchParams.get('to')?.trim() || undefined;
	if (from === undefined && to === undefined)
		return { ...monthRange(fallback.from, fallback.to, now), invalid: false };
	const toMonth = to ?? current;
	const fromMonth = from ?? `${toMonth.slice(0, 4)}-01`;
	const valid = MONTH.test(fromMonth) && MONTH.test(toMonth) && fromMonth <= toMonth && fromMonth <= current;
	if (!valid) return { ...monthRange(fallback.from, fallback.to, now), invalid: true };
	return { ...monthRange(fromMonth, toMonth > current ? current : toMonth, now), invalid: false };
}
