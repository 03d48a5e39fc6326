/**
 * A center's tuning of the matcher: the weights its hosted challenges are ranked with. Managers of the
 * center (and admins) read and change them; a preview ranks a real challenge with unsaved weights
 * (matchesForChallenge's `weights` option) so a manager sees the effect before saving.
 */
import type { Database } from '$lib/server/db';
import { recordAudit } from '$lib/server/audit';
import { DomainError, forbidden } from '$lib/server/errors';
import type { Viewer } from '$lib/server/catalog/viewer';
import { loadWeights } from './queries';
import { DEFAULT_WEIGHTS, FACTORS, type Weights } from './types';

export interface CenterWeights {
	weights: Weights;
	/** no row yet: the defaults apply */
	isDefault: boolean;
}

/** Whether the viewer may tune this center's matcher. */
export function canTune(viewer: Viewer, centerId: string): boolean {
	return viewer.isAdmin || viewer.managedCenterIds.includes(centerId);
}

/** The center's weights (or the defaults). Undefined when the center does not exist; 403 for outsiders. */
export async function getCenterWeights(
	db: Database,
	viewer: Viewer,
	centerId: string
): Promise<CenterWeights | undefined> {
	const center = await db
		.selectFrom('organizations')
		.select('id')
		.where('id', '=', centerId)
		.where('kind', '=', 'center')
		.executeTakeFirst();
	if (!center) return undefined;
	if (!canTune(viewer, centerId)) throw forbidden();
	const stored = (await loadWeights(db, [centerId])).get(centerId);
	return { weights: stored ?? DEFAULT_WEIGHTS, isDefault: stored === undefined };
}

/**
 * Saves the center's weights (replacing earlier ones) and records who changed what in the audit log.
 * All zero would rank nothing: a 422 on the first factor.
 */
export async function saveCenterWeights(
	db: Database,
	viewer: Viewer,
	centerId: string,
	weights: Weights
): Promise<CenterWeights | undefined> {
	const before = await getCenterWeights(db, viewer, centerId);
	if (!before) return undefined;
	if (FACTORS.every((f) => weights[f] === 0)) throw new DomainError('weights_all_zero', 422, FACTORS[0]);
	await db.transaction().execute(async (tx) => {
		await tx
			.insertInto('matchingWeights')
			.values({ centerId, weights: JSON.stringify(weights), updatedBy: viewer.user?.id ?? null })
			.onConflict((oc) =>
				oc.column('centerId').doUpdateSet({
					weights: JSON.stringify(weights),
					updatedBy: viewer.user?.id ?? null,
					updatedAt: new Date()
				})
			)
			.execute();
		await recordAudit(tx, {
			actorUserId: viewer.user?.id,
			action: 'matching.weights_changed',
			subjectType: 'organization',
			subjectId: centerId,
			data: { before: before.weights, after: weights }
		});
	});
	return { weights, isDefault: false };
}

/** The center's hosted challenges a preview can rank: not closed or archived, newest first. */
export async function previewChallenges(
	db: Database,
	centerId: string
): Promise<{ id: string; title: string }[]> {
	return db
		.selectFrom('challenges')
		.select(['id', 'title'])
		.where('hostCenterId', '=', centerId)
		.where('status', 'not in', ['closed', 'archived'])
		.orderBy('createdAt', 'desc')
		.limit(50)
		.execute();
}
