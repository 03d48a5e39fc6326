import { m } from '$lib/paraglide/messages';

/**
 * Why the board refused a change, as one localized phrase. `reason` is the code the server puts in a
 * `move_refused` problem's details (the validator's violation code, or `locked`, `conflict`, …); the
 * server's message and the board UI both say it this way.
 */
export function moveRefusedReason(reason: unknown, locale: 'ko' | 'en'): string {
	const o = { locale };
	switch (reason) {
		case 'double_booked':
			return m.move_reason_double_booked({}, o);
		case 'not_available':
			return m.move_reason_not_available({}, o);
		case 'table_taken':
			return m.move_reason_table_taken({}, o);
		case 'locked':
		case 'lock_moved':
			return m.move_reason_locked({}, o);
		case 'conflict':
			return m.move_reason_conflict({}, o);
		case 'invalid_slot':
			return m.move_reason_invalid_slot({}, o);
		case 'invalid_table':
			return m.move_reason_invalid_table({}, o);
		case 'already_placed':
		case 'placed_twice':
			return m.move_reason_already_placed({}, o);
		case 'not_accepted':
		case 'unknown_request':
			return m.move_reason_not_accepted({}, o);
		default:
			return m.move_reason_other({}, o);
	}
}
