import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { ScheduleUpdatedPayload } from '$lib/realtime/events';
import { DomainError } from '$lib/server/errors';
import { boardInput } from '$lib/server/events/schedule-schema';
import { domainMessage } from './messages';

type Locale = 'ko' | 'en';

/** Refusal reasons about the table chosen; every other refusal is about the time. */
const TABLE_REASONS = new Set(['table_taken', 'invalid_table']);

/**
 * A board form (move, place, unschedule, lock, unlock) read into the service's input. Form fields are
 * strings; slot, table and version are numbers to the schema, and an empty select stays missing.
 */
export function readBoardForm(values: Record<string, string>) {
	const number = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : Number(v));
	return boardInput.safeParse({
		...values,
		slot: number(values.slot),
		table: number(values.table),
		version: number(values.version)
	});
}

/** A form's fields that failed to parse, as `fail(400)`: the first bad field is named. */
export function invalidBoardForm(
	values: Record<string, string>,
	issues: { path: PropertyKey[] }[],
	locale: Locale
) {
	const field = String(issues[0]?.path[0] ?? 'slot');
	return fail(400, { values, message: m.form_invalid({}, { locale }), field, stale: false });
}

/**
 * A refused board action: its status and localized message, what was sent (so the form keeps it),
 * the field a `move_refused` is about and whether the board was stale (the page then reloads it).
 */
export function failBoard(e: unknown, event: RequestEvent, values: Record<string, string>) {
	if (!(e instanceof DomainError)) throw e;
	if (e.status === 404 && !e.field) error(404, 'Not found');
	if (e.status === 403) error(403, 'Forbidden');
	const reason = typeof e.details.reason === 'string' ? e.details.reason : null;
	const field = e.field ?? (reason && TABLE_REASONS.has(reason) ? 'table' : reason ? 'slot' : null);
	return fail(e.status, {
		values,
		message: domainMessage(e, event.locals.locale),
		field,
		stale: e.code === 'stale'
	});
}

/** What the board says after its own edit. */
export function boardDoneMessage(cause: ScheduleUpdatedPayload['cause'], locale: Locale): string {
	const o = { locale };
	const messages: Record<ScheduleUpdatedPayload['cause'], () => string> = {
		move: () => m.board_done_move({}, o),
		swap: () => m.board_done_swap({}, o),
		place: () => m.board_done_place({}, o),
		unschedule: () => m.board_done_unschedule({}, o),
		lock: () => m.board_done_lock({}, o),
		unlock: () => m.board_done_unlock({}, o),
		run: () => m.board_done_move({}, o)
	};
	return messages[cause]();
}
