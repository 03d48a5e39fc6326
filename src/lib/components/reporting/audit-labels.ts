/**
 * The audit log in plain words (browser-safe): "협업 · 단계 이동" for `collaboration.moved`, a link to
 * the subject where it has a page, and a short summary of the entry's data. An action without words
 * shows its code, so nothing is hidden.
 */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import { formatKrw } from '$lib/format-krw';
import { stageLabel } from '$lib/pipeline-labels';

const DOMAIN: Record<string, () => string> = {
	organization: () => m.audit_subject_organization(),
	startup: () => m.audit_subject_startup(),
	corporate: () => m.audit_subject_corporate(),
	challenge: () => m.audit_subject_challenge(),
	application: () => m.audit_subject_application(),
	meetup: () => m.audit_subject_meetup(),
	event: () => m.audit_subject_event(),
	meeting_request: () => m.audit_subject_meeting_request(),
	collaboration: () => m.audit_subject_collaboration(),
	outcome: () => m.audit_subject_outcome(),
	checkin: () => m.audit_subject_checkin(),
	user: () => m.audit_subject_user(),
	membership: () => m.audit_subject_membership(),
	invitation: () => m.audit_subject_invitation(),
	matching: () => m.audit_subject_matching(),
	availability: () => m.audit_subject_availability()
};

const VERB: Record<string, () => string> = {
	created: () => m.audit_verb_created(),
	updated: () => m.audit_verb_updated(),
	opened: () => m.audit_verb_opened(),
	moved: () => m.audit_verb_moved(),
	move_refused: () => m.audit_verb_move_refused(),
	recorded: () => m.audit_verb_recorded(),
	corrected: () => m.audit_verb_corrected(),
	confirmed: () => m.audit_verb_confirmed(),
	rejected: () => m.audit_verb_rejected(),
	requested: () => m.audit_verb_requested(),
	declined: () => m.audit_verb_declined(),
	cancelled: () => m.audit_verb_cancelled(),
	rescheduled: () => m.audit_verb_rescheduled(),
	completed: () => m.audit_verb_completed(),
	submitted: () => m.audit_verb_submitted(),
	answered: () => m.audit_verb_answered(),
	invited: () => m.audit_verb_invited(),
	nda_accepted: () => m.audit_verb_nda_accepted(),
	accepted: () => m.audit_verb_accepted(),
	removed: () => m.audit_verb_removed(),
	weights_changed: () => m.audit_verb_weights_changed(),
	password_reset: () => m.audit_verb_password_reset(),
	set: () => m.audit_verb_set(),
	checkin: () => m.audit_verb_checkin(),
	participant_added: () => m.audit_verb_participant_added(),
	participant_removed: () => m.audit_verb_participant_removed(),
	request_filed: () => m.audit_verb_request_filed(),
	phase_changed: () => m.audit_verb_phase_changed()
};

/** Subject types for the filter, in the order people look for them. */
export const SUBJECT_TYPES = [
	'collaboration',
	'outcome',
	'checkin',
	'meetup',
	'application',
	'challenge',
	'event',
	'meeting_request',
	'organization',
	'user'
] as const;

/** Action families for the filter (prefixes ending in a dot match every action of the family). */
export const ACTION_FAMILIES = [
	'collaboration',
	'outcome',
	'checkin',
	'meetup',
	'application',
	'challenge',
	'event',
	'organization',
	'startup',
	'corporate',
	'membership',
	'invitation',
	'matching',
	'availability',
	'user'
] as const;

export const domainLabel = (domain: string): string => DOMAIN[domain]?.() ?? domain;

/** "협업 · 단계 이동", or the code itself for an action without words. */
export function actionLabel(action: string): string {
	const dot = action.indexOf('.');
	const domain = action.slice(0, dot);
	const verb = VERB[action.slice(dot + 1)];
	return dot > 0 && DOMAIN[domain] && verb ? `${DOMAIN[domain]()} · ${verb()}` : action;
}

const PAGE: Record<string, string> = {
	organization: '/organizations/',
	challenge: '/challenges/',
	meetup: '/meetups/',
	event: '/events/'
};

/** The subject's own page, where it has one. */
export function subjectHref(type: string, id: string): string | null {
	return PAGE[type] ? `${PAGE[type]}${id}` : null;
}

const STAGE_KEYS = new Set(['from', 'to', 'stage', 'fromStage', 'toStage']);

/** Up to four `key: value` pairs of an entry's data, stages in words and long text cut short. */
export function dataSummary(data: unknown, locale: Locale): string {
	if (data === null || typeof data !== 'object' || Array.isArray(data))
		return data == null ? '' : String(data);
	const pairs: string[] = [];
	for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
		if (value === null || value === undefined || typeof value === 'object') continue;
		let text = String(value);
		if (STAGE_KEYS.has(key)) text = stageLabel(text, locale);
		else if (key.endsWith('Krw') && typeof value === 'number') text = formatKrw(value, locale);
		if (text.length > 48) text = `${text.slice(0, 47)}…`;
		pairs.push(`${key}: ${text}`);
		if (pairs.length === 4) break;
	}
	return pairs.join(' · ');
}
