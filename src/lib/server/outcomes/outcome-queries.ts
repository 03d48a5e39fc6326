/** Kysely queries for outcomes (no rules here; see outcomes.ts). */
import type { Database } from '$lib/server/db';
import type { OutcomeKind, OutcomeStatus } from './schema';

export interface NewOutcome {
	collaborationId: string | null;
	startupId: string;
	corporateId: string | null;
	challengeId: string | null;
	checkinId?: string | null;
	kind: OutcomeKind;
	amountKrw: number | null;
	jobs: number | null;
	occurredAt: Date;
	note: string | null;
	status: OutcomeStatus;
	correctionNote?: string | null;
	recordedBy: string | null;
}

export const OUTCOME_COLUMNS = [
	'o.id',
	'o.collaborationId',
	'o.startupId',
	'o.corporateId',
	'o.challengeId',
	'o.checkinId',
	'o.kind',
	'o.amountKrw',
	'o.jobs',
	'o.occurredAt',
	'o.note',
	'o.status',
	'o.supersededBy',
	'o.correctionNote',
	'o.recordedBy',
	'o.createdAt',
	'o.decidedBy',
	'o.decidedAt',
	's.name as startupName',
	'k.name as corporateName'
] as const;

/** Outcomes with the startup (`s`), corporate (`k`) and challenge (`ch`) joined, for access.ts filters. */
export function selectOutcomes(db: Database) {
	return db
		.selectFrom('outcomes as o')
		.innerJoin('organizations as s', 's.id', 'o.startupId')
		.leftJoin('organizations as k', 'k.id', 'o.corporateId')
		.leftJoin('challenges as ch', 'ch.id', 'o.challengeId');
}

export async function findOutcomeById(db: Database, id: string) {
	return selectOutcomes(db).select(OUTCOME_COLUMNS).where('o.id', '=', id).executeTakeFirst();
}
export type OutcomeRow = NonNullable<Awaited<ReturnType<typeof findOutcomeById>>>;

export async function insertOutcome(db: Database, o: NewOutcome): Promise<string> {
	const decided = o.status !== 'reported';
	const row = await db
		.insertInto('outcomes')
		.values({
			...o,
			checkinId: o.checkinId ?? null,
			correctionNote: o.correctionNote ?? null,
			decidedBy: decided ? o.recordedBy : null,
			decidedAt: decided ? new Date() : null
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** Whether a collaboration already has a current (not superseded, not rejected) outcome of a kind. */
export async function hasCurrentOutcome(db: Database, collaborationId: string, kind: OutcomeKind) {
	const row = await db
		.selectFrom('outcomes')
		.select('id')
		.where('collaborationId', '=', collaborationId)
		.where('kind', '=', kind)
		.where('supersededBy', 'is', null)
		.where('status', '<>', 'rejected')
		.executeTakeFirst();
	return row !== undefined;
}

/** Marks a current row superseded by its correction; false when it was corrected first (compare-and-swap). */
export async function supersede(db: Database, id: string, by: string): Promise<boolean> {
	const row = await db
		.updateTable('outcomes')
		.set({ supersededBy: by })
		.where('id', '=', id)
		.where('supersededBy', 'is', null)
		.returning('id')
		.executeTakeFirst();
	return row !== undefined;
}
