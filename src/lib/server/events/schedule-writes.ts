/**
 * The writes a schedule change is made of, shared by a scheduler run and the board. Every caller runs
 * them in one transaction with the event row locked and the exclusion constraints DEFERRED, so two
 * meetings can trade places; the constraints still decide at commit that nobody is double-booked.
 */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import { DomainError, exclusionViolation, uniqueViolation } from '$lib/server/errors';
import { periodOf } from '$lib/server/meetups/queries';
import type { EventRow } from './access';
import type { RequestInfo } from './schedule-input';

export interface MeetingPlace {
	start: Date;
	end: Date;
	tableNumber: number;
}

/** Postpones the no-overlap checks to the commit (both on Postgres and PGlite). */
export async function deferConstraints(trx: Database): Promise<void> {
	await sql`SET CONSTRAINTS ALL DEFERRED`.execute(trx);
}

/** Where a scheduled meeting takes place, as its calendar entry shows it. */
export const tableLocation = (venue: string, tableNumber: number) =>
	`${venue} · Table ${tableNumber}`.slice(0, 300);

/** A new confirmed meeting for an accepted request; the requester is the side that filed it. */
export async function insertEventMeeting(
	trx: Database,
	event: EventRow,
	request: RequestInfo,
	place: MeetingPlace,
	userId: string | null
): Promise<string> {
	const row = await trx
		.insertInto('meetups')
		.values({
			startupId: request.startupId,
			corporateId: request.corporateId,
			period: periodOf(place),
			location: tableLocation(event.venue, place.tableNumber),
			status: 'confirmed',
			requestedByOrgId: request.fromOrgId,
			proposedByOrgId: request.fromOrgId,
			requestedByUserId: userId,
			updatedByUserId: userId,
			eventId: event.id,
			tableNumber: place.tableNumber,
			requestId: request.id
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** Moves a meeting to another slot or table; the calendar sequence rises so subscribers update. */
export async function moveEventMeeting(
	trx: Database,
	event: EventRow,
	meetingId: string,
	place: MeetingPlace,
	set: { userId: string | null; locked?: boolean }
): Promise<void> {
	await trx
		.updateTable('meetups')
		.set((eb) => ({
			period: periodOf(place),
			tableNumber: place.tableNumber,
			location: tableLocation(event.venue, place.tableNumber),
			...(set.locked !== undefined ? { locked: set.locked } : {}),
			sequence: eb('sequence', '+', 1),
			updatedByUserId: set.userId,
			updatedAt: new Date()
		}))
		.where('id', '=', meetingId)
		.execute();
}

/** Cancels meetings that are no longer on the schedule (their request was dropped or unscheduled). */
export async function cancelEventMeetings(
	trx: Database,
	meetingIds: readonly string[],
	reason: string,
	userId: string | null
): Promise<void> {
	if (meetingIds.length === 0) return;
	await trx
		.updateTable('meetups')
		.set((eb) => ({
			status: 'cancelled',
			reason: reason.slice(0, 500),
			locked: false,
			sequence: eb('sequence', '+', 1),
			updatedByUserId: userId,
			updatedAt: new Date()
		}))
		.where('id', 'in', [...meetingIds])
		.where('status', 'in', ['proposed', 'confirmed'])
		.execute();
}

/** Raises the event's schedule version (the board's optimistic concurrency token); returns the new one. */
export async function bumpScheduleVersion(
	trx: Database,
	eventId: string,
	extra: { lastRun?: unknown; schedule?: boolean } = {}
): Promise<number> {
	const row = await trx
		.updateTable('events')
		.set((eb) => ({
			scheduleVersion: eb('scheduleVersion', '+', 1),
			updatedAt: new Date(),
			...(extra.lastRun !== undefined ? { lastRun: JSON.stringify(extra.lastRun) } : {}),
			// A run moves a day still being planned to `scheduled`; later phases stay as they are.
			...(extra.schedule
				? {
						phase: sql<string>`CASE WHEN phase IN ('planning', 'requests_open') THEN 'scheduled' ELSE phase END`
					}
				: {})
		}))
		.where('id', '=', eventId)
		.returning('scheduleVersion')
		.executeTakeFirstOrThrow();
	return row.scheduleVersion;
}

/**
 * A clash decided by the database (at a statement or at the commit) as a 409: someone booked one of
 * these organizations elsewhere, or a second writer got there first. Anything else is rethrown.
 */
export function asScheduleConflict(e: unknown): unknown {
	if (exclusionViolation(e) !== undefined || uniqueViolation(e) !== undefined) {
		return new DomainError('move_refused', 409, undefined, { reason: 'conflict' });
	}
	return e;
}
