/**
 * The meetups' reads and writes (Kysely only). Periods are `tstzrange` in the database and pairs of
 * instants here: reads select `lower`/`upper`, writes build the range with `[)` bounds.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from '$lib/server/db';
import { ACTIVE_STATUSES, type MeetupStatus } from './schema';

export interface Period {
	start: Date;
	end: Date;
}

/** A half-open range literal for a write or a comparison. */
export function periodOf(p: Period) {
	return sql<string>`tstzrange(${p.start.toISOString()}::timestamptz, ${p.end.toISOString()}::timestamptz, '[)')`;
}

function fromMeetups(db: Database) {
	// The event (if any) decides visibility: a day's meetings stay hidden until its schedule is published.
	return db
		.selectFrom('meetups')
		.innerJoin('organizations as s', 's.id', 'meetups.startupId')
		.innerJoin('organizations as c', 'c.id', 'meetups.corporateId')
		.leftJoin('events as ev', 'ev.id', 'meetups.eventId');
}

const MEETUP_COLUMNS = [
	'meetups.id',
	'meetups.startupId',
	'meetups.corporateId',
	'meetups.challengeId',
	'meetups.applicationId',
	'meetups.eventId',
	'meetups.tableNumber',
	sql<Date>`lower(meetups.period)`.as('startsAt'),
	sql<Date>`upper(meetups.period)`.as('endsAt'),
	'meetups.status',
	'meetups.location',
	'meetups.videoUrl',
	'meetups.note',
	'meetups.reason',
	'meetups.sequence',
	'meetups.requestedByOrgId',
	'meetups.proposedByOrgId',
	'meetups.createdAt',
	'meetups.updatedAt',
	's.name as startupName',
	's.nameEn as startupNameEn',
	's.stewardCenterId as startupStewardCenterId',
	'c.name as corporateName',
	'c.nameEn as corporateNameEn',
	'c.stewardCenterId as corporateStewardCenterId',
	'ev.centerId as eventCenterId',
	'ev.publishedAt as eventPublishedAt'
] as const;

function selectMeetups(db: Database) {
	return fromMeetups(db).select(MEETUP_COLUMNS);
}

export type MeetupRow = Omit<
	Awaited<ReturnType<ReturnType<typeof selectMeetups>['executeTakeFirstOrThrow']>>,
	'status'
> & {
	status: MeetupStatus;
};

export interface ProposalRow {
	id: string;
	meetupId: string;
	startsAt: Date;
	endsAt: Date;
}

export async function findMeetupById(db: Database, id: string): Promise<MeetupRow | undefined> {
	return (await selectMeetups(db).where('meetups.id', '=', id).executeTakeFirst()) as MeetupRow | undefined;
}

/** The proposals of some meetups, earliest first, by meetup id. */
export async function listProposals(
	db: Database,
	meetupIds: readonly string[]
): Promise<Map<string, ProposalRow[]>> {
	const byMeetup = new Map<string, ProposalRow[]>();
	if (meetupIds.length === 0) return byMeetup;
	const rows = await db
		.selectFrom('meetupProposals')
		.select([
			'id',
			'meetupId',
			sql<Date>`lower(period)`.as('startsAt'),
			sql<Date>`upper(period)`.as('endsAt')
		])
		.where('meetupId', 'in', [...meetupIds])
		.orderBy(sql`lower(period)`)
		.orderBy('id')
		.execute();
	for (const row of rows) {
		const list = byMeetup.get(row.meetupId) ?? [];
		list.push(row);
		byMeetup.set(row.meetupId, list);
	}
	return byMeetup;
}

export interface MeetupScope {
	/** organizations the viewer belongs to */
	organizationIds: readonly string[];
	/** centers the viewer manages: the organizations they steward count too */
	managedCenterIds: readonly string[];
}

export interface MeetupFilter {
	from?: Date;
	to?: Date;
	statuses?: readonly MeetupStatus[];
	/** one organization only (already checked to be in scope) */
	organizationId?: string;
	/** latest first (past meetups), instead of earliest first */
	newestFirst?: boolean;
}

/** Restricts a query to the meetups of the organizations in scope, matching the filter. */
function scoped(qb: ReturnType<typeof fromMeetups>, scope: MeetupScope, filter: MeetupFilter) {
	return qb.where((eb) => {
		const mine: Expression<SqlBool>[] = [];
		if (scope.organizationIds.length) {
			mine.push(eb('meetups.startupId', 'in', [...scope.organizationIds]));
			mine.push(eb('meetups.corporateId', 'in', [...scope.organizationIds]));
		}
		if (scope.managedCenterIds.length) {
			mine.push(eb('s.stewardCenterId', 'in', [...scope.managedCenterIds]));
			mine.push(eb('c.stewardCenterId', 'in', [...scope.managedCenterIds]));
		}
		const conditions: Expression<SqlBool>[] = [mine.length ? eb.or(mine) : eb.lit(false)];
		// Meetings of an unpublished matchmaking day: only the event's managers see them.
		conditions.push(
			eb.or([
				eb('meetups.eventId', 'is', null),
				eb('ev.publishedAt', 'is not', null),
				...(scope.managedCenterIds.length ? [eb('ev.centerId', 'in', [...scope.managedCenterIds])] : [])
			])
		);
		if (filter.organizationId)
			conditions.push(
				eb.or([
					eb('meetups.startupId', '=', filter.organizationId),
					eb('meetups.corporateId', '=', filter.organizationId)
				])
			);
		if (filter.from)
			conditions.push(sql<SqlBool>`upper(meetups.period) > ${filter.from.toISOString()}::timestamptz`);
		if (filter.to)
			conditions.push(sql<SqlBool>`lower(meetups.period) < ${filter.to.toISOString()}::timestamptz`);
		if (filter.statuses?.length) conditions.push(eb('meetups.status', 'in', [...filter.statuses]));
		return eb.and(conditions);
	});
}

/** Meetups of the organizations in scope, by start: one page and the total. */
export async function listMeetupsInScope(
	db: Database,
	scope: MeetupScope,
	filter: MeetupFilter,
	window: { page: number; limit: number }
): Promise<{ rows: MeetupRow[]; total: number }> {
	const [rows, count] = await Promise.all([
		scoped(fromMeetups(db), scope, filter)
			.select(MEETUP_COLUMNS)
			.orderBy(sql`lower(meetups.period)`, filter.newestFirst ? 'desc' : 'asc')
			.orderBy('meetups.id', filter.newestFirst ? 'desc' : 'asc')
			.limit(window.limit)
			.offset((window.page - 1) * window.limit)
			.execute(),
		scoped(fromMeetups(db), scope, filter)
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow()
	]);
	return { rows: rows as MeetupRow[], total: Number(count.n) };
}

/**
 * The active meetup of either organization overlapping a period, if any (the one a clash names).
 * Pass `organizationId` to look at one side only, `excludeId` to leave out the meetup being changed.
 */
export async function findOverlappingMeetup(
	db: Database,
	organizationIds: readonly string[],
	period: Period,
	excludeId?: string
): Promise<{ id: string; startupId: string; corporateId: string; startsAt: Date; endsAt: Date } | undefined> {
	return db
		.selectFrom('meetups')
		.select([
			'id',
			'startupId',
			'corporateId',
			sql<Date>`lower(period)`.as('startsAt'),
			sql<Date>`upper(period)`.as('endsAt')
		])
		.where('status', 'in', [...ACTIVE_STATUSES])
		.where((eb) =>
			eb.or([eb('startupId', 'in', [...organizationIds]), eb('corporateId', 'in', [...organizationIds])])
		)
		.where(sql<SqlBool>`period && ${periodOf(period)}`)
		.$if(excludeId !== undefined, (qb) => qb.where('id', '<>', excludeId!))
		.orderBy(sql`lower(period)`)
		.limit(1)
		.executeTakeFirst();
}

/** The active meetups of some organizations within a window, as busy time. */
export async function listBusyPeriods(
	db: Database,
	organizationIds: readonly string[],
	window: Period
): Promise<Period[]> {
	const rows = await db
		.selectFrom('meetups')
		.select([sql<Date>`lower(period)`.as('start'), sql<Date>`upper(period)`.as('end')])
		.where('status', 'in', [...ACTIVE_STATUSES])
		.where((eb) =>
			eb.or([eb('startupId', 'in', [...organizationIds]), eb('corporateId', 'in', [...organizationIds])])
		)
		.where(sql<SqlBool>`period && ${periodOf(window)}`)
		.execute();
	return rows;
}

export async function insertMeetup(
	db: Database,
	values: {
		startupId: string;
		corporateId: string;
		challengeId: string | null;
		applicationId: string | null;
		period: Period;
		location: string | null;
		videoUrl: string | null;
		note: string | null;
		requestedByOrgId: string;
		requestedByUserId: string | null;
	}
): Promise<string> {
	const row = await db
		.insertInto('meetups')
		.values({
			startupId: values.startupId,
			corporateId: values.corporateId,
			challengeId: values.challengeId,
			applicationId: values.applicationId,
			period: periodOf(values.period),
			location: values.location,
			videoUrl: values.videoUrl,
			note: values.note,
			requestedByOrgId: values.requestedByOrgId,
			proposedByOrgId: values.requestedByOrgId,
			requestedByUserId: values.requestedByUserId,
			updatedByUserId: values.requestedByUserId
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** Replaces the current round's proposals (none: the meetup is no longer waiting for an answer). */
export async function replaceProposals(
	db: Database,
	meetupId: string,
	periods: readonly Period[]
): Promise<void> {
	await db.deleteFrom('meetupProposals').where('meetupId', '=', meetupId).execute();
	if (periods.length === 0) return;
	await db
		.insertInto('meetupProposals')
		.values(periods.map((p) => ({ meetupId, period: periodOf(p) })))
		.execute();
}

export async function findProposal(
	db: Database,
	meetupId: string,
	proposalId: string
): Promise<Period | undefined> {
	return db
		.selectFrom('meetupProposals')
		.select([sql<Date>`lower(period)`.as('start'), sql<Date>`upper(period)`.as('end')])
		.where('meetupId', '=', meetupId)
		.where('id', '=', proposalId)
		.executeTakeFirst();
}

/**
 * Compare-and-swap: changes the meetup only if it still has the status and sequence the caller saw,
 * raising the sequence. Undefined when someone else changed it first.
 */
export async function updateMeetupIf(
	db: Database,
	id: string,
	expected: { status: MeetupStatus; sequence: number },
	set: {
		status: MeetupStatus;
		period?: Period;
		proposedByOrgId?: string;
		location?: string | null;
		videoUrl?: string | null;
		reason?: string | null;
		updatedByUserId: string | null;
	}
): Promise<{ id: string } | undefined> {
	return db
		.updateTable('meetups')
		.set((eb) => ({
			status: set.status,
			...(set.period ? { period: periodOf(set.period) } : {}),
			...(set.proposedByOrgId ? { proposedByOrgId: set.proposedByOrgId } : {}),
			...(set.location !== undefined ? { location: set.location } : {}),
			...(set.videoUrl !== undefined ? { videoUrl: set.videoUrl } : {}),
			...(set.reason !== undefined ? { reason: set.reason } : {}),
			updatedByUserId: set.updatedByUserId,
			sequence: eb('sequence', '+', 1),
			updatedAt: new Date()
		}))
		.where('id', '=', id)
		.where('status', '=', expected.status)
		.where('sequence', '=', expected.sequence)
		.returning('id')
		.executeTakeFirst();
}

/** The two organizations of a meetup request, as the service checks them. */
export async function findParties(db: Database, ids: readonly string[]) {
	// `IN ()` is a syntax error in Postgres: a viewer with no organization asks about none.
	if (ids.length === 0) return [];
	return db
		.selectFrom('organizations')
		.leftJoin('startupProfiles', 'startupProfiles.organizationId', 'organizations.id')
		.select([
			'organizations.id',
			'organizations.kind',
			'organizations.name',
			'organizations.stewardCenterId',
			'startupProfiles.visibility'
		])
		.where('organizations.id', 'in', [...ids])
		.execute();
}

export async function findApplicationId(
	db: Database,
	challengeId: string,
	startupId: string
): Promise<string | null> {
	const row = await db
		.selectFrom('applications')
		.select('id')
		.where('challengeId', '=', challengeId)
		.where('startupId', '=', startupId)
		.executeTakeFirst();
	return row?.id ?? null;
}
