import type { ScheduleMeeting, ScheduleUpdatedPayload } from '$lib/realtime/events';
import type { ScheduleDocument, UnplacedItem } from '$lib/server/events/schedule-view';

/** What became of a change: applied, already known (our own echo, or older), or a gap to reload. */
export type ApplyOutcome = 'applied' | 'ignored' | 'reload';

/**
 * The board as this browser shows it: the loaded schedule, patched in place by this manager's edits
 * and by other managers' `schedule:updated`. Every change carries the schedule version it produced,
 * and versions rise by one per change, so an older or repeated change is ignored and a skipped one
 * (a lost event) asks for a reload instead of showing a board that never existed.
 */
export class BoardState {
	meetings = $state<ScheduleMeeting[]>([]);
	unplaced = $state<UnplacedItem[]>([]);
	version = $state(-1);
	/** "slot:table" → meeting, for the grid's cells. */
	byCell: Record<string, ScheduleMeeting> = $derived(
		Object.fromEntries(this.meetings.map((mt) => [`${mt.slot}:${mt.table}`, mt]))
	);

	constructor(doc: ScheduleDocument) {
		this.load(doc);
	}

	/** A freshly loaded document, unless the board already shows a newer version. */
	load(doc: ScheduleDocument): void {
		if (doc.version < this.version) return;
		this.meetings = doc.meetings;
		this.unplaced = doc.unplaced;
		this.version = doc.version;
	}

	apply(change: ScheduleUpdatedPayload): ApplyOutcome {
		if (change.cause === 'run') return change.version > this.version ? 'reload' : 'ignored';
		if (change.version <= this.version) return 'ignored';
		if (change.version > this.version + 1) return 'reload';
		const changedIds = change.meetings.map((mt) => mt.id);
		const removed = this.meetings.filter((mt) => change.removedIds.includes(mt.id));
		this.meetings = [
			...this.meetings.filter((mt) => !changedIds.includes(mt.id) && !change.removedIds.includes(mt.id)),
			...change.meetings
		];
		// A placed request leaves the list; an unscheduled meeting's request comes back to it.
		const placed = change.meetings.map((mt) => mt.requestId);
		this.unplaced = [
			...this.unplaced.filter((u) => !placed.includes(u.requestId)),
			...removed.map((mt): UnplacedItem => ({
				requestId: mt.requestId,
				startupId: mt.startupId,
				corporateId: mt.corporateId,
				startupName: mt.startupName,
				corporateName: mt.corporateName,
				priority: mt.priority,
				reason: 'not_scheduled',
				participantId: null
			}))
		];
		this.version = change.version;
		return 'applied';
	}

	/** The meeting in a cell (slot index, table from 1). */
	at(slot: number, table: number): ScheduleMeeting | undefined {
		return this.byCell[`${slot}:${table}`];
	}
}
