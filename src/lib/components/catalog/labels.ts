import { m } from '$lib/paraglide/messages';

// Display words for the catalog's status codes, in the page's language. Codes stay in data and URLs.

const challengeStatuses: Record<string, () => string> = {
	draft: () => m.challenge_status_draft(),
	open: () => m.challenge_status_open(),
	screening: () => m.challenge_status_screening(),
	closed: () => m.challenge_status_closed(),
	archived: () => m.challenge_status_archived()
};

const applicationStatuses: Record<string, () => string> = {
	submitted: () => m.application_status_submitted(),
	shortlisted: () => m.application_status_shortlisted(),
	meetup: () => m.application_status_meetup(),
	poc: () => m.application_status_poc(),
	contract: () => m.application_status_contract(),
	declined: () => m.application_status_declined(),
	withdrawn: () => m.application_status_withdrawn()
};

const declineReasons: Record<string, () => string> = {
	not_a_fit: () => m.decline_reason_not_a_fit(),
	too_early: () => m.decline_reason_too_early(),
	budget: () => m.decline_reason_budget(),
	timing: () => m.decline_reason_timing(),
	duplicate: () => m.decline_reason_duplicate(),
	other: () => m.decline_reason_other()
};

const confidentialities: Record<string, () => string> = {
	public: () => m.confidentiality_public(),
	nda: () => m.confidentiality_nda(),
	invite: () => m.confidentiality_invite()
};

export const CHALLENGE_STATUSES = ['draft', 'open', 'screening', 'closed', 'archived'] as const;
export const DECLINE_REASONS = ['not_a_fit', 'too_early', 'budget', 'timing', 'duplicate', 'other'] as const;

export const challengeStatusLabel = (code: string) => challengeStatuses[code]?.() ?? code;
export const applicationStatusLabel = (code: string) => applicationStatuses[code]?.() ?? code;
export const declineReasonLabel = (code: string) => declineReasons[code]?.() ?? code;
export const confidentialityLabel = (code: string) => confidentialities[code]?.() ?? code;

const moves: Record<string, () => string> = {
	shortlisted: () => m.application_move_shortlisted(),
	meetup: () => m.application_move_meetup(),
	poc: () => m.application_move_poc(),
	contract: () => m.application_move_contract(),
	declined: () => m.application_move_declined(),
	withdrawn: () => m.application_move_withdrawn()
};

/** The button that moves an application to `status` ("Shortlist", "Move to meetup" …). */
export const moveLabel = (status: string) => moves[status]?.() ?? status;
