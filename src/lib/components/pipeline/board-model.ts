import type { BoardCard } from '$lib/server/http/pipeline-pages';

export interface Column {
	stage: string;
	total: number;
	cards: BoardCard[];
}

/** The board with one card moved to the top of another column (the optimistic view until the server answers). */
export function moveLocally(columns: Column[], cardId: string, to: string): Column[] {
	const card = columns.flatMap((c) => c.cards).find((c) => c.id === cardId);
	if (!card) return columns;
	const moved = { ...card, stage: to as BoardCard['stage'], allowedMoves: [] };
	return columns.map((c) => {
		if (c.stage === to) return { ...c, total: c.total + 1, cards: [moved, ...c.cards] };
		if (c.stage === card.stage)
			return { ...c, total: c.total - 1, cards: c.cards.filter((x) => x.id !== cardId) };
		return c;
	});
}

export function findCard(columns: Column[], cardId: string): BoardCard | undefined {
	return columns.flatMap((c) => c.cards).find((c) => c.id === cardId);
}

/** Whole days since `since`, at `now` (the server's clock, so both renderings agree). */
export function daysSince(since: string, now: string): number {
	return Math.max(0, Math.floor((Date.parse(now) - Date.parse(since)) / 86_400_000));
}
