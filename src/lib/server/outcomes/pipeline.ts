/**
 * Moving collaborations along the pipeline. A person's move is checked against the board's rules
 * (stages.ts) and is a compare-and-swap on the version they saw: of two moves from one version one
 * wins and the other is a 409 `stale`. A refused move is a 409 naming why, and is audited too, so a
 * manager can see attempts as well as moves. The system's moves (hooks, outcomes) only go forward.
 */
import type { Database } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import type { Viewer } from '$lib/server/catalog/viewer';
import { memberIds } from '$lib/server/matching/queries';
import { emitNotifications, notify, type NotificationRow } from '$lib/server/notifications/service';
import { canSee, managesAny } from './access';
import { partiesOfRow, toCollaborationPayload, type CollaborationPayload } from './board';
import { findCollaborationById, insertEvent, updateStageIf, type CollaborationRow } from './collab-queries';
import { hasCurrentOutcome, insertOutcome } from './outcome-queries';
import type { MoveInput } from './schema';
import { isForward, MOVES, refusal, type Stage } from './stages';

/** Moves a card as a person on the board; undefined (404) when the viewer may not see it. */
export async function moveCollaboration(
	db: Database,
	viewer: Viewer,
	id: string,
	input: MoveInput
): Promise<CollaborationPayload | undefined> {
	const row = await findCollaborationById(db, id);
	if (!row) return undefined;
	const parties = await partiesOfRow(db, row);
	if (!canSee(viewer, parties)) return undefined;
	if (input.version !== row.version) throw new DomainError('stale', 409, 'version');
	const from = row.stage as Stage;
	const why = refusal(from, input.to);
	if (why) {
		await recordAudit(db, {
			actorUserId: viewer.user?.id,
			action: 'collaboration.move_refused',
			subjectType: 'collaboration',
			subjectId: id,
			data: { from, to: input.to, why }
		});
		throw new DomainError('pipeline_move_refused', 409, 'to', {
			from,
			to: input.to,
			why,
			allowed: MOVES[from]
		});
	}
	// A manager's word on a PoC or contract counts at once; a party's waits for a manager (outcomes.ts).
	const status = managesAny(viewer, parties.centerIds) ? 'confirmed' : 'reported';
	const notifications = await db.transaction().execute(async (tx) => {
		const moved = await applyMove(tx, row, input.version, input.to, viewer.user?.id ?? null, {
			reason: input.reason ?? null,
			note: input.note ?? null
		});
		if (!moved) throw new DomainError('stale', 409, 'version');
		await recordStageOutcome(tx, row, input.to, status, viewer.user?.id ?? null, input.note ?? null);
		const users = (await memberIds(tx, [row.startupId, row.corporateId])).filter(
			(u) => u !== viewer.user?.id
		);
		return notify(tx, users, 'collaboration.moved', {
			collaborationId: id,
			startupName: row.startupName,
			corporateName: row.corporateName,
			from,
			to: input.to,
			reason: input.reason ?? null
		});
	});
	emitNotifications(notifications as NotificationRow[]);
	return toCollaborationPayload((await findCollaborationById(db, id))!);
}

/**
 * The outcome a card reaching PoC, contract or investment stands for, unless one is recorded already
 * (recording an outcome moves the card, and the move must not count it twice).
 */
export async function recordStageOutcome(
	tx: Database,
	row: Pick<CollaborationRow, 'id' | 'startupId' | 'corporateId' | 'challengeId'>,
	to: Stage,
	status: 'confirmed' | 'reported',
	actorUserId: string | null,
	note: string | null = null
): Promise<void> {
	if (to !== 'poc' && to !== 'contract' && to !== 'investment') return;
	if (await hasCurrentOutcome(tx, row.id, to)) return;
	await insertOutcome(tx, {
		collaborationId: row.id,
		startupId: row.startupId,
		corporateId: row.corporateId,
		challengeId: row.challengeId,
		kind: to,
		amountKrw: null,
		jobs: null,
		occurredAt: new Date(),
		note,
		// An investment without its amount cannot be confirmed (a database check): a manager corrects it.
		status: to === 'investment' ? 'reported' : status,
		recordedBy: actorUserId
	});
}

/**
 * Writes one move inside the caller's transaction: the compare-and-swap, the history row and the audit
 * entry. Returns the new version, or undefined when the version was stale.
 */
export async function applyMove(
	tx: Database,
	row: Pick<CollaborationRow, 'id' | 'stage'>,
	version: number,
	to: Stage,
	actorUserId: string | null,
	extra: { reason: string | null; note: string | null }
): Promise<number | undefined> {
	const updated = await updateStageIf(tx, row.id, version, to, {
		reason: to === 'dropped' ? (extra.reason as never) : null,
		note: extra.note
	});
	if (!updated) return undefined;
	await insertEvent(tx, {
		collaborationId: row.id,
		fromStage: row.stage as Stage,
		toStage: to,
		reason: extra.reason,
		note: extra.note,
		version: updated.version,
		actorUserId
	});
	await recordAudit(tx, {
		actorUserId: actorUserId ?? undefined,
		action: 'collaboration.moved',
		subjectType: 'collaboration',
		subjectId: row.id,
		data: { from: row.stage, to, reason: extra.reason, version: updated.version }
	});
	return updated.version;
}

/**
 * The system's move (a meetup held, an application or an outcome reaching a later stage), inside the
 * caller's transaction: forward only, and nothing when the card is already there or beyond. Locks the
 * row so it cannot race a person's move.
 */
export async function advanceCollaboration(
	tx: Database,
	id: string,
	to: Stage,
	actorUserId: string | null,
	reason: string | null = null
): Promise<boolean> {
	const row = await tx
		.selectFrom('collaborations')
		.select(['id', 'stage', 'version'])
		.where('id', '=', id)
		.forUpdate()
		.executeTakeFirst();
	if (!row || !isForward(row.stage as Stage, to)) return false;
	return (await applyMove(tx, row, row.version, to, actorUserId, { reason, note: null })) !== undefined;
}
