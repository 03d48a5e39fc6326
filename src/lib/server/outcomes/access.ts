/**
 * Who may see and act on a collaboration or an outcome. Both belong to a startup, usually a corporate
 * and sometimes a challenge; they belong to a center when it is the home or stewarding center of either
 * organization or hosts the challenge. Members of either organization see and move them; managers of
 * such a center also confirm outcomes; admins do everything.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from '$lib/server/db';
import type { Viewer } from '$lib/server/catalog/viewer';

export interface Parties {
	startupId: string;
	corporateId: string | null;
	/** home and stewarding centers of both organizations, and the challenge's host */
	centerIds: string[];
}

/** The organizations and centers behind a (startup, corporate?, challenge?) triple; undefined fields if unknown. */
export async function loadParties(
	db: Database,
	ids: { startupId: string; corporateId?: string | null; challengeId?: string | null }
): Promise<{
	startup?: { id: string; kind: string };
	corporate?: { id: string; kind: string };
	challenge?: { id: string; corporateId: string };
	parties: Parties;
}> {
	const orgIds = [ids.startupId, ...(ids.corporateId ? [ids.corporateId] : [])];
	const orgs = await db
		.selectFrom('organizations')
		.select(['id', 'kind', 'homeCenterId', 'stewardCenterId'])
		.where('id', 'in', orgIds)
		.execute();
	const challenge = ids.challengeId
		? await db
				.selectFrom('challenges')
				.select(['id', 'corporateId', 'hostCenterId'])
				.where('id', '=', ids.challengeId)
				.executeTakeFirst()
		: undefined;
	const centerIds = new Set<string>();
	for (const o of orgs) for (const c of [o.homeCenterId, o.stewardCenterId]) if (c) centerIds.add(c);
	if (challenge?.hostCenterId) centerIds.add(challenge.hostCenterId);
	return {
		startup: orgs.find((o) => o.id === ids.startupId),
		corporate: ids.corporateId ? orgs.find((o) => o.id === ids.corporateId) : undefined,
		challenge,
		parties: { startupId: ids.startupId, corporateId: ids.corporateId ?? null, centerIds: [...centerIds] }
	};
}

export function managesAny(viewer: Viewer, centerIds: readonly string[]): boolean {
	return viewer.isAdmin || centerIds.some((c) => viewer.managedCenterIds.includes(c));
}

/** Members of either organization, managers of its centers, admins. */
export function canSee(viewer: Viewer, p: Parties): boolean {
	return (
		managesAny(viewer, p.centerIds) ||
		viewer.organizationIds.includes(p.startupId) ||
		(p.corporateId !== null && viewer.organizationIds.includes(p.corporateId))
	);
}

/** `column IN (ids)`, false for no ids (an empty IN list is a syntax error). */
export function inIds(column: string, ids: readonly string[]): Expression<SqlBool> {
	if (ids.length === 0) return sql<SqlBool>`false`;
	return sql<SqlBool>`${sql.ref(column)} IN (${sql.join(ids.map((id) => sql`${id}::uuid`))})`;
}

/**
 * The same rule in SQL, over a query that joins the startup as `s`, the corporate as `k` (left join)
 * and the challenge as `ch` (left join).
 */
export function visibleSql(viewer: Viewer): Expression<SqlBool> {
	if (viewer.isAdmin) return sql<SqlBool>`true`;
	const orgs = viewer.organizationIds;
	return sql<SqlBool>`(${inIds('s.id', orgs)} OR ${inIds('k.id', orgs)} OR ${inCentersSql(viewer.managedCenterIds)})`;
}

/** The row belongs to one of these centers (same joins as visibleSql). */
export function inCentersSql(centerIds: readonly string[]): Expression<SqlBool> {
	return sql<SqlBool>`(
		${inIds('s.homeCenterId', centerIds)} OR ${inIds('s.stewardCenterId', centerIds)}
		OR ${inIds('k.homeCenterId', centerIds)} OR ${inIds('k.stewardCenterId', centerIds)}
		OR ${inIds('ch.hostCenterId', centerIds)}
	)`;
}
