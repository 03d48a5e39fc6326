/**
 * Data ownership: an organization's owner downloads everything Innomatch holds for the organization
 * as one JSON document. The rules of what belongs in it are in export-queries.ts.
 */
import type { Database } from '$lib/server/db';
import type { SessionUser } from '$lib/server/auth/session';
import { recordAudit } from '$lib/server/audit';
import { forbidden, notFound } from '$lib/server/errors';
import { accessTo } from './organizations';
import * as rows from './export-queries';

/** Bumped when a section changes shape, so a reader of old files can tell. */
export const EXPORT_FORMAT = { name: 'innomatch.organization-export', version: 1 } as const;

/**
 * The whole export. Only the organization's owners may take it, and the managers of the center that
 * stewards it until its owner claims it (they hold it in trust); plain members and admins may not:
 * a copy of everything is the organization's decision. Outsiders get 404. Each export is audited.
 */
export async function exportOrganization(db: Database, actor: SessionUser, orgId: string, now = new Date()) {
	const organization = await rows.organizationRow(db, orgId);
	if (!organization) throw notFound();
	const access = await accessTo(db, actor, orgId);
	// Outsiders learn nothing, not even that the organization exists.
	if (!access) throw notFound();
	if (access !== 'owner' && access !== 'steward') throw forbidden();

	const isCenter = organization.kind === 'center';
	const [
		profile,
		people,
		challenges,
		applications,
		interests,
		meetups,
		availability,
		events,
		collaborations,
		center,
		audit
	] = await Promise.all([
		rows.profileRows(db, orgId),
		rows.memberRows(db, orgId),
		rows.challengeRows(db, orgId),
		rows.applicationRows(db, orgId),
		rows.interestRows(db, orgId),
		rows.meetupRows(db, orgId),
		rows.availabilityRows(db, orgId),
		rows.eventRows(db, orgId),
		rows.collaborationRows(db, orgId),
		isCenter ? rows.centerRows(db, orgId) : Promise.resolve(null),
		rows.auditRows(db, orgId)
	]);
	await recordAudit(db, {
		actorUserId: actor.id,
		action: 'organization.exported',
		subjectType: 'organization',
		subjectId: orgId,
		data: { as: access }
	});
	return {
		format: EXPORT_FORMAT.name,
		formatVersion: EXPORT_FORMAT.version,
		exportedAt: now.toISOString(),
		exportedBy: { id: actor.id, name: actor.name, email: actor.email },
		organization,
		...profile,
		...people,
		...challenges,
		applications,
		interests,
		meetups,
		availability,
		...events,
		...collaborations,
		center,
		auditLog: audit
	};
}

export type OrganizationExport = Awaited<ReturnType<typeof exportOrganization>>;

/** `innomatch-<slug or id>-<date>.json`, ASCII only so every browser keeps it. */
export function exportFileName(org: { id: string; slug: string | null }, now = new Date()): string {
	const stem = (org.slug ?? org.id).replace(/[^a-z0-9-]/gi, '').slice(0, 60) || org.id;
	return `innomatch-${stem}-${now.toISOString().slice(0, 10)}.json`;
}
