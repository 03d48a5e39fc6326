import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { DomainError } from '$lib/server/errors';
import type { PasswordWeakness } from '$lib/server/auth/password';
import { MAX_MEETUP_MINUTES } from '$lib/server/meetups/schema';
import { formatMeetupTime } from '$lib/meetup-time';
import { moveRefusedReason } from '$lib/events/move-reason';
import { pipelineRefusal } from '$lib/pipeline-labels';
import { importErrorMessage } from '$lib/server/imports/messages';

type Locale = 'ko' | 'en';

/** One localized sentence for a zod issue, naming what is wrong (the field is named by its key). */
export function issueMessage(issue: z.core.$ZodIssue, locale: Locale): string {
	const o = { locale };
	switch (issue.code) {
		case 'invalid_type': {
			// zod 4 leaves `input` out of issues unless asked, so what arrived is read from its message.
			const received =
				issue.input !== undefined ? typeof issue.input : /received (\w+)/.exec(issue.message)?.[1];
			if (received === undefined || received === 'undefined') return m.validation_required({}, o);
			if (issue.expected === 'int' && received === 'number') return m.validation_integer({}, o);
			return m.validation_invalid({}, o);
		}
		case 'too_small':
			if (issue.origin === 'string') {
				return Number(issue.minimum) <= 1
					? m.validation_required({}, o)
					: m.validation_too_short({ min: String(issue.minimum) }, o);
			}
			return m.validation_too_small({ min: String(issue.minimum) }, o);
		case 'too_big':
			return issue.origin === 'string'
				? m.validation_too_long({ max: String(issue.maximum) }, o)
				: m.validation_too_big({ max: String(issue.maximum) }, o);
		case 'invalid_format':
			if (issue.format === 'email') return m.validation_email({}, o);
			if (issue.format === 'url') return m.validation_url({}, o);
			if (issue.format === 'uuid') return m.validation_invalid({}, o);
			return m.validation_invalid({}, o);
		case 'invalid_value':
			return m.validation_invalid_value({ allowed: issue.values.map(String).join(', ') }, o);
		case 'unrecognized_keys':
			return m.validation_unknown_field({}, o);
		case 'custom':
			if (issue.message === 'unknown_code') return m.validation_unknown_code({}, o);
			if (issue.message === 'budget_order') return m.validation_budget_order({}, o);
			if (issue.message === 'reason_required') return m.validation_reason_required({}, o);
			if (issue.message === 'end_before_start') return m.validation_end_before_start({}, o);
			if (issue.message === 'meetup_too_long')
				return m.validation_meetup_too_long({ hours: String(MAX_MEETUP_MINUTES / 60) }, o);
			if (issue.message === 'same_organization') return m.validation_same_organization({}, o);
			if (issue.message === 'unknown_time_zone') return m.validation_time_zone({}, o);
			if (issue.message === 'event_too_long') return m.validation_event_too_long({}, o);
			if (issue.message === 'outside_event') return m.validation_outside_event({}, o);
			if (issue.message === 'table_out_of_range') return m.validation_table_out_of_range({}, o);
			if (issue.message === 'passwords_differ') return m.validation_passwords_differ({}, o);
			return m.validation_invalid({}, o);
		default:
			return m.validation_invalid({}, o);
	}
}

/** Field → messages, the shape of problem documents' `errors` and of forms' error maps. */
export function fieldErrors(error: z.ZodError, locale: Locale): Record<string, string[]> {
	// No prototype: a field named `toString` or `constructor` must not find an inherited function. A
	// `__proto__` key is reported as the form's own ('_'): SvelteKit refuses to serialize that key.
	const out: Record<string, string[]> = Object.create(null);
	for (const issue of error.issues) {
		const path = issue.code === 'unrecognized_keys' ? issue.keys.join(',') : issue.path.join('.') || '_';
		const key = path === '__proto__' ? '_' : path;
		(out[key] ??= []).push(issueMessage(issue, locale));
	}
	return out;
}

const weaknessMessage: Record<PasswordWeakness, (o: { locale: Locale }) => string> = {
	too_short: (o) => m.password_too_short({}, o),
	too_long: (o) => m.password_too_long({}, o),
	too_common: (o) => m.password_too_common({}, o),
	too_simple: (o) => m.password_too_simple({}, o),
	contains_email: (o) => m.password_contains_email({}, o)
};

/** The user-facing sentence for a broken rule. */
export function domainMessage(e: DomainError, locale: Locale): string {
	const o = { locale };
	switch (e.code) {
		case 'invalid_credentials':
			return m.error_invalid_credentials({}, o);
		case 'wrong_password':
			return m.error_wrong_password({}, o);
		case 'email_taken':
			return m.error_email_taken({}, o);
		case 'weak_password':
			return weaknessMessage[(e.details.reason as PasswordWeakness) ?? 'too_short'](o);
		case 'rate_limited':
			return m.error_rate_limited({ seconds: String(e.details.retryAfterSeconds ?? 60) }, o);
		case 'not_found':
			return e.status === 422 ? m.validation_unknown_code({}, o) : m.error_not_found({}, o);
		case 'forbidden':
			return m.error_forbidden({}, o);
		case 'invitation_invalid':
			return m.error_invitation_invalid({}, o);
		case 'already_member':
			return m.error_already_member({}, o);
		case 'last_owner':
			return m.error_last_owner({}, o);
		case 'slug_taken':
			return m.error_conflict({}, o);
		case 'reset_invalid':
			return m.error_reset_invalid({}, o);
		case 'weights_all_zero':
			return m.weights_all_zero({}, o);
		case 'conflict':
			return m.error_conflict({}, o);
		case 'already_applied':
			return m.error_already_applied({}, o);
		case 'challenge_closed':
			return m.error_challenge_closed({}, o);
		case 'stale':
			return m.error_stale({}, o);
		case 'invalid_transition':
			return m.error_invalid_transition(
				{ from: String(e.details.from ?? ''), to: String(e.details.to ?? '') },
				o
			);
		case 'not_nda':
			return m.error_not_nda({}, o);
		case 'unsupported_image':
			return m.error_unsupported_image({}, o);
		case 'image_too_large':
			return m.error_image_too_large({}, o);
		case 'invalid_budget':
			return m.validation_budget_order({}, o);
		case 'self_stance':
			return m.error_self_stance({}, o);
		case 'meetup_clash':
			return m.error_meetup_clash({ time: clashTime(e, locale) }, o);
		case 'meetup_in_past':
			return m.error_meetup_in_past({}, o);
		case 'outside_availability':
			return m.error_outside_availability({ organization: String(e.details.organizationName ?? '') }, o);
		case 'not_your_turn':
			return e.details.hint === 'decline' ? m.error_decline_instead({}, o) : m.error_not_your_turn({}, o);
		case 'meetup_not_started':
			return m.error_meetup_not_started({}, o);
		case 'no_slots':
			return m.error_no_slots({}, o);
		case 'schedule_exists':
			return m.error_schedule_exists({}, o);
		case 'end_before_start':
			return m.validation_end_before_start({}, o);
		case 'request_cap':
			return m.error_request_cap({ cap: String(e.details.cap ?? '') }, o);
		case 'not_participant':
			return m.error_not_participant({}, o);
		case 'same_side':
			return m.error_same_side({}, o);
		case 'request_exists':
			return m.error_request_exists({}, o);
		case 'requests_closed':
			return m.error_requests_closed({}, o);
		case 'schedule_running':
			return m.error_schedule_running({}, o);
		case 'move_refused':
			return m.error_move_refused({ reason: moveRefusedReason(e.details.reason, locale) }, o);
		case 'already_participant':
			return m.error_already_participant({}, o);
		case 'request_not_accepted':
			return m.error_request_not_accepted({}, o);
		case 'participant_no_show':
			return m.error_participant_no_show({ organization: String(e.details.organizationName ?? '') }, o);
		case 'slot_started':
			return m.error_slot_started({}, o);
		case 'outside_event':
			return m.validation_outside_event({}, o);
		case 'table_out_of_range':
			return m.validation_table_out_of_range({}, o);
		case 'event_too_long':
			return m.validation_event_too_long({}, o);
		case 'collaboration_exists':
			return m.error_collaboration_exists({}, o);
		case 'pipeline_move_refused':
			return pipelineRefusal(e.details, locale);
		case 'unknown_organization':
			return m.error_unknown_organization({}, o);
		case 'future_date':
			return m.error_future_date({}, o);
		case 'amount_required':
			return m.error_amount_required({}, o);
		case 'jobs_required':
			return m.error_jobs_required({}, o);
		case 'outcome_decided':
			return m.error_outcome_decided({}, o);
		case 'checkin_invalid':
			return m.error_checkin_invalid({}, o);
		case 'checkin_answered':
			return m.error_checkin_answered({}, o);
		default:
			return importErrorMessage(e.code, locale);
	}
}

/** The clashing meetup's time, in the zone the service put in the details (the caller's). */
function clashTime(e: DomainError, locale: Locale): string {
	const { startsAt, endsAt, timeZone } = e.details as {
		startsAt?: string;
		endsAt?: string;
		timeZone?: string;
	};
	if (!startsAt || !endsAt) return '';
	return formatMeetupTime(startsAt, endsAt, locale, timeZone ?? 'Asia/Seoul');
}
