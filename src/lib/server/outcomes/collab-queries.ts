/** Kysely queries for collaborations and their history (no rules here; see pipeline.ts). */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from '$lib/server/db';
import type { DropReason, Stage } from './stages';

const COLUMNS = [
	'c.id',
	'c.startupId',
	'c.corporateId',
	'c.challengeId',
	'c.applicationId',
	'c.source',
	'c.stage',
	'c.dropReason',
	'c.note',
	'c.version',
	'c.createdAt',
	'c.updatedAt',
	'c.stageChangedAt',
	's.name as startupName',
	's.nameEn as startupNameEn',
	'k.name as corporateName',
	'k.nameEn as corporateNameEn',
	'ch.title as challengeTitle'
] as const;

/** Collaborations with their organizations (`s`, `k`) and challenge (`ch`) joined, for filters from access.ts. */
export function selectCollaborations(db: Database) {
	return db
		.selectFrom('collaborations as c')
		.innerJoin('organizations as s', 's.id', 'c.startupId')
		.innerJoin('organizations as k', 'k.id', 'c.corporateId')
		.leftJoin('challenges as ch', 'ch.id', 'c.challengeId');
}

export type CollaborationRow = Awaited<ReturnType<typeof findCollaborationById>> & {};

export async function findCollaborationById(db: Database, id: string) {
	return selectCollaborations(db).select(COLUMNS).where('c.id', '=', id).executeTakeFirst();
}

export async function listCollaborationRows(
	db: Database,
	where: Expression<SqlBool>,
	page: { limit: number; offset: number }
) {
	const base = selectCollaborations(db).where(where);
	const [rows, count] = await Promise.all([
		base
			.select(COLUMNS)
			.orderBy('c.stageChangedAt', 'desc')
			.orderBy('c.id')
			.limit(page.limit)
			.offset(page.offset)
			.execute(),
		base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.n) };
}

/** The active (not dropped) collaboration of a pair about a challenge (or about none), if any. */
export async function findActive(
	db: Database,
	pair: { startupId: string; corporateId: string; challengeId: string | null }
) {
	return db
		.selectFrom('collaborations')
		.select(['id', 'stage', 'version'])
		.where('startupId', '=', pair.startupId)
		.where('corporateId', '=', pair.corporateId)
		.where(sql<SqlBool>`challenge_id IS NOT DISTINCT FROM ${pair.challengeId}::uuid`)
		.where('stage', '<>', 'dropped')
		.executeTakeFirst();
}

/**
 * Inserts a collaboration unless the pair already has an active one about the same challenge (the
 * unique index decides, so two racing inserts leave one row); returns the new row's id or undefined.
 */
export async function insertCollaboration(
	db: Database,
	values: {
		startupId: string;
		corporateId: string;
		challengeId: string | null;
		applicationId: string | null;
		source: 'mutual_match' | 'application' | 'meetup' | 'manual';
		stage: Stage;
		note?: string | null;
		createdBy: string | null;
	}
): Promise<string | undefined> {
	const row = await db
		.insertInto('collaborations')
		.values({ ...values, note: values.note ?? null })
		.onConflict((oc) => oc.doNothing())
		.returning('id')
		.executeTakeFirst();
	return row?.id;
}

/** Compare-and-swap on the version the caller saw; undefined when someone moved it first. */
export async function updateStageIf(
	db: Database,
	id: string,
	expectedVersion: number,
	to: Stage,
	drop: { reason: DropReason | null; note: string | null }
) {
	const now = new Date();
	return db
		.updateTable('collaborations')
		.set({
			stage: to,
			dropReason: to === 'dropped' ? drop.reason : null,
			note: drop.note ?? undefined,
			version: sql`version + 1`,
			updatedAt: now,
			stageChangedAt: now
		})
		.where('id', '=', id)
		.where('version', '=', expectedVersion)
		.returning(['id', 'version'])
		.executeTakeFirst();
}

export async function insertEvent(
	db: Database,
	e: {
		collaborationId: string;
		fromStage: Stage | null;
		toStage: Stage;
		reason?: string | null;
		note?: string | null;
		version: number;
		actorUserId: string | null;
	}
): Promise<void> {
	await db
		.insertInto('collaborationEvents')
		.values({ ...e, reason: e.reason ?? null, note: e.note ?? null })
		.execute();
}

export async function listEvents(db: Database, collaborationId: string) {
	return db
		.selectFrom('collaborationEvents as e')
		.leftJoin('users as u', 'u.id', 'e.actorUserId')
		.select([
			'e.fromStage',
			'e.toStage',
			'e.reason',
			'e.note',
			'e.version',
			'e.at',
			'e.actorUserId',
			'u.name as actorName'
		])
		.where('e.collaborationId', '=', collaborationId)
		.orderBy('e.version')
		.execute();
}
