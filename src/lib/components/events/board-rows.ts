/**
 * The board's rows, pure: one per slot in time order, with a band wherever time passes between two
 * slots (a break), so the grid reads like the day. Slot indices are dense over meeting slots.
 */
export interface SlotInfo {
	index: number;
	startsAt: string;
	endsAt: string;
}

export type BoardRow = { kind: 'slot'; slot: SlotInfo } | { kind: 'break'; startsAt: string; endsAt: string };

export function boardRows(slots: readonly SlotInfo[]): BoardRow[] {
	const rows: BoardRow[] = [];
	const sorted = [...slots].sort((a, b) => a.index - b.index);
	sorted.forEach((slot, i) => {
		const previous = sorted[i - 1];
		if (previous && Date.parse(previous.endsAt) < Date.parse(slot.startsAt))
			rows.push({ kind: 'break', startsAt: previous.endsAt, endsAt: slot.startsAt });
		rows.push({ kind: 'slot', slot });
	});
	return rows;
}

export interface Hall {
	name: string;
	fromTable: number;
	toTable: number;
}

/** The hall a table stands in, if the event names halls. */
export function hallOf(halls: readonly Hall[], table: number): string | undefined {
	return halls.find((h) => h.fromTable <= table && table <= h.toTable)?.name;
}

/**
 * Header groups over the table columns: each hall once with its span, and unnamed stretches between
 * them as blank groups, so the header row always covers every table exactly once.
 */
export function hallGroups(halls: readonly Hall[], tables: number): { name: string | null; span: number }[] {
	const groups: { name: string | null; span: number }[] = [];
	for (let table = 1; table <= tables; table++) {
		const name = hallOf(halls, table) ?? null;
		const last = groups.at(-1);
		if (last && last.name === name) last.span++;
		else groups.push({ name, span: 1 });
	}
	return groups;
}
