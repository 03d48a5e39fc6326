/**
 * The scheduler's input read from the database for one event (DESIGN.md "The scheduler"): the day's
 * slots, each participant's free slots, the accepted requests and the meetings already on the board.
 * The pure scheduler speaks in slot and table indices; this module keeps the maps back to times and
 * to the table numbers on the floor (index + 1).
 */
import { sql, type SqlBool } from 'kysely';
import type { Database } from '$lib/server/db';
import { ACTIVE_STATUSES } from '$lib/server/meetups/schema';
import { eventGrid, toIntervals, type EventRow } from './access';
import type { Placement, ScheduleInput, ScheduleRequest, Side } from './scheduler/schedule-types';
import { validateSchedule } from './scheduler/validate';
import { availableSlots, clipToEvent, eventSlots, slotAt, type Slot } from './slots';

/** An accepted request as the schedule writes it. */
export interface RequestInfo {
	id: string;
	startupId: string;
	corporateId: string;
	fromOrgId: string;
	priority: number;
}

/** An active meetup of the event that meets a request: what the board shows and a run may move. */
export interface EventMeeting {
	id: string;
	requestId: string;
	startupId: string;
	corporateId: string;
	start: Date;
	end: Date;
	tableNumber: number | null;
	locked: boolean;
	sequence: number;
	/** Where it sits on the grid; undefined when it no longer fits it (the day's hours changed). */
	placement: Placement | undefined;
}

export interface ScheduleSnapshot {
	event: EventRow;
	/** The event's schedule_version when this was read: a result is written only onto the same one. */
	version: number;
	slots: Slot[];
	input: ScheduleInput;
	requests: Map<string, RequestInfo>;
	/** By request id. */
	meetings: Map<string, EventMeeting>;
}

/** The time of a slot index and the number of a table index, for writing a placement. */
export function placementTime(snapshot: Pick<ScheduleSnapshot, 'slots'>, p: Placement) {
	const slot = snapshot.slots[p.slot]!;
	return { start: new Date(slot.start), end: new Date(slot.end), tableNumber: p.table + 1 };
}

/** The active meetups of an event that meet a request (the schedule). */
export async function listEventMeetings(db: Database, event: EventRow, slots: readonly Slot[]) {
	const rows = await db
		.selectFrom('meetups')
		.select([
			'id',
			'requestId',
			'startupId',
			'corporateId',
			sql<Date>`lower(period)`.as('start'),
			sql<Date>`upper(period)`.as('end'),
			'tableNumber',
			'locked',
			'sequence'
		])
		.where('eventId', '=', event.id)
		.where('requestId', 'is not', null)
		.where('status', 'in', [...ACTIVE_STATUSES])
		.execute();
	return rows.map((r): EventMeeting => {
		const slot = slotAt(slots, r.start.getTime());
		const fits =
			slot !== undefined &&
			slot.end === r.end.getTime() &&
			r.tableNumber !== null &&
			r.tableNumber >= 1 &&
			r.tableNumber <= event.tables;
		return {
			...r,
			requestId: r.requestId!,
			placement: fits ? { requestId: r.requestId!, slot: slot.index, table: r.tableNumber! - 1 } : undefined
		};
	});
}

/**
 * Reads everything a run or a board edit needs. A participant's free slots are their stated windows
 * (none stated: all day) minus their active meetups outside this event's schedule, so a 1:1 meetup
 * booked elsewhere blocks its slot. With `keepLocked`, locked meetings are passed as locks, except
 * any that no longer keep the rules (a participant narrowed their hours): those are only `previous`,
 * so one stale lock cannot make the whole run impossible.
 */
export async function loadScheduleSnapshot(
	db: Database,
	event: EventRow,
	options: { keepLocked: boolean }
): Promise<ScheduleSnapshot> {
	const slots = eventSlots(eventGrid(event));
	const [participants, requestRows, meetingList] = await Promise.all([
		db
			.selectFrom('eventParticipants')
			.select(['organizationId', 'side', 'availability'])
			.where('eventId', '=', event.id)
			.execute(),
		db
			.selectFrom('meetingRequests')
			.select(['id', 'startupId', 'corporateId', 'fromOrgId', 'priority'])
			.where('eventId', '=', event.id)
			.where('status', '=', 'accepted')
			.orderBy('createdAt')
			.orderBy('id')
			.execute(),
		listEventMeetings(db, event, slots)
	]);
	const busy = await listOutsideBusy(
		db,
		event,
		participants.map((p) => p.organizationId)
	);
	const input: ScheduleInput = {
		slotCount: slots.length,
		tableCount: event.tables,
		participants: participants.map((p) => {
			const stated = p.availability as { startsAt: string; endsAt: string }[] | null;
			const windows = stated === null ? null : clipToEvent(toIntervals(stated), eventGrid(event));
			return {
				id: p.organizationId,
				side: p.side as Side,
				available: availableSlots(slots, windows, busy.get(p.organizationId) ?? [])
			};
		}),
		requests: requestRows.map((r): ScheduleRequest => ({
			id: r.id,
			a: r.startupId,
			b: r.corporateId,
			weight: r.priority
		}))
	};
	const requests = new Map(requestRows.map((r) => [r.id, r]));
	const meetings = new Map(meetingList.map((m) => [m.requestId, m]));
	const placed = meetingList.filter((m) => m.placement && requests.has(m.requestId));
	const previous = placed.map((m) => m.placement!);
	const lockCandidates = options.keepLocked ? placed.filter((m) => m.locked).map((m) => m.placement!) : [];
	return {
		event,
		version: event.scheduleVersion,
		slots,
		input: { ...input, previous, locked: keepValidLocks(input, lockCandidates) },
		requests,
		meetings
	};
}

/** The locks that keep every rule among themselves, in order: a lock that breaks one is dropped. */
function keepValidLocks(input: ScheduleInput, locks: readonly Placement[]): Placement[] {
	const kept: Placement[] = [];
	for (const lock of locks) {
		const trial = [...kept, lock];
		if (validateSchedule({ ...input, locked: [] }, { placements: trial }).length === 0) kept.push(lock);
	}
	return kept;
}

/** Busy intervals (epoch ms) per participant during the day: active meetups not in this schedule. */
async function listOutsideBusy(db: Database, event: EventRow, orgIds: readonly string[]) {
	const busy = new Map<string, { start: number; end: number }[]>();
	if (orgIds.length === 0) return busy;
	const rows = await db
		.selectFrom('meetups')
		.select([
			'startupId',
			'corporateId',
			sql<Date>`lower(period)`.as('start'),
			sql<Date>`upper(period)`.as('end')
		])
		.where('status', 'in', [...ACTIVE_STATUSES])
		.where((eb) => eb.or([eb('startupId', 'in', [...orgIds]), eb('corporateId', 'in', [...orgIds])]))
		// The schedule's own meetings are what a run rearranges; everything else holds its time.
		.where((eb) =>
			eb.or([eb('eventId', 'is', null), eb('eventId', '<>', event.id), eb('requestId', 'is', null)])
		)
		.where(
			sql<SqlBool>`period && tstzrange(${event.start.toISOString()}::timestamptz, ${event.end.toISOString()}::timestamptz, '[)')`
		)
		.execute();
	for (const r of rows) {
		for (const org of [r.startupId, r.corporateId]) {
			const list = busy.get(org) ?? [];
			list.push({ start: r.start.getTime(), end: r.end.getTime() });
			busy.set(org, list);
		}
	}
	return busy;
}
