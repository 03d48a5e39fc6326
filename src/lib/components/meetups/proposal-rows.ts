import { toLocalInput } from '$lib/zoned-time';

/** One proposed time as typed: a local date and a start and end time in the viewer's zone. */
export interface ProposalRow {
	date: string;
	start: string;
	end: string;
}

/** The rows of a form from the values it came back with (or empty ones). */
export function rowsFrom(values: Record<string, string> | undefined, count: number): ProposalRow[] {
	return Array.from({ length: count }, (_, i) => ({
		date: values?.[`proposals.${i}.date`] ?? '',
		start: values?.[`proposals.${i}.start`] ?? '',
		end: values?.[`proposals.${i}.end`] ?? ''
	}));
}

/** Puts a time into the first empty row (or the last one when all are filled); returns the row used. */
export function fillRow(
	rows: ProposalRow[],
	time: { startsAt: string; endsAt: string },
	timeZone: string
): number {
	const index = rows.findIndex((r) => !r.date && !r.start && !r.end);
	const row = index === -1 ? rows.length - 1 : index;
	const start = toLocalInput(time.startsAt, timeZone);
	rows[row] = {
		date: start.slice(0, 10),
		start: start.slice(11),
		end: toLocalInput(time.endsAt, timeZone).slice(11)
	};
	return row;
}
