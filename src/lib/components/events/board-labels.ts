import { m } from '$lib/paraglide/messages';
import type { UnplacedItem } from '$lib/server/events/schedule-view';

/** A request's priority in words: 3 must meet, 2 want to meet, 1 nice to meet. */
export function priorityLabel(priority: number): string {
	if (priority >= 3) return m.board_priority_3();
	if (priority === 2) return m.board_priority_2();
	return m.board_priority_1();
}

/** An organization's name as the page shows it (by id, falling back to the name the row carries). */
export type NameOf = (organizationId: string, fallback: string) => string;

/**
 * Why a request is not on the board, in plain words (naming the side that is full, if one is).
 * Before the first run every request simply waits for it.
 */
export function unplacedReason(item: UnplacedItem, nameOf: NameOf, hasRun: boolean): string {
	switch (item.reason) {
		case 'no_common_slot':
			return m.board_reason_no_common_slot();
		case 'participant_full': {
			const name =
				item.participantId === item.corporateId
					? nameOf(item.corporateId, item.corporateName)
					: nameOf(item.startupId, item.startupName);
			return m.board_reason_participant_full({ name });
		}
		case 'no_table':
			return m.board_reason_no_table();
		case 'conflict':
			return m.board_reason_conflict();
		default:
			return hasRun ? m.board_reason_not_scheduled() : m.board_reason_waiting();
	}
}

/** How the last run solved it. */
export function methodLabel(method: 'exact-uniform' | 'heuristic'): string {
	return method === 'exact-uniform' ? m.board_method_exact() : m.board_method_heuristic();
}
