import type { Database } from '$lib/server/db';
import { forbidden } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import { enqueueSearchUpdate } from '$lib/server/search/outbox';
import type { CorporateProfileInput } from './schema';
import { canActFor, type Viewer } from './viewer';

/**
 * A corporate partner's public profile: who they are, their open-innovation focus, and the challenges
 * the viewer may see (public columns only; confidentiality is decided per challenge by its own page).
 */
export async function getCorporate(db: Database, viewer: Viewer, id: string) {
	const row = await db
		.selectFrom('organizations')
		.leftJoin('corporateProfiles', 'corporateProfiles.organizationId', 'organizations.id')
		.select([
			'organizations.id',
			'organizations.name',
			'organizations.nameEn',
			'organizations.region',
			'organizations.website',
			'organizations.description',
			'organizations.logoPath',
			'organizations.stewardCenterId',
			'corporateProfiles.industries',
			'corporateProfiles.focusAreas'
		])
		.where('organizations.id', '=', id)
		.where('organizations.kind', '=', 'corporate')
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		...row,
		industries: row.industries ?? [],
		focusAreas: row.focusAreas ?? '',
		canEdit: canActFor(viewer, row)
	};
}

export async function updateCorporate(
	db: Database,
	viewer: Viewer,
	id: string,
	input: CorporateProfileInput
) {
	const current = await getCorporate(db, viewer, id);
	if (!current) return undefined;
	if (!current.canEdit) throw forbidden();
	await db.transaction().execute(async (tx) => {
		await tx
			.updateTable('organizations')
			.set({
				name: input.name,
				nameEn: input.nameEn ?? null,
				description: input.description,
				website: input.website ?? null,
				region: input.region ?? null,
				updatedAt: new Date()
			})
			.where('id', '=', id)
			.execute();
		await tx
			.insertInto('corporateProfiles')
			.values({ organizationId: id, industries: input.industries, focusAreas: input.focusAreas })
			.onConflict((oc) =>
				oc
					.column('organizationId')
					.doUpdateSet({ industries: input.industries, focusAreas: input.focusAreas, updatedAt: new Date() })
			)
			.execute();
		// Challenge documents carry the corporate's name.
		const challenges = await tx.selectFrom('challenges').select('id').where('corporateId', '=', id).execute();
		for (const c of challenges) await enqueueSearchUpdate(tx, 'challenges', c.id);
		await recordAudit(tx, {
			actorUserId: viewer.user?.id,
			action: 'corporate.updated',
			subjectType: 'organization',
			subjectId: id
		});
	});
	return getCorporate(db, viewer, id);
}
