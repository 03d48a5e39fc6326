/**
 * The live floor's reads and writes (Kysely only): participants with their check-in state, the day's
 * meetings, the accepted requests and the participants' other commitments that day.
 */
import { sql, type SqlBool } from 'kysely';
import type { Database } from '$lib/server/db';
import { ACTIVE_STATUSES, type MeetupStatus } from '$lib/server/meetups/schema';
import { periodOf, type Period } from '$lib/server/meetups/queries';
import type { FloorStatus } from './floor-schema';

export interface FloorParticipant {
	organizationId: string;
	name: string;
	nameEn: string | null;
	side: 'startup' | 'corporate';
	checkinCode: string;
	checkedInAt: Date | null;
	floorStatus: FloorStatus | null;
	/** stored windows, or null: there all day */
	availability: { startsAt: string; endsAt: string }[] | null;
}

function selectParticipants(db: Database, eventId: string) {
	return db
		.selectFrom('eventParticipants as p')
		.innerJoin('organizations as o', 'o.id', 'p.organizationId')
		.select([
			'p.organizationId',
			'o.name',
			'o.nameEn',
			'p.side',
			'p.checkinCode',
			'p.checkedInAt',
			'p.floorStatus',
			'p.availability'
		])
		.where('p.eventId', '=', eventId);
}

export async function listFloorParticipants(db: Database, eventId: string): Promise<FloorParticipant[]> {
	const rows = await selectParticipants(db, eventId).orderBy('p.side', 'desc').orderBy('o.name').execute();
	return rows as FloorParticipant[];
}

export async function findParticipantByCode(
	db: Database,
	eventId: string,
	code: string
): Promise<FloorParticipant | undefined> {
	return (await selectParticipants(db, eventId).where('p.checkinCode', '=', code).executeTakeFirst()) as
		FloorParticipant | undefined;
}

export async function findFloorParticipant(
	db: Database,
	eventId: string,
	organizationId: string
): Promise<FloorParticipant | undefined> {
	return (await selectParticipants(db, eventId)
		.where('p.organizationId', '=', organizationId)
		.executeTakeFirst()) as FloorParticipant | undefined;
}

/** Checks in once (a second scan keeps the first time) and clears a late or no-show mark. */
export async function updateCheckin(db: Database, eventId: string, organizationId: string, at: Date) {
	await db
		.updateTable('eventParticipants')
		.set({ checkedInAt: sql`coalesce(checked_in_at, ${at.toISOString()}::timestamptz)`, floorStatus: null })
		.where('eventId', '=', eventId)
		.where('organizationId', '=', organizationId)
		.execute();
}

export async function updateFloorStatus(
	db: Database,
	eventId: string,
	organizationId: string,
	status: FloorStatus | null
) {
	await db
		.updateTable('eventParticipants')
		.set({ floorStatus: status })
		.where('eventId', '=', eventId)
		.where('organizationId', '=', organizationId)
		.execute();
}

export interface FloorMeeting {
	id: string;
	startupId: string;
	corporateId: string;
	startupName: string;
	startupNameEn: string | null;
	corporateName: string;
	corporateNameEn: string | null;
	tableNumber: number | null;
	requestId: string | null;
	startsAt: Date;
	endsAt: Date;
	status: MeetupStatus;
	reason: string | null;
}

/** The event's meetings (every status), by start and table. */
export async function listEventMeetings(db: Database, eventId: string): Promise<FloorMeeting[]> {
	const rows = await db
		.selectFrom('meetups as m')
		.innerJoin('organizations as s', 's.id', 'm.startupId')
		.innerJoin('organizations as c', 'c.id', 'm.corporateId')
		.select([
			'm.id',
			'm.startupId',
			'm.corporateId',
			's.name as startupName',
			's.nameEn as startupNameEn',
			'c.name as corporateName',
			'c.nameEn as corporateNameEn',
			'm.tableNumber',
			'm.requestId',
			sql<Date>`lower(m.period)`.as('startsAt'),
			sql<Date>`upper(m.period)`.as('endsAt'),
			'm.status',
			'm.reason'
		])
		.where('m.eventId', '=', eventId)
		.orderBy(sql`lower(m.period)`)
		.orderBy('m.tableNumber')
		.execute();
	return rows as FloorMeeting[];
}

/**
 * Cancels the organization's confirmed meetings of the event that start after `now` (a
 * compare-and-swap on `confirmed`), raising their sequence; returns their ids.
 */
export async function cancelRemainingMeetings(
	db: Database,
	eventId: string,
	organizationId: string,
	now: Date,
	userId: string | null
): Promise<string[]> {
	const rows = await db
		.updateTable('meetups')
		.set({
			status: 'cancelled',
			reason: 'no_show',
			sequence: sql`sequence + 1`,
			updatedByUserId: userId,
			updatedAt: sql`now()`
		})
		.where('eventId', '=', eventId)
		.where('status', '=', 'confirmed')
		.where((eb) => eb.or([eb('startupId', '=', organizationId), eb('corporateId', '=', organizationId)]))
		.where(sql<SqlBool>`lower(period) > ${now.toISOString()}::timestamptz`)
		.returning('id')
		.execute();
	return rows.map((r) => r.id);
}

export interface AcceptedRequest {
	id: string;
	startupId: string;
	corporateId: string;
	fromOrgId: string;
	priority: number;
	createdAt: Date;
}

/** Accepted requests of the event without an active meeting: the standby list. */
export async function listUnmetRequests(db: Database, eventId: string): Promise<AcceptedRequest[]> {
	return db
		.selectFrom('meetingRequests as r')
		.select(['r.id', 'r.startupId', 'r.corporateId', 'r.fromOrgId', 'r.priority', 'r.createdAt'])
		.where('r.eventId', '=', eventId)
		.where('r.status', '=', 'accepted')
		.where(({ not, exists, selectFrom }) =>
			not(
				exists(
					selectFrom('meetups as m')
						.select('m.id')
						.whereRef('m.requestId', '=', 'r.id')
						.where('m.status', 'in', [...ACTIVE_STATUSES])
				)
			)
		)
		.orderBy('r.priority', 'desc')
		.orderBy('r.createdAt')
		.execute();
}

export async function findRequest(db: Database, eventId: string, id: string) {
	return db
		.selectFrom('meetingRequests')
		.select(['id', 'startupId', 'corporateId', 'fromOrgId', 'status', 'priority'])
		.where('eventId', '=', eventId)
		.where('id', '=', id)
		.executeTakeFirst();
}

/** Active meetups of some organizations overlapping a window, in or outside the event: busy time. */
export async function listBusyMeetups(
	db: Database,
	organizationIds: readonly string[],
	window: Period
): Promise<{ startupId: string; corporateId: string; start: Date; end: Date }[]> {
	if (organizationIds.length === 0) return [];
	return db
		.selectFrom('meetups')
		.select([
			'startupId',
			'corporateId',
			sql<Date>`lower(period)`.as('start'),
			sql<Date>`upper(period)`.as('end')
		])
		.where('status', 'in', [...ACTIVE_STATUSES])
		.where((eb) =>
			eb.or([eb('startupId', 'in', [...organizationIds]), eb('corporateId', 'in', [...organizationIds])])
		)
		.where(sql<SqlBool>`period && ${periodOf(window)}`)
		.execute();
}

/** Raises the event's schedule version (the board's stale check); the caller holds the row lock. */
export async function bumpScheduleVersion(db: Database, eventId: string) {
	await db
		.updateTable('events')
		.set({ scheduleVersion: sql`schedule_version + 1`, updatedAt: sql`now()` })
		.where('id', '=', eventId)
		.execute();
}
