/**
 * Recording outcomes (PoC started, contract, investment, hires) and deciding on them. A center manager's
 * record counts at once (`confirmed`); a party's, or a check-in answer, is `reported` until a manager
 * confirms it. Figures are never edited: corrections.ts appends a new row and supersedes the old one.
 */
import type { Database } from '$lib/server/db';
import { DomainError, forbidden } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import type { Viewer } from '$lib/server/catalog/viewer';
import { memberIds } from '$lib/server/matching/queries';
import { emitNotifications, notify, type NotificationRow } from '$lib/server/notifications/service';
import { canSee, loadParties, managesAny, type Parties } from './access';
import { findOutcomeById, insertOutcome, type OutcomeRow } from './outcome-queries';
import { toOutcomePayload, type OutcomePayload } from './outcome-view';
import { advanceCollaboration } from './pipeline';
import type { OutcomeInput, OutcomeKind } from './schema';
import { stageOfOutcome } from './stages';

/** 422 naming the field for figures a kind must carry and for dates after `now`. */
export function assertFigures(
	o: { kind: OutcomeKind; amountKrw?: number | null; jobs?: number | null; occurredAt: Date },
	now: Date
): void {
	if (o.occurredAt.getTime() > now.getTime()) throw new DomainError('future_date', 422, 'occurredAt');
	if (o.kind === 'investment' && (o.amountKrw === undefined || o.amountKrw === null))
		throw new DomainError('amount_required', 422, 'amountKrw');
	if (o.kind === 'hire' && !(o.jobs && o.jobs >= 1)) throw new DomainError('jobs_required', 422, 'jobs');
}

/** The startup, corporate, challenge and card an outcome is about, checked; 422 naming an unknown one. */
async function resolveSubject(db: Database, input: OutcomeInput) {
	let { corporateId, challengeId } = input;
	let collaborationId = input.collaborationId ?? null;
	if (collaborationId) {
		const card = await db
			.selectFrom('collaborations')
			.select(['startupId', 'corporateId', 'challengeId'])
			.where('id', '=', collaborationId)
			.executeTakeFirst();
		if (!card || card.startupId !== input.startupId || (corporateId && corporateId !== card.corporateId))
			throw new DomainError('not_found', 422, 'collaborationId');
		corporateId = card.corporateId;
		challengeId ??= card.challengeId ?? undefined;
	}
	const loaded = await loadParties(db, { startupId: input.startupId, corporateId, challengeId });
	if (loaded.startup?.kind !== 'startup') throw new DomainError('unknown_organization', 422, 'startupId');
	if (corporateId && loaded.corporate?.kind !== 'corporate')
		throw new DomainError('unknown_organization', 422, 'corporateId');
	if (challengeId && (!loaded.challenge || (corporateId && loaded.challenge.corporateId !== corporateId)))
		throw new DomainError('not_found', 422, 'challengeId');
	corporateId ??= loaded.challenge?.corporateId;
	if (!collaborationId && corporateId) {
		// Recorded without naming the card: the pair's active one about the challenge (or its latest).
		const card = await db
			.selectFrom('collaborations')
			.select('id')
			.where('startupId', '=', input.startupId)
			.where('corporateId', '=', corporateId)
			.where('stage', '<>', 'dropped')
			.$if(challengeId !== undefined, (q) => q.where('challengeId', '=', challengeId!))
			.orderBy('updatedAt', 'desc')
			.executeTakeFirst();
		collaborationId = card?.id ?? null;
	}
	// Read again: the corporate may have come from the card or the challenge.
	const { parties } = await loadParties(db, { startupId: input.startupId, corporateId, challengeId });
	return { corporateId: corporateId ?? null, challengeId: challengeId ?? null, collaborationId, parties };
}

/** Records an outcome (201); 403 for someone who is neither a party nor a manager of their centers. */
export async function recordOutcome(
	db: Database,
	viewer: Viewer,
	input: OutcomeInput,
	options: { now?: Date } = {}
): Promise<OutcomePayload> {
	const now = options.now ?? new Date();
	const occurredAt = new Date(input.occurredAt);
	assertFigures({ ...input, occurredAt }, now);
	const subject = await resolveSubject(db, input);
	if (!canSee(viewer, subject.parties)) throw forbidden();
	const status = managesAny(viewer, subject.parties.centerIds) ? 'confirmed' : 'reported';
	let notifications: NotificationRow[] = [];
	const id = await db.transaction().execute(async (tx) => {
		const id = await insertOutcome(tx, {
			collaborationId: subject.collaborationId,
			startupId: input.startupId,
			corporateId: subject.corporateId,
			challengeId: subject.challengeId,
			kind: input.kind,
			amountKrw: input.amountKrw ?? null,
			jobs: input.jobs ?? null,
			occurredAt,
			note: input.note ?? null,
			status,
			recordedBy: viewer.user?.id ?? null
		});
		const stage = stageOfOutcome(input.kind);
		if (subject.collaborationId && stage)
			await advanceCollaboration(tx, subject.collaborationId, stage, viewer.user?.id ?? null, 'outcome');
		await recordAudit(tx, {
			actorUserId: viewer.user?.id,
			action: 'outcome.recorded',
			subjectType: 'outcome',
			subjectId: id,
			data: { kind: input.kind, amountKrw: input.amountKrw ?? null, jobs: input.jobs ?? null, status }
		});
		if (status === 'reported') notifications = await notifyManagers(tx, subject.parties, id);
		return id;
	});
	emitNotifications(notifications);
	return toOutcomePayload((await findOutcomeById(db, id))!);
}

export async function notifyManagers(tx: Database, parties: Parties, outcomeId: string) {
	return notify(tx, await memberIds(tx, parties.centerIds), 'outcome.reported', { outcomeId });
}

/** The outcome and the parties it belongs to, if the viewer may see it. */
export async function loadVisibleOutcome(
	db: Database,
	viewer: Viewer,
	id: string
): Promise<{ row: OutcomeRow; parties: Parties } | undefined> {
	const row = await findOutcomeById(db, id);
	if (!row) return undefined;
	const { parties } = await loadParties(db, row);
	return canSee(viewer, parties) ? { row, parties } : undefined;
}

/**
 * A center manager confirms (it counts in the KPIs) or rejects (kept, never counted) a reported
 * outcome. Compare-and-swap on `reported` and current: a second decision is a 409.
 */
export async function decideOutcome(
	db: Database,
	viewer: Viewer,
	id: string,
	decision: 'confirmed' | 'rejected'
): Promise<OutcomePayload | undefined> {
	const loaded = await loadVisibleOutcome(db, viewer, id);
	if (!loaded) return undefined;
	const { row, parties } = loaded;
	if (!managesAny(viewer, parties.centerIds)) throw forbidden();
	if (decision === 'confirmed')
		assertFigures(
			{ ...row, kind: row.kind as OutcomeKind },
			new Date(Math.max(Date.now(), row.occurredAt.getTime()))
		);
	await db.transaction().execute(async (tx) => {
		const done = await tx
			.updateTable('outcomes')
			.set({ status: decision, decidedBy: viewer.user?.id ?? null, decidedAt: new Date() })
			.where('id', '=', id)
			.where('status', '=', 'reported')
			.where('supersededBy', 'is', null)
			.returning('id')
			.executeTakeFirst();
		if (!done) throw new DomainError('outcome_decided', 409);
		const stage = stageOfOutcome(row.kind as OutcomeKind);
		if (decision === 'confirmed' && row.collaborationId && stage)
			await advanceCollaboration(tx, row.collaborationId, stage, viewer.user?.id ?? null, 'outcome');
		await recordAudit(tx, {
			actorUserId: viewer.user?.id,
			action: `outcome.${decision}`,
			subjectType: 'outcome',
			subjectId: id,
			data: { kind: row.kind, amountKrw: row.amountKrw, jobs: row.jobs }
		});
	});
	return toOutcomePayload((await findOutcomeById(db, id))!);
}

export type { OutcomeRow };
