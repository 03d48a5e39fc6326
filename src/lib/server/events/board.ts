/**
 * The schedule board's edits (issue 5, point 8): move (or swap), place, unschedule, lock, unlock.
 * Each edit names the schedule version the board saw; a newer one is a 409 `stale`, so two managers
 * see each other's changes instead of overwriting them. The change is checked with the scheduler's
 * own validator (availability as the scheduler sees it, including participants' other meetups)
 * before anything is written, so a refused move changes nothing; the database's exclusion
 * constraints still have the last word at commit.
 */
import type { Database } from '$lib/server/db';
import type { ScheduleUpdatedPayload } from '$lib/realtime/events';
import { m } from '$lib/paraglide/messages';
import { DomainError, notFound } from '$lib/server/errors';
import type { Viewer } from '$lib/server/catalog/viewer';
import { eventForManager, findEvent, type EventRow } from './access';
import { announceScheduleChange, type ScheduleChange } from './schedule-announce';
import {
	loadScheduleSnapshot,
	placementTime,
	type EventMeeting,
	type ScheduleSnapshot
} from './schedule-input';
import type { BoardInput } from './schedule-schema';
import type { Placement } from './scheduler/schedule-types';
import { validateSchedule } from './scheduler/validate';
import {
	asScheduleConflict,
	bumpScheduleVersion,
	cancelEventMeetings,
	deferConstraints,
	insertEventMeeting,
	moveEventMeeting
} from './schedule-writes';

const refused = (reason: string, more: Record<string, unknown> = {}) =>
	new DomainError('move_refused', 409, undefined, { reason, ...more });

/** What an edit does, decided before anything is written. */
interface Plan {
	cause: ScheduleUpdatedPayload['cause'];
	/** request id → its new place (moves, swaps, placements) */
	places: Map<string, Placement>;
	unschedule?: EventMeeting;
	lock?: { meeting: EventMeeting; locked: boolean };
}

/**
 * Applies one board edit for an event's manager and returns what changed (the same payload the
 * other managers' boards receive as `schedule:updated`). Refusals: 409 `stale` (old version),
 * 409 `move_refused` with `details.reason` (`double_booked`, `not_available`, `table_taken`,
 * `locked`, `invalid_slot`, `invalid_table`, `already_placed`, `not_accepted`, `conflict`).
 */
export async function editBoard(
	db: Database,
	viewer: Viewer,
	eventId: string,
	input: BoardInput
): Promise<ScheduleUpdatedPayload> {
	await eventForManager(db, viewer, eventId);
	const userId = viewer.user!.id;
	let event: EventRow | undefined;
	let done: { change: ScheduleChange; cause: Plan['cause'] };
	try {
		done = await db.transaction().execute(async (trx) => {
			event = await findEvent(trx, eventId, { forUpdate: true });
			if (!event) throw notFound();
			if (event.scheduleVersion !== input.version) throw new DomainError('stale', 409, 'version');
			const snapshot = await loadScheduleSnapshot(trx, event, { keepLocked: false });
			const plan = planEdit(snapshot, input);
			checkPlan(snapshot, plan);
			await deferConstraints(trx);
			return { change: await writePlan(trx, snapshot, plan, userId), cause: plan.cause };
		});
	} catch (e) {
		throw asScheduleConflict(e);
	}
	return announceScheduleChange(db, event!, done.change, done.cause);
}

function meetingById(snapshot: ScheduleSnapshot, id: string): EventMeeting {
	for (const mt of snapshot.meetings.values()) if (mt.id === id) return mt;
	throw notFound();
}

function planEdit(snapshot: ScheduleSnapshot, input: BoardInput): Plan {
	const places = new Map<string, Placement>();
	if (input.action === 'lock' || input.action === 'unlock') {
		const meeting = meetingById(snapshot, input.meetingId);
		return { cause: input.action, places, lock: { meeting, locked: input.action === 'lock' } };
	}
	if (input.action === 'unschedule') {
		const meeting = meetingById(snapshot, input.meetingId);
		if (meeting.locked) throw refused('locked');
		return { cause: 'unschedule', places, unschedule: meeting };
	}
	if (input.slot >= snapshot.slots.length) throw refused('invalid_slot');
	if (input.table > snapshot.event.tables) throw refused('invalid_table');
	const target: Omit<Placement, 'requestId'> = { slot: input.slot, table: input.table - 1 };
	const occupant = [...snapshot.meetings.values()].find(
		(mt) => mt.placement?.slot === target.slot && mt.placement.table === target.table
	);
	if (input.action === 'place') {
		if (!snapshot.requests.has(input.requestId)) throw refused('not_accepted');
		if (snapshot.meetings.has(input.requestId)) throw refused('already_placed');
		if (occupant) throw refused('table_taken');
		places.set(input.requestId, { requestId: input.requestId, ...target });
		return { cause: 'place', places };
	}
	const meeting = meetingById(snapshot, input.meetingId);
	if (meeting.locked) throw refused('locked');
	if (occupant?.id === meeting.id) return { cause: 'move', places };
	places.set(meeting.requestId, { requestId: meeting.requestId, ...target });
	if (occupant) {
		if (occupant.locked) throw refused('locked');
		// Into an occupied place: the two trade places (a meeting off the grid has none to give).
		if (!meeting.placement) throw refused('table_taken');
		places.set(occupant.requestId, { ...meeting.placement, requestId: occupant.requestId });
		return { cause: 'swap', places };
	}
	return { cause: 'move', places };
}

/**
 * The scheduler's rules over the whole schedule after the edit. The unchanged meetings come first,
 * so a clash between a changed and an unchanged meeting is reported on the changed one, and only
 * violations of the changed meetings refuse the edit (an old problem elsewhere does not block it).
 */
function checkPlan(snapshot: ScheduleSnapshot, plan: Plan): void {
	if (plan.places.size === 0) return;
	const removed = plan.unschedule?.requestId;
	const unchanged = [...snapshot.meetings.values()]
		.filter((mt) => mt.placement && snapshot.requests.has(mt.requestId))
		.filter((mt) => !plan.places.has(mt.requestId) && mt.requestId !== removed)
		.map((mt) => mt.placement!);
	const placements = [...unchanged, ...plan.places.values()];
	const violation = validateSchedule({ ...snapshot.input, locked: [] }, { placements }).find(
		(v) => v.requestId !== undefined && plan.places.has(v.requestId)
	);
	if (violation) {
		throw refused(violation.code, {
			requestId: violation.requestId,
			participantId: violation.participantId ?? null,
			slot: violation.slot ?? null,
			table: violation.table === undefined ? null : violation.table + 1
		});
	}
}

async function writePlan(
	trx: Database,
	snapshot: ScheduleSnapshot,
	plan: Plan,
	userId: string
): Promise<ScheduleChange> {
	const { event } = snapshot;
	const change: ScheduleChange = {
		version: event.scheduleVersion,
		created: [],
		moved: [],
		cancelled: [],
		relocked: [],
		wasPublished: event.publishedAt !== null
	};
	for (const [requestId, p] of plan.places) {
		const existing = snapshot.meetings.get(requestId);
		const place = placementTime(snapshot, p);
		if (existing) {
			await moveEventMeeting(trx, event, existing.id, place, { userId });
			change.moved.push(existing.id);
		} else {
			change.created.push(
				await insertEventMeeting(trx, event, snapshot.requests.get(requestId)!, place, userId)
			);
		}
	}
	if (plan.unschedule) {
		const reason = `${m.schedule_unscheduled_reason({}, { locale: 'ko' })} · ${m.schedule_unscheduled_reason({}, { locale: 'en' })}`;
		await cancelEventMeetings(trx, [plan.unschedule.id], reason, userId);
		change.cancelled.push(plan.unschedule.id);
	}
	if (plan.lock && plan.lock.meeting.locked !== plan.lock.locked) {
		await trx
			.updateTable('meetups')
			.set({ locked: plan.lock.locked, updatedByUserId: userId, updatedAt: new Date() })
			.where('id', '=', plan.lock.meeting.id)
			.execute();
		change.relocked!.push(plan.lock.meeting.id);
	}
	const changed =
		change.created.length + change.moved.length + change.cancelled.length + change.relocked!.length;
	if (changed > 0) change.version = await bumpScheduleVersion(trx, event.id);
	return change;
}
