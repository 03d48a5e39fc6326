/**
 * Opening collaborations: by a person (`POST /collaborations`: a member of either organization or a
 * manager of one of their centers), or by the system when a mutual match, an application or a held
 * meetup shows a pair working together. At most one is active per pair and challenge: the unique index
 * decides, so a second opening is a 409 for a person and a no-op for the system.
 */
import type { Database } from '$lib/server/db';
import { DomainError, forbidden } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import type { Viewer } from '$lib/server/catalog/viewer';
import { canSee, loadParties } from './access';
import { toCollaborationPayload, type CollaborationPayload } from './board';
import { findActive, findCollaborationById, insertCollaboration, insertEvent } from './collab-queries';
import type { CollaborationInput } from './schema';
import type { Stage } from './stages';

interface Opening {
	startupId: string;
	corporateId: string;
	challengeId: string | null;
	applicationId: string | null;
	source: 'mutual_match' | 'application' | 'meetup' | 'manual';
	stage: Stage;
	note?: string | null;
	actorUserId: string | null;
}

/** Inserts with its opening history row and audit entry; undefined when an active one exists. */
async function insertOpened(tx: Database, o: Opening): Promise<string | undefined> {
	const id = await insertCollaboration(tx, {
		startupId: o.startupId,
		corporateId: o.corporateId,
		challengeId: o.challengeId,
		applicationId: o.applicationId,
		source: o.source,
		stage: o.stage,
		note: o.note ?? null,
		createdBy: o.actorUserId
	});
	if (!id) return undefined;
	await insertEvent(tx, {
		collaborationId: id,
		fromStage: null,
		toStage: o.stage,
		note: o.note ?? null,
		version: 0,
		actorUserId: o.actorUserId
	});
	await recordAudit(tx, {
		actorUserId: o.actorUserId ?? undefined,
		action: 'collaboration.opened',
		subjectType: 'collaboration',
		subjectId: id,
		data: { source: o.source, stage: o.stage, startupId: o.startupId, corporateId: o.corporateId }
	});
	return id;
}

/** The pair's active collaboration about the challenge, opened now if there is none (system use). */
export async function ensureCollaboration(
	tx: Database,
	o: Opening
): Promise<{ id: string; stage: Stage; created: boolean }> {
	const existing = await findActive(tx, o);
	if (existing) return { id: existing.id, stage: existing.stage as Stage, created: false };
	const id = await insertOpened(tx, o);
	if (id) return { id, stage: o.stage, created: true };
	// Another transaction opened it between the read and the insert; it has committed (the index waited).
	const raced = (await findActive(tx, o))!;
	return { id: raced.id, stage: raced.stage as Stage, created: false };
}

/** A person opens a card for a startup and a corporate (and, optionally, one of its challenges). */
export async function openCollaboration(
	db: Database,
	viewer: Viewer,
	input: CollaborationInput
): Promise<CollaborationPayload> {
	const loaded = await loadParties(db, input);
	if (loaded.startup?.kind !== 'startup') throw new DomainError('unknown_organization', 422, 'startupId');
	if (loaded.corporate?.kind !== 'corporate')
		throw new DomainError('unknown_organization', 422, 'corporateId');
	if (input.challengeId && loaded.challenge?.corporateId !== input.corporateId)
		throw new DomainError('not_found', 422, 'challengeId');
	if (!canSee(viewer, loaded.parties)) throw forbidden();
	const pair = { ...input, challengeId: input.challengeId ?? null };
	const id = await db.transaction().execute((tx) =>
		insertOpened(tx, {
			...pair,
			applicationId: null,
			source: 'manual',
			stage: 'matched',
			note: input.note ?? null,
			actorUserId: viewer.user?.id ?? null
		})
	);
	if (!id) {
		const existing = await findActive(db, pair);
		throw new DomainError('collaboration_exists', 409, undefined, { collaborationId: existing?.id });
	}
	return toCollaborationPayload((await findCollaborationById(db, id))!);
}
