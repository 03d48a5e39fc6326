import type { Database } from '$lib/server/db';
import type { SessionUser } from '$lib/server/auth/session';

/**
 * What the server knows about who is looking: the organizations they belong to by kind and the
 * centers they manage. Every visibility and entitlement decision is made from this, never from
 * anything the client sent.
 */
export interface Viewer {
	user: SessionUser | undefined;
	isAdmin: boolean;
	organizationIds: string[];
	startupIds: string[];
	corporateIds: string[];
	managedCenterIds: string[];
}

export const ANONYMOUS: Viewer = {
	user: undefined,
	isAdmin: false,
	organizationIds: [],
	startupIds: [],
	corporateIds: [],
	managedCenterIds: []
};

export async function loadViewer(db: Database, user: SessionUser | undefined): Promise<Viewer> {
	if (!user) return ANONYMOUS;
	const rows = await db
		.selectFrom('memberships')
		.innerJoin('organizations', 'organizations.id', 'memberships.organizationId')
		.select(['organizations.id', 'organizations.kind'])
		.where('memberships.userId', '=', user.id)
		.execute();
	const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.id);
	return {
		user,
		isAdmin: user.isAdmin,
		organizationIds: rows.map((r) => r.id),
		startupIds: of('startup'),
		corporateIds: of('corporate'),
		managedCenterIds: of('center')
	};
}

/** Whether the viewer may act for an organization: member, manager of its stewarding center, or admin. */
export function canActFor(viewer: Viewer, org: { id: string; stewardCenterId: string | null }): boolean {
	return (
		viewer.isAdmin ||
		viewer.organizationIds.includes(org.id) ||
		(org.stewardCenterId !== null && viewer.managedCenterIds.includes(org.stewardCenterId))
	);
}

/** The viewer acting as one of their startups only (for decisions that must not mix organizations). */
export function asStartup(viewer: Viewer, startupId: string): Viewer {
	return {
		...viewer,
		isAdmin: false,
		organizationIds: [startupId],
		startupIds: [startupId],
		corporateIds: [],
		managedCenterIds: []
	};
}
