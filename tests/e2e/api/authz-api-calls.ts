import { randomUUID } from 'node:crypto';
import type { ApiAccess, ApiMatrixEntry, Refusal } from '../../authz/api-matrix';
import type { ApiWorld, Persona } from './authz-api-world';

/**
 * Who the API test calls each rule as: one insider, and the outsiders the rule must refuse (with the
 * refusal they get when it differs from the entry's: a day's participant knows the day exists).
 */
type Outsider = Persona | [Persona, Refusal];
export const personasOf: Record<ApiAccess, { insider: Persona; outsiders: Outsider[] }> = {
	public: { insider: 'anonymous', outsiders: [] },
	token_holder: { insider: 'anonymous', outsiders: [] },
	signed_in: { insider: 'stranger', outsiders: [] },
	org_viewer: { insider: 'stranger', outsiders: [] },
	party_member: { insider: 'startup', outsiders: ['stranger'] },
	startup_member: { insider: 'startup', outsiders: ['otherStartup', 'corporate', 'otherManager'] },
	corporate_member: { insider: 'corporate', outsiders: ['otherCorporate', 'startup', 'otherManager'] },
	applicant: { insider: 'startup', outsiders: ['stranger', 'corporate'] },
	org_owner: { insider: 'corporate', outsiders: ['otherCorporate', 'startup', 'otherManager'] },
	org_member: { insider: 'corporate', outsiders: ['otherCorporate', 'startup', 'otherManager'] },
	center_manager: { insider: 'manager', outsiders: ['otherManager', 'corporate', 'startup'] },
	any_center_manager: { insider: 'manager', outsiders: ['startup', 'corporate', 'stranger'] },
	event_manager: { insider: 'manager', outsiders: ['otherManager', ['startup', 403], 'otherStartup'] },
	// The demo startup takes part: whether it gets its own meetings depends on whether another test has
	// published the day yet, so only outsiders to the day are asked here (the publishing gate is tested
	// in tests/integration/event-schedule.test.ts).
	event_schedule: { insider: 'manager', outsiders: ['otherManager', 'otherStartup'] },
	event_participant: { insider: 'startup', outsiders: ['otherStartup', 'otherCorporate', 'otherManager'] },
	// The second startup received the meetup request, so it may confirm or decline it.
	meetup_party: { insider: 'otherStartup', outsiders: ['startup', 'corporate', 'manager', 'otherManager'] },
	collaboration_party: {
		insider: 'startup',
		outsiders: ['otherStartup', 'otherCorporate', 'otherManager']
	},
	// A party to the collaboration sees the outcome, so it learns 403 rather than 404.
	steward_manager: { insider: 'manager', outsiders: ['otherManager', ['startup', 403]] }
};

/** The rule's personas, except where the record in the URL belongs to the second tenants. */
export function personasFor(entry: ApiMatrixEntry): { insider: Persona; outsiders: Outsider[] } {
	// The application is the second startup's, to the second corporate's challenge.
	if (entry.route === '/api/v1/applications/[id]')
		return { insider: 'otherCorporate', outsiders: ['corporate', 'startup', 'otherManager'] };
	return personasOf[entry.access];
}

/**
 * Calls not made as an insider, on purpose: they would change demo data that later e2e files use
 * (running or publishing the demo day's schedule, taking the demo startup off it).
 */
export const notAsInsider = new Set([
	'POST /api/v1/events/[id]/schedule',
	'POST /api/v1/events/[id]/schedule/publish',
	'DELETE /api/v1/events/[id]/participants/[orgId]'
]);

/**
 * The entry's URL with the owning tenant's records in its parameters (and the query it needs). The
 * owner revoking its own token or feed gets a spare one, so the file's own stay valid.
 */
export function urlOf(world: ApiWorld, entry: ApiMatrixEntry, asOwner = false): string {
	const { ids } = world;
	const r = entry.route;
	const first: [prefix: string, id: string | undefined][] = [
		['/api/v1/organizations/', ids.corporate],
		['/api/v1/startups/', ids.startup],
		['/api/v1/corporates/', ids.corporate],
		['/api/v1/challenges/', ids.challenge],
		['/api/v1/applications/', ids.application],
		['/api/v1/centers/', ids.center],
		['/api/v1/imports/', ids.importJob],
		['/api/v1/meetups/', ids.meetup],
		['/api/v1/calendar/feeds/', asOwner ? ids.spareFeed : ids.feed.id],
		['/api/v1/tokens/', asOwner ? ids.spareTokenId : ids.strangerTokenId],
		['/api/v1/events/', ids.event],
		['/api/v1/collaborations/', ids.collaboration],
		['/api/v1/outcomes/', ids.outcome],
		// The demo data holds no check-in question; any id is someone else's or nobody's.
		['/api/v1/checkins/', randomUUID()]
	];
	const id = first.find(([prefix]) => r.startsWith(prefix))?.[1] ?? randomUUID();
	const path = r
		.replace('[...rest]', 'no-such-endpoint')
		.replace('[id]', id)
		.replace('[orgId]', ids.startup)
		.replace('[meetupId]', ids.meetup)
		.replace('[requestId]', randomUUID())
		.replace('[feedToken]', ids.feed.token);
	const query: Record<string, string> = {
		'/api/v1/meetups/suggestions': `startupId=${ids.startup}&corporateId=${ids.corporate}`,
		'/api/v1/imports/startups': `centerId=${ids.center}`
	};
	return query[r] ? `${path}?${query[r]}` : path;
}

/** The body a write sends: empty JSON, except where the endpoint reads something else. */
export function bodyOf(entry: ApiMatrixEntry): {
	json?: unknown;
	body?: string;
	headers?: Record<string, string>;
} {
	if (['GET', 'DELETE', 'fallback'].includes(entry.method)) return {};
	if (entry.route === '/api/v1/imports/startups')
		return { headers: { 'content-type': 'text/csv' }, body: 'name,summary\nAuthz probe,dry run\n' };
	return { json: {} };
}

/**
 * Valid bodies for writes that check the body before the rule, so an outsider's call reaches the
 * rule and must be refused with the entry's 403/404 (never 422). Each names the owner's records.
 */
export function validBodyOf(world: ApiWorld, entry: ApiMatrixEntry): unknown {
	const { ids } = world;
	const weights = { industry: 1, techOverlap: 1, text: 1, stage: 1, collaboration: 1, region: 1, stance: 1 };
	const bodies: Record<string, unknown> = {
		'POST /api/v1/outcomes/[id]/decision': { decision: 'rejected' },
		'POST /api/v1/outcomes/[id]/corrections': { reason: 'authz probe', jobs: 1 },
		'POST /api/v1/collaborations/[id]/move': { to: 'poc', version: 0 },
		'PUT /api/v1/centers/[id]/matching-weights': weights,
		'PUT /api/v1/organizations/[id]/availability': { timeZone: 'Asia/Seoul', weekly: [], blackouts: [] },
		'POST /api/v1/events/[id]/participants': { organizationId: ids.corporate },
		'POST /api/v1/events/[id]/participants/[orgId]/floor': { status: null },
		'POST /api/v1/events/[id]/standby': { requestId: randomUUID(), slot: 0, table: 1 },
		'POST /api/v1/meetups/[id]/complete': { outcome: 'done' },
		'PATCH /api/v1/applications/[id]': { status: 'shortlisted' },
		'PUT /api/v1/interests': { fromOrgId: ids.startup, toOrgId: ids.corporate, stance: 'meet' }
	};
	return bodies[`${entry.method} ${entry.route}`];
}
