import type { RouteKind } from './discover-pages';

/**
 * Who may use each page, layout load, form action and non-API endpoint of the site. The coverage
 * test (tests/unit/authz-pages-coverage.test.ts) fails when a route exists that is not listed here,
 * or is listed and no longer exists; tests/e2e/api/authz-pages.test.ts calls every entry as
 * anonymous, as someone the rule leaves out, and as someone it lets in.
 *
 * "The organization / center / event in the URL" is the one named by its `[id]`. By the services'
 * design admins also pass the member and manager rules; the e2e test calls them on admin pages only.
 */
export type Access =
	/** Anyone, signed in or not; shows only what is public (or what the viewer's own access adds). */
	| 'public'
	/** Sign-in and sign-up forms: anyone; a signed-in visitor is sent on. */
	| 'public_guest'
	/** Whoever holds the secret token in the URL (reset link, invitation, check-in question). */
	| 'token_holder'
	/** Any signed-in user, about their own account, organizations and records. */
	| 'signed_in'
	/** A member of the startup in the URL, or the manager of the center that stewards it. */
	| 'startup_member'
	/** A member of the corporate in the URL (or owning the challenge in the URL), or its steward. */
	| 'corporate_member'
	/** A member of a startup, acting for it on a challenge they may see (apply, accept an NDA). */
	| 'applicant'
	/** Any member of the organization in the URL. */
	| 'org_member'
	/** An owner of the organization in the URL (or its steward center's manager). */
	| 'org_owner'
	/** A manager of the center in the URL. */
	| 'center_manager'
	/** A manager of some center: creating events. */
	| 'any_center_manager'
	/** A manager of the event's center. */
	| 'event_manager'
	/** A member of an organization taking part in the event, or its manager. */
	| 'event_participant'
	/** A member of some startup or corporate, acting for it (a center manager for those it stewards). */
	| 'party_member'
	/** A member of one of the meetup's two organizations. */
	| 'meetup_party'
	/** A member of the collaboration's startup or corporate, or a steward center's manager. */
	| 'collaboration_party'
	/** A manager of a center that stewards the record in the URL (confirms reported outcomes). */
	| 'steward_manager'
	| 'admin';

export interface MatrixEntry {
	kind: RouteKind;
	route: string;
	/** Action name or HTTP method. */
	name?: string;
	access: Access;
	/** What an outsider gets, when it is not the usual 303-to-sign-in / 403 / 404. */
	note?: string;
}

const page = (route: string, access: Access, note?: string): MatrixEntry => ({
	kind: 'page',
	route,
	access,
	note
});
const layout = (route: string, access: Access, note?: string): MatrixEntry => ({
	kind: 'layout',
	route,
	access,
	note
});
const action = (route: string, name: string, access: Access, note?: string): MatrixEntry => ({
	kind: 'action',
	route,
	name,
	access,
	note
});
const endpoint = (route: string, name: string, access: Access, note?: string): MatrixEntry => ({
	kind: 'endpoint',
	route,
	name,
	access,
	note
});

export const pageMatrix: MatrixEntry[] = [
	layout('/', 'public', 'the signed-in user’s own name, memberships and unread count'),
	page('/', 'public'),
	endpoint('/healthz', 'GET', 'public'),
	endpoint('/readyz', 'GET', 'public'),
	endpoint('/locale', 'POST', 'public', 'stores the choice on the signed-in user’s own row'),
	endpoint('/logout', 'POST', 'public', 'ends only the caller’s own session'),
	endpoint('/media/logos/[file]', 'GET', 'public', 'logos are public images'),
	page('/login', 'public_guest'),
	action('/login', 'default', 'public_guest'),
	page('/signup', 'public_guest'),
	action('/signup', 'default', 'public_guest'),
	page('/reset-password', 'public'),
	action('/reset-password', 'default', 'public', 'same answer whether the address exists or not'),
	page('/reset-password/[token]', 'token_holder'),
	action('/reset-password/[token]', 'default', 'token_holder'),
	page('/invitations/[token]', 'token_holder', 'a preview; joining needs sign-in'),
	action('/invitations/[token]', 'default', 'token_holder', 'and signed in'),
	page('/checkins/[token]', 'token_holder', 'the emailed check-in question'),
	action('/checkins/[token]', 'answer', 'token_holder'),

	page('/admin/audit', 'admin'),
	page('/admin/kpis', 'admin'),
	page('/admin/kpis/print', 'admin'),
	page('/admin/mail', 'admin'),

	page('/settings', 'signed_in'),
	...['profile', 'password', 'createToken', 'revokeToken', 'createFeed', 'revokeFeed'].map((name) =>
		action('/settings', name, 'signed_in')
	),
	page('/notifications', 'signed_in'),
	action('/notifications', 'markAllRead', 'signed_in'),
	page('/matches', 'signed_in', 'the viewer’s own organizations’ matches'),
	page('/applications', 'signed_in', 'applications of the viewer’s own organizations'),
	action('/applications', 'withdraw', 'startup_member', 'of the application (named in the form)’s startup'),
	page('/checkins', 'signed_in', 'the viewer’s own check-in questions'),
	action('/checkins', 'answer', 'org_member', 'of the organization the question (named in the form) asks'),
	page('/pipeline', 'signed_in', 'sends managers and corporate members to their own board; 404 otherwise'),
	page('/meetups', 'signed_in', 'the viewer’s own meetups'),
	page('/meetups/new', 'party_member', 'with a counterpart the viewer may meet'),
	action('/meetups/new', 'create', 'party_member'),
	action('/meetups/new', 'fill', 'party_member'),
	page('/meetups/[id]', 'meetup_party'),
	...['confirm', 'decline', 'cancel', 'complete', 'reschedule'].map((name) =>
		action('/meetups/[id]', name, 'meetup_party')
	),

	page('/organizations', 'public', 'lists only organizations the viewer may see'),
	page('/organizations/new', 'signed_in'),
	action('/organizations/new', 'default', 'signed_in', 'naming a steward center needs its manager'),
	page('/organizations/mine', 'signed_in'),
	page('/organizations/[id]', 'public', 'a private startup is 404 to outsiders'),
	page('/organizations/[id]/settings', 'org_owner'),
	action('/organizations/[id]/settings', 'default', 'org_owner'),
	page('/organizations/[id]/members', 'org_member'),
	...['invite', 'revoke', 'remove'].map((name) => action('/organizations/[id]/members', name, 'org_owner')),
	page('/organizations/[id]/availability', 'org_member'),
	action('/organizations/[id]/availability', 'default', 'org_member'),
	page('/organizations/[id]/matching', 'center_manager', 'the center’s matching weights'),
	action('/organizations/[id]/matching', 'save', 'center_manager'),

	page('/startups', 'public', 'lists only startups the viewer may see'),
	page('/startups/new', 'signed_in'),
	action('/startups/new', 'default', 'signed_in'),
	page('/startups/[id]', 'public', 'a private startup is 404 to outsiders'),
	page('/startups/[id]/edit', 'startup_member'),
	action('/startups/[id]/edit', 'save', 'startup_member'),
	action('/startups/[id]/edit', 'logo', 'startup_member'),
	page('/startups/[id]/matches', 'startup_member'),
	action('/startups/[id]/matches', 'stance', 'startup_member'),

	page('/corporates/[id]', 'public'),
	page('/corporates/[id]/edit', 'corporate_member'),
	action('/corporates/[id]/edit', 'save', 'corporate_member'),
	action('/corporates/[id]/edit', 'logo', 'corporate_member'),
	page('/corporates/[id]/pipeline', 'corporate_member'),
	action(
		'/corporates/[id]/pipeline',
		'move',
		'corporate_member',
		'the card is named in the form; the service checks it'
	),

	page('/challenges', 'public', 'confidential details never listed'),
	page('/challenges/new', 'signed_in', 'for a corporate the viewer acts for'),
	action('/challenges/new', 'default', 'signed_in', 'for a corporate the viewer acts for'),
	page('/challenges/[id]', 'public', 'confidential details only after the NDA, invite-only hidden'),
	action('/challenges/[id]', 'acceptNda', 'applicant'),
	action('/challenges/[id]', 'apply', 'applicant'),
	page('/challenges/[id]/edit', 'corporate_member'),
	action('/challenges/[id]/edit', 'default', 'corporate_member'),
	page('/challenges/[id]/applications', 'corporate_member'),
	action('/challenges/[id]/applications', 'move', 'corporate_member'),
	page('/challenges/[id]/invitations', 'corporate_member'),
	action('/challenges/[id]/invitations', 'default', 'corporate_member'),
	page('/challenges/[id]/matches', 'corporate_member'),
	action('/challenges/[id]/matches', 'stance', 'corporate_member'),

	page('/collaborations/[id]', 'collaboration_party'),
	...['move', 'record', 'correct'].map((name) => action('/collaborations/[id]', name, 'collaboration_party')),
	action('/collaborations/[id]', 'decide', 'steward_manager', 'a party is refused with 403'),

	page('/centers/[id]/audit', 'center_manager'),
	page('/centers/[id]/dashboard', 'center_manager'),
	page('/centers/[id]/dashboard/print', 'center_manager'),
	page('/centers/[id]/pipeline', 'center_manager'),
	// The card or outcome is named in the form; the service checks the viewer may act on it.
	...['move', 'decide', 'open'].map((name) => action('/centers/[id]/pipeline', name, 'center_manager')),
	page('/centers/[id]/imports', 'center_manager'),
	action('/centers/[id]/imports', 'upload', 'center_manager'),
	page('/centers/[id]/imports/[jobId]', 'center_manager', 'a job of that center only'),
	action('/centers/[id]/imports/[jobId]', 'check', 'center_manager'),
	action('/centers/[id]/imports/[jobId]', 'run', 'center_manager'),

	page('/events', 'signed_in', 'the days the viewer manages or takes part in'),
	page('/events/new', 'any_center_manager'),
	action('/events/new', 'create', 'any_center_manager'),
	layout('/events/[id]', 'event_participant'),
	page('/events/[id]', 'event_participant', 'counts of the viewer’s own requests only'),
	action('/events/[id]', 'phase', 'event_manager'),
	action('/events/[id]', 'edit', 'event_manager'),
	page('/events/[id]/agenda', 'event_participant'),
	page('/events/[id]/qr', 'event_participant', 'the viewer’s own organizations’ codes'),
	page('/events/[id]/browse', 'event_participant'),
	action('/events/[id]/browse', 'request', 'event_participant'),
	page('/events/[id]/requests', 'event_participant'),
	action('/events/[id]/requests', 'file', 'event_participant'),
	action('/events/[id]/requests', 'answer', 'event_participant'),
	page('/events/[id]/board', 'event_manager'),
	...['run', 'edit', 'publish'].map((name) => action('/events/[id]/board', name, 'event_manager')),
	page('/events/[id]/floor', 'event_manager'),
	...['checkin', 'status', 'standby'].map((name) => action('/events/[id]/floor', name, 'event_manager')),
	page(
		'/events/[id]/participants',
		'event_participant',
		'participants see who takes part, managers also their times'
	),
	action('/events/[id]/participants', 'add', 'event_manager'),
	action('/events/[id]/participants', 'remove', 'event_manager'),
	action('/events/[id]/participants', 'availability', 'event_participant', 'its own organization’s times'),
	page('/events/[id]/screen', 'event_manager'),
	page('/events/[id]/checkin/[code]', 'event_manager', 'participants 403, strangers 404'),
	action('/events/[id]/checkin/[code]', 'default', 'event_manager')
];
