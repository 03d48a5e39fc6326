/**
 * Corrections and history. A correction never edits figures: it inserts the corrected row and points
 * the old one at it, in one transaction, compare-and-swap on the old row still being current, so of two
 * simultaneous corrections one wins and the other is a 409 `stale`; the KPIs read current rows only.
 */
import { sql, type SqlBool } from 'kysely';
import type { Database } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import type { Viewer } from '$lib/server/catalog/viewer';
import { emitNotifications, type NotificationRow } from '$lib/server/notifications/service';
import { inCentersSql, inIds, managesAny, visibleSql } from './access';
import {
	findOutcomeById,
	insertOutcome,
	OUTCOME_COLUMNS,
	selectOutcomes,
	supersede
} from './outcome-queries';
import { toOutcomePayload, type OutcomePayload } from './outcome-view';
import { assertFigures, loadVisibleOutcome, notifyManagers } from './outcomes';
import type { CorrectionInput, OutcomeKind, OutcomesQuery } from './schema';

/** Corrects a current outcome; returns the new row (its history reaches the old one). */
export async function correctOutcome(
	db: Database,
	viewer: Viewer,
	id: string,
	input: CorrectionInput,
	options: { now?: Date } = {}
): Promise<OutcomePayload | undefined> {
	const loaded = await loadVisibleOutcome(db, viewer, id);
	if (!loaded) return undefined;
	const { row: old, parties } = loaded;
	if (old.supersededBy) throw new DomainError('stale', 409, undefined, { currentId: old.supersededBy });
	const next = {
		kind: old.kind as OutcomeKind,
		amountKrw: input.amountKrw !== undefined ? input.amountKrw : old.amountKrw,
		jobs: input.jobs !== undefined ? input.jobs : old.jobs,
		occurredAt: input.occurredAt ? new Date(input.occurredAt) : old.occurredAt
	};
	assertFigures(next, options.now ?? new Date());
	const status = managesAny(viewer, parties.centerIds) ? 'confirmed' : 'reported';
	let notifications: NotificationRow[] = [];
	const newId = await db.transaction().execute(async (tx) => {
		const newId = await insertOutcome(tx, {
			...next,
			collaborationId: old.collaborationId,
			startupId: old.startupId,
			corporateId: old.corporateId,
			challengeId: old.challengeId,
			checkinId: old.checkinId,
			note: input.note ?? old.note,
			status,
			correctionNote: input.reason,
			recordedBy: viewer.user?.id ?? null
		});
		if (!(await supersede(tx, id, newId))) throw new DomainError('stale', 409);
		await recordAudit(tx, {
			actorUserId: viewer.user?.id,
			action: 'outcome.corrected',
			subjectType: 'outcome',
			subjectId: id,
			data: {
				correctedBy: newId,
				before: { amountKrw: old.amountKrw, jobs: old.jobs, occurredAt: old.occurredAt.toISOString() },
				after: { amountKrw: next.amountKrw, jobs: next.jobs, occurredAt: next.occurredAt.toISOString() },
				reason: input.reason
			}
		});
		if (status === 'reported') notifications = await notifyManagers(tx, parties, newId);
		return newId;
	});
	emitNotifications(notifications);
	return toOutcomePayload((await findOutcomeById(db, newId))!);
}

/** One outcome with the chain of versions it belongs to, oldest first (the last is current). */
export async function getOutcome(
	db: Database,
	viewer: Viewer,
	id: string
): Promise<(OutcomePayload & { versions: OutcomePayload[] }) | undefined> {
	const loaded = await loadVisibleOutcome(db, viewer, id);
	if (!loaded) return undefined;
	// The chain through superseded_by, both ways from this row, in one recursive query per direction.
	const chain = await sql<{ id: string }>`
		WITH RECURSIVE back(id) AS (
			SELECT ${id}::uuid UNION SELECT o.id FROM outcomes o JOIN back b ON o.superseded_by = b.id
		), fwd(id) AS (
			SELECT ${id}::uuid UNION SELECT o.superseded_by FROM outcomes o JOIN fwd f ON o.id = f.id WHERE o.superseded_by IS NOT NULL
		)
		SELECT id FROM back UNION SELECT id FROM fwd`.execute(db);
	const rows = await selectOutcomes(db)
		.select(OUTCOME_COLUMNS)
		.where(
			'o.id',
			'in',
			chain.rows.map((r) => r.id)
		)
		.orderBy('o.createdAt')
		.execute();
	return { ...toOutcomePayload(loaded.row), versions: rows.map(toOutcomePayload) };
}

/** The outcomes the viewer may see, newest first; current figures only unless `history`. */
export async function listOutcomes(
	db: Database,
	viewer: Viewer,
	q: OutcomesQuery
): Promise<{ hits: OutcomePayload[]; total: number; page: number; limit: number }> {
	const where = sql<SqlBool>`${visibleSql(viewer)}
		AND ${q.centerId ? inCentersSql([q.centerId]) : sql<SqlBool>`true`}
		AND ${q.startupId ? inIds('o.startupId', [q.startupId]) : sql<SqlBool>`true`}
		AND ${q.corporateId ? inIds('o.corporateId', [q.corporateId]) : sql<SqlBool>`true`}
		AND ${q.collaborationId ? inIds('o.collaborationId', [q.collaborationId]) : sql<SqlBool>`true`}
		AND ${q.kind ? sql<SqlBool>`o.kind = ${q.kind}` : sql<SqlBool>`true`}
		AND ${q.status ? sql<SqlBool>`o.status = ${q.status}` : sql<SqlBool>`true`}
		AND ${q.history ? sql<SqlBool>`true` : sql<SqlBool>`o.superseded_by IS NULL`}`;
	const base = selectOutcomes(db).where(where);
	const [rows, count] = await Promise.all([
		base
			.select(OUTCOME_COLUMNS)
			.orderBy('o.occurredAt', 'desc')
			.orderBy('o.id')
			.limit(q.limit)
			.offset((q.page - 1) * q.limit)
			.execute(),
		base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return { hits: rows.map(toOutcomePayload), total: Number(count.n), page: q.page, limit: q.limit };
}
