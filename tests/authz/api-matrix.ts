/**
 * Who may call each method × route of the JSON API (`src/routes/api`). The coverage test
 * (tests/unit/authz-api-coverage.test.ts) fails when an endpoint exists that is not listed here, or
 * is listed and no longer exists; tests/e2e/api/authz-api.test.ts calls every entry as anonymous, as
 * the tenants and roles the rule leaves out, and as one it lets in.
 *
 * "The organization / center / event in the URL" is the one named by its `[id]`. By the services'
 * design admins pass every member and manager rule; the e2e test checks that on reads.
 */
export type ApiAccess =
	/** Anyone, signed in or not; answers only what the caller may see. */
	| 'public'
	/** Whoever holds the secret in the URL or body (calendar feed token, check-in link token). */
	| 'token_holder'
	/** Any signed-in user, about their own account, or a list already narrowed to what they may see. */
	| 'signed_in'
	/** Any signed-in user who may see the organization in the URL (a private startup is 404 to others). */
	| 'org_viewer'
	/** A member of some startup or corporate acting for it (the body names which). */
	| 'party_member'
	/** A member of the startup in the URL (or its steward center's manager). */
	| 'startup_member'
	/** A member of the corporate in the URL, or of the corporate owning the challenge in the URL. */
	| 'corporate_member'
	/** A startup member acting on a challenge they may see (apply, accept its NDA). */
	| 'applicant'
	/** An owner of the organization in the URL, or its steward center's manager. */
	| 'org_owner'
	/** A member of the organization in the URL. */
	| 'org_member'
	/** A manager of the center in the URL. */
	| 'center_manager'
	/** A manager of some center (reports, exports, audit, imports, new events). */
	| 'any_center_manager'
	/** A manager of the event's center. */
	| 'event_manager'
	/**
	 * The event's managers see the whole schedule; once it is published each participant sees its own
	 * meetings (before that, 403). Outsiders to the day never see it.
	 */
	| 'event_schedule'
	/** A member of an organization taking part in the event, or its manager. */
	| 'event_participant'
	/** A member of one of the meetup's two organizations. */
	| 'meetup_party'
	/** A member of the collaboration's startup or corporate, or a steward center's manager. */
	| 'collaboration_party'
	/** A manager of a center stewarding the outcome's collaboration. */
	| 'steward_manager';

/**
 * What a caller the rule leaves out gets: 404 where the record's existence is itself private to them,
 * 403 where they may know it exists (a participant of a day asking for its managers' views).
 */
export type Refusal = 403 | 404;

export interface ApiMatrixEntry {
	method: string;
	route: string;
	access: ApiAccess;
	/** The answer to a wrong tenant or role (anonymous always gets 401 unless the rule is public). */
	refusal?: Refusal;
	/**
	 * The body is validated before the rule is applied, so a caller with an empty body gets 422
	 * whoever they are: the test then proves no write, and the rule only where it sends a valid body.
	 */
	validatesFirst?: true;
}

const V1 = '/api/v1';
const e = (
	method: string,
	route: string,
	access: ApiAccess,
	refusal?: Refusal,
	validatesFirst?: true
): ApiMatrixEntry => ({
	method,
	route: route.startsWith('/api/') ? route : V1 + route,
	access,
	refusal,
	validatesFirst
});
const body = true as const;

export const apiMatrix: ApiMatrixEntry[] = [
	// Accounts and tokens
	e('fallback', '/api/[...rest]', 'public'),
	e('GET', '/openapi.json', 'public'),
	e('GET', '/taxonomy', 'public'),
	e('POST', '/users', 'public'),
	e('POST', '/tokens', 'public'),
	e('DELETE', '/tokens/[id]', 'signed_in', 404),
	e('GET', '/me', 'signed_in'),
	e('GET', '/organizations', 'public'),
	e('POST', '/organizations', 'signed_in'),
	e('GET', '/organizations/[id]/export', 'org_owner', 404),
	e('GET', '/organizations/[id]/availability', 'org_viewer', 404),
	e('PUT', '/organizations/[id]/availability', 'org_member', 403, body),

	// Catalog: startups, corporates, challenges, applications
	e('GET', '/startups', 'public'),
	e('POST', '/startups', 'signed_in', undefined, body),
	e('GET', '/startups/[id]', 'public'),
	e('PATCH', '/startups/[id]', 'startup_member', 403, body),
	e('GET', '/startups/[id]/matches', 'startup_member', 403),
	e('GET', '/corporates/[id]', 'public'),
	e('PATCH', '/corporates/[id]', 'corporate_member', 403, body),
	e('GET', '/challenges', 'public'),
	e('POST', '/challenges', 'party_member', 403, body),
	e('GET', '/challenges/[id]', 'public'),
	e('PATCH', '/challenges/[id]', 'corporate_member', 404, body),
	e('GET', '/challenges/[id]/applications', 'corporate_member', 404),
	e('POST', '/challenges/[id]/applications', 'applicant', 403, body),
	e('POST', '/challenges/[id]/nda', 'applicant', 403, body),
	e('GET', '/challenges/[id]/matches', 'corporate_member', 403),
	e('PATCH', '/applications/[id]', 'corporate_member', 404, body),

	// Matching
	e('PUT', '/interests', 'party_member', 403, body),
	e('GET', '/centers/[id]/matching-weights', 'center_manager', 403),
	e('PUT', '/centers/[id]/matching-weights', 'center_manager', 403, body),

	// Meetups and calendars
	e('GET', '/meetups', 'signed_in'),
	e('POST', '/meetups', 'party_member', 403, body),
	e('GET', '/meetups/suggestions', 'party_member', 403),
	e('GET', '/meetups/[id]', 'meetup_party', 404),
	e('GET', '/meetups/[id]/ics', 'meetup_party', 404),
	e('POST', '/meetups/[id]/confirm', 'meetup_party', 404, body),
	e('POST', '/meetups/[id]/decline', 'meetup_party', 404, body),
	e('POST', '/meetups/[id]/cancel', 'meetup_party', 404, body),
	e('POST', '/meetups/[id]/complete', 'meetup_party', 404, body),
	e('POST', '/meetups/[id]/reschedule', 'meetup_party', 404, body),
	e('GET', '/calendar/feeds', 'signed_in'),
	e('POST', '/calendar/feeds', 'signed_in'),
	e('DELETE', '/calendar/feeds/[id]', 'signed_in', 404),
	e('GET', '/calendar/[feedToken].ics', 'token_holder', 404),

	// Matchmaking days
	e('GET', '/events', 'signed_in'),
	e('POST', '/events', 'any_center_manager', 403, body),
	e('GET', '/events/[id]', 'event_participant', 404),
	e('PATCH', '/events/[id]', 'event_manager', 404, body),
	e('GET', '/events/[id]/agenda', 'event_participant', 404),
	e('GET', '/events/[id]/agenda/ics', 'event_participant', 404),
	e('POST', '/events/[id]/board', 'event_manager', 404, body),
	e('POST', '/events/[id]/checkin', 'event_participant', 404, body),
	e('GET', '/events/[id]/floor', 'event_manager', 404),
	e('POST', '/events/[id]/meetings/[meetupId]/done', 'event_manager', 404),
	e('GET', '/events/[id]/participants', 'event_participant', 404),
	e('POST', '/events/[id]/participants', 'event_manager', 404, body),
	e('DELETE', '/events/[id]/participants/[orgId]', 'event_manager', 404),
	e('PUT', '/events/[id]/participants/[orgId]/availability', 'event_participant', 404, body),
	e('POST', '/events/[id]/participants/[orgId]/floor', 'event_manager', 404, body),
	e('GET', '/events/[id]/requests', 'event_participant', 404),
	e('POST', '/events/[id]/requests', 'event_participant', 404, body),
	e('PATCH', '/events/[id]/requests/[requestId]', 'event_participant', 404, body),
	e('GET', '/events/[id]/schedule', 'event_schedule', 404),
	e('POST', '/events/[id]/schedule', 'event_manager', 404),
	e('POST', '/events/[id]/schedule/publish', 'event_manager', 404),
	e('POST', '/events/[id]/standby', 'event_manager', 404, body),

	// Collaborations, outcomes and check-ins
	e('GET', '/collaborations', 'signed_in'),
	e('POST', '/collaborations', 'party_member', 403, body),
	e('GET', '/collaborations/[id]', 'collaboration_party', 404),
	e('POST', '/collaborations/[id]/move', 'collaboration_party', 404, body),
	e('GET', '/outcomes', 'signed_in'),
	e('POST', '/outcomes', 'collaboration_party', 404, body),
	e('GET', '/outcomes/[id]', 'collaboration_party', 404),
	e('POST', '/outcomes/[id]/corrections', 'collaboration_party', 404, body),
	e('POST', '/outcomes/[id]/decision', 'steward_manager', 404, body),
	e('GET', '/checkins', 'signed_in'),
	e('POST', '/checkins/[id]/answer', 'collaboration_party', 404, body),
	e('POST', '/checkins/answer', 'token_holder', 404, body),

	// Reports, exports, audit and imports
	e('GET', '/kpis', 'any_center_manager', 403),
	e('GET', '/exports/kpis.csv', 'any_center_manager', 403),
	e('GET', '/exports/kpis.xlsx', 'any_center_manager', 403),
	e('GET', '/exports/startups.csv', 'any_center_manager', 403),
	e('GET', '/exports/startups.xlsx', 'any_center_manager', 403),
	e('GET', '/audit', 'any_center_manager', 403),
	e('POST', '/imports/startups', 'center_manager', 403, body),
	e('GET', '/imports/[id]', 'center_manager', 404)
];
