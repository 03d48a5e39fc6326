/**
 * A broken business rule. Services throw these; the edges (form actions, the JSON API, socket
 * handlers) turn them into a status and a localized message. `code` names the message, `field` the
 * input it is about, if any.
 */
export class DomainError extends Error {
	override name = 'DomainError';
	constructor(
		readonly code: DomainErrorCode,
		readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
		readonly field?: string,
		readonly details: Record<string, unknown> = {}
	) {
		super(code);
	}
}

export type DomainErrorCode =
	| 'invalid_credentials'
	| 'wrong_password'
	| 'email_taken'
	| 'weak_password'
	| 'rate_limited'
	| 'not_found'
	| 'forbidden'
	| 'invitation_invalid'
	| 'already_member'
	| 'last_owner'
	| 'slug_taken'
	| 'reset_invalid'
	| 'conflict'
	| 'already_applied'
	| 'challenge_closed'
	| 'stale'
	| 'invalid_transition'
	| 'not_nda'
	| 'unsupported_image'
	| 'image_too_large'
	| 'invalid_budget'
	| 'self_stance'
	| 'weights_all_zero'
	| 'meetup_clash'
	| 'meetup_in_past'
	| 'outside_availability'
	| 'not_your_turn'
	| 'meetup_not_started'
	| 'no_slots'
	| 'schedule_exists'
	| 'end_before_start'
	| 'request_cap'
	| 'not_participant'
	| 'same_side'
	| 'request_exists'
	| 'requests_closed'
	| 'schedule_running'
	| 'move_refused'
	| 'already_participant'
	| 'request_not_accepted'
	| 'participant_no_show'
	| 'slot_started'
	| 'outside_event'
	| 'table_out_of_range'
	| 'event_too_long'
	| 'collaboration_exists'
	| 'pipeline_move_refused'
	| 'unknown_organization'
	| 'future_date'
	| 'amount_required'
	| 'jobs_required'
	| 'outcome_decided'
	| 'checkin_invalid'
	| 'checkin_answered'
	| ImportErrorCode;

/** An import file or job refused (imports/): the message names what to do about it. */
export type ImportErrorCode =
	| 'import_unsupported_file'
	| 'import_too_large'
	| 'import_too_many_rows'
	| 'import_empty'
	| 'import_encoding'
	| 'import_no_header'
	| 'import_mapping_name'
	| 'import_mapping_invalid'
	| 'import_state';

export const notFound = () => new DomainError('not_found', 404);
export const forbidden = () => new DomainError('forbidden', 403);

/** Postgres SQLSTATE of a unique violation, and the constraint it names. */
export function uniqueViolation(e: unknown): string | undefined {
	const err = e as { code?: string; constraint?: string; message?: string } | undefined;
	if (err?.code !== '23505') return undefined;
	return err.constraint ?? err.message ?? '';
}

/** Postgres SQLSTATE of an exclusion violation (two rows' ranges overlap), and the constraint it names. */
export function exclusionViolation(e: unknown): string | undefined {
	const err = e as { code?: string; constraint?: string; message?: string } | undefined;
	if (err?.code !== '23P01') return undefined;
	return err.constraint ?? err.message ?? '';
}
