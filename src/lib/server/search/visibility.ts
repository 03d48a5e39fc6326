/**
 * Who may find what. The rule is a filter the engine applies to every query, to hits, totals and
 * facet counts alike, so a hidden document cannot even be counted. It is built from server-side
 * facts only (the session's user, their memberships, the centers they manage), never from input.
 */
import type { Filter, IndexName } from './port';
import { MATCH_ALL } from './filter';

export interface Viewer {
	signedIn: boolean;
	isAdmin: boolean;
	/** organizations the user is a member of */
	organizationIds: readonly string[];
	/** center organizations the user manages */
	managedCenterIds: readonly string[];
}

/** A visitor who is not signed in. */
export const ANONYMOUS: Viewer = {
	signedIn: false,
	isAdmin: false,
	organizationIds: [],
	managedCenterIds: []
};

/** Challenge statuses everyone may see (for public and NDA challenges): drafts and archives stay in house. */
const LISTED_STATUSES = ['open', 'screening', 'closed'];

/**
 * The visibility filter of an index for a viewer.
 *
 * Startups: public ones; members-only ones for anyone signed in; the viewer's own; those stewarded by
 * a center the viewer manages; everything for an admin.
 *
 * Challenges: listed (open, screening, closed) public and NDA ones; the viewer's corporate's own;
 * those hosted by a center the viewer manages; invite-only ones (not draft or archived) that invited
 * one of the viewer's organizations; everything for an admin. An NDA challenge's teaser is public; its
 * details never enter an index.
 */
export function visibilityFilter(index: IndexName, viewer: Viewer): Filter {
	if (viewer.isAdmin) return MATCH_ALL;
	const own = [...viewer.organizationIds];
	const centers = [...viewer.managedCenterIds];
	if (index === 'startups') {
		return {
			or: [
				{ field: 'visibility', in: viewer.signedIn ? ['public', 'members'] : ['public'] },
				{ field: 'id', in: own },
				{ field: 'stewardCenterId', in: centers }
			]
		};
	}
	return {
		or: [
			{
				and: [
					{ field: 'status', in: LISTED_STATUSES },
					{ field: 'confidentiality', in: ['public', 'nda'] }
				]
			},
			{ field: 'corporateId', in: own },
			{ field: 'hostCenterId', in: centers },
			{
				and: [
					{ field: 'confidentiality', in: ['invite'] },
					{ field: 'status', in: LISTED_STATUSES },
					{ field: 'invitedStartupIds', in: own }
				]
			}
		]
	};
}
