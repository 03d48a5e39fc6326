/**
 * Reporting periods and months (pure, no clock reads: `now` is passed in). Centers report in Korean
 * time: a month is a calendar month in Asia/Seoul (UTC+9 all year, no daylight saving since 1988), and
 * a period given as dates runs from the first date's midnight to the day after the last date's.
 */
export const REPORTING_TIME_ZONE = 'Asia/Seoul';
const OFFSET = '+09:00';
const DAY_MS = 24 * 60 * 60 * 1000;
const SEOUL_MS = 9 * 60 * 60 * 1000;

export interface Period {
	/** inclusive */
	from: Date;
	/** exclusive */
	to: Date;
	/** the first and last dates in Seoul, YYYY-MM-DD */
	fromDate: string;
	toDate: string;
}

/** The calendar date in Seoul of an instant, YYYY-MM-DD. */
export function seoulDate(at: Date): string {
	return new Date(at.getTime() + SEOUL_MS).toISOString().slice(0, 10);
}

/** Seoul midnight starting a date. */
export function seoulMidnight(date: string): Date {
	return new Date(`${date}T00:00:00${OFFSET}`);
}

/**
 * The period of `?from=&to=` (dates, both inclusive). Without `from`: January 1st of `to`'s year;
 * without `to`: today in Seoul.
 */
export function resolvePeriod(input: { from?: string; to?: string }, now: Date): Period {
	const toDate = input.to ?? seoulDate(now);
	const fromDate = input.from ?? `${toDate.slice(0, 4)}-01-01`;
	return {
		from: seoulMidnight(fromDate),
		to: new Date(seoulMidnight(toDate).getTime() + DAY_MS),
		fromDate,
		toDate
	};
}

/** The months (YYYY-MM) a period touches, in order. */
export function monthsOf(period: Pick<Period, 'fromDate' | 'toDate'>): string[] {
	const months: string[] = [];
	let y = Number(period.fromDate.slice(0, 4));
	let m = Number(period.fromDate.slice(5, 7));
	const last = period.toDate.slice(0, 7);
	for (;;) {
		const key = `${y}-${String(m).padStart(2, '0')}`;
		if (key > last) break;
		months.push(key);
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	return months;
}

/**
 * Figures by month for every month of the period (zero where nothing happened) and their totals. The
 * totals are the sums of the months, so a chart and its headline never disagree.
 */
export function bucketByMonth<K extends string>(
	months: readonly string[],
	keys: readonly K[],
	rows: readonly ({ month: string } & Partial<Record<K, number>>)[]
): { byMonth: ({ month: string } & Record<K, number>)[]; totals: Record<K, number> } {
	const zero = () => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
	const index = new Map(months.map((month) => [month, { month, ...zero() }]));
	const totals = zero();
	for (const row of rows) {
		const bucket = index.get(row.month) as Record<K, number> | undefined;
		if (!bucket) continue;
		for (const k of keys) {
			const v = Number(row[k] ?? 0);
			bucket[k] += v;
			totals[k] += v;
		}
	}
	return { byMonth: [...index.values()], totals };
}

/** Share of `part` in `whole`, 0–1 with three decimals; null when there is no whole. */
export function rate(part: number, whole: number): number | null {
	return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;
}
