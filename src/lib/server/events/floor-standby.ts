/**
 * Placing a standby request into a cell a no-show freed (or any free cell the manager picks): a
 * confirmed meeting at that slot and table. The exclusion constraints decide whether the cell and both
 * sides are still free, so two managers placing into one cell leave exactly one meeting and a 409.
 */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import { DomainError, exclusionViolation, uniqueViolation } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import type { Viewer } from '$lib/server/catalog/viewer';
import { findMeetupById, periodOf } from '$lib/server/meetups/queries';
import type { NotificationRow } from '$lib/server/notifications/service';
import { eventForManager, eventGrid, toIntervals, type EventRow } from './access';
import { bumpScheduleVersion, findFloorParticipant, findRequest } from './floor-queries';
import type { StandbyInput } from './floor-schema';
import { announceMeetings, emitFloor, notifyFromFloor } from './floor-notice';
import { availableSlots, eventSlots } from './slots';

/** The rules the schema cannot see, checked under the event's lock; throws what breaks first. */
async function assertPlaceable(tx: Database, event: EventRow, input: StandbyInput, now: Date) {
	const slot = eventSlots(eventGrid(event))[input.slot];
	if (!slot) throw new DomainError('outside_event', 422, 'slot');
	if (input.table > event.tables) throw new DomainError('not_found', 422, 'table');
	if (slot.start <= now.getTime()) throw new DomainError('slot_started', 409, 'slot');
	const request = await findRequest(tx, event.id, input.requestId);
	if (!request) throw new DomainError('not_found', 404, 'requestId');
	if (request.status !== 'accepted') throw new DomainError('request_not_accepted', 409, 'requestId');
	for (const orgId of [request.startupId, request.corporateId]) {
		const p = (await findFloorParticipant(tx, event.id, orgId))!;
		if (p.floorStatus === 'no_show')
			throw new DomainError('participant_no_show', 409, 'requestId', { organizationName: p.name });
		const windows = p.availability ? toIntervals(p.availability) : null;
		if (availableSlots([slot], windows).length === 0)
			throw new DomainError('outside_availability', 409, 'slot', { organizationName: p.name });
	}
	return { slot, request };
}

/**
 * Creates the confirmed meeting for a standby request (managers only) and raises the schedule
 * version; a clash with the table or either side's other meetings is a 409 with nothing written.
 */
export async function placeStandby(
	db: Database,
	viewer: Viewer,
	eventId: string,
	input: StandbyInput,
	options: { now?: Date } = {}
): Promise<{ id: string; slot: number; table: number; startsAt: string; endsAt: string }> {
	const now = options.now ?? new Date();
	let notices: NotificationRow[] = [];
	const placed = await db
		.transaction()
		.execute(async (tx) => {
			const event = await eventForManager(tx, viewer, eventId, { forUpdate: true });
			const { slot, request } = await assertPlaceable(tx, event, input, now);
			const { id } = await tx
				.insertInto('meetups')
				.values({
					startupId: request.startupId,
					corporateId: request.corporateId,
					period: periodOf({ start: new Date(slot.start), end: new Date(slot.end) }),
					status: 'confirmed',
					location: event.venue.slice(0, 300),
					eventId,
					tableNumber: input.table,
					requestId: request.id,
					requestedByOrgId: request.fromOrgId,
					proposedByOrgId: request.fromOrgId,
					requestedByUserId: viewer.user?.id ?? null,
					updatedByUserId: viewer.user?.id ?? null,
					updatedAt: sql`now()`
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			await bumpScheduleVersion(tx, eventId);
			notices = await notifyFromFloor(tx, viewer, (await findMeetupById(tx, id))!, event, 'meetup.confirmed');
			await recordAudit(tx, {
				actorUserId: viewer.user?.id,
				action: 'event.standby_placed',
				subjectType: 'meetup',
				subjectId: id,
				data: { eventId, requestId: request.id, slot: slot.index, table: input.table }
			});
			return { event, id, slot };
		})
		.catch((e: unknown) => {
			const constraint = exclusionViolation(e);
			if (constraint !== undefined)
				throw new DomainError(
					'meetup_clash',
					409,
					constraint === 'meetups_table_no_overlap' ? 'table' : 'slot',
					{
						timeZone: viewer.user?.timeZone ?? 'Asia/Seoul'
					}
				);
			// The request got a meeting in the meantime (its one active meeting, by a unique index).
			if (uniqueViolation(e) !== undefined) throw new DomainError('conflict', 409, 'requestId');
			throw e;
		});
	await announceMeetings(db, [{ id: placed.id, notices }], 'created');
	await emitFloor(db, placed.event, now);
	return {
		id: placed.id,
		slot: placed.slot.index,
		table: input.table,
		startsAt: new Date(placed.slot.start).toISOString(),
		endsAt: new Date(placed.slot.end).toISOString()
	};
}
