import { m } from '$lib/paraglide/messages';
import type { MoveFailure } from '$lib/server/http/pipeline-pages';

/**
 * What a board page says after a form posted without JavaScript: a refused move (the action's
 * failure, shown on the board and its card), a move done (`?moved=<card>&to=<stage>`), a decision.
 */
export function boardNotice(url: URL, form: unknown) {
	const f = form as (Partial<MoveFailure> & { values?: Record<string, string> }) | null | undefined;
	const move = f && typeof f.card === 'string' && f.values?.to !== undefined ? (f as MoveFailure) : undefined;
	const movedCard = url.searchParams.get('moved');
	const to = url.searchParams.get('to');
	const done = url.searchParams.get('done');
	return {
		move,
		moved: movedCard && to && !move ? { card: movedCard, to } : undefined,
		decided:
			done === 'confirmed'
				? m.outcome_done_confirmed()
				: done === 'rejected'
					? m.outcome_done_rejected()
					: undefined
	};
}
