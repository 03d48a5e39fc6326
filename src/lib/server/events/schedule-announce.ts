/**
 * Telling people about a schedule change, after the commit: the managers' board gets the changed
 * meetings (`schedule:updated` to `event:<id>:manage`); once the schedule is published, each changed
 * meeting also reaches both organizations as `meetup:created`/`meetup:updated`, so participants'
 * agendas and calendars follow live.
 */
import type { Database } from '$lib/server/db';
import type { ScheduleUpdatedPayload } from '$lib/realtime/events';
import { announce, loadMeetup } from '$lib/server/meetups/announce';
import { emitTo } from '$lib/server/realtime/emit';
import { logger } from '$lib/server/log';
import type { EventRow } from './access';
import { listScheduleMeetings } from './schedule-view';

export interface ScheduleChange {
	version: number;
	created: string[];
	moved: string[];
	cancelled: string[];
	/** only `locked` changed: nothing participants see */
	relocked?: string[];
	wasPublished: boolean;
}

/** Emits the change; returns the board payload (also the board endpoint's answer). */
export async function announceScheduleChange(
	db: Database,
	event: EventRow,
	change: ScheduleChange,
	cause: ScheduleUpdatedPayload['cause']
): Promise<ScheduleUpdatedPayload> {
	const changedIds = [...change.created, ...change.moved, ...(change.relocked ?? [])];
	const payload: ScheduleUpdatedPayload = {
		eventId: event.id,
		version: change.version,
		// A whole run may change hundreds of meetings: the board reloads instead of patching.
		meetings: cause === 'run' ? [] : await listScheduleMeetings(db, event, { ids: changedIds }),
		removedIds: cause === 'run' ? [] : change.cancelled,
		cause
	};
	emitTo(`event:${event.id}:manage`, 'schedule:updated', payload);
	if (change.wasPublished) {
		try {
			await announceToParticipants(db, change);
		} catch (err) {
			// The change is committed; a lost live update is repaired by the next page load.
			logger.warn({ err, eventId: event.id }, 'schedule change not announced');
		}
	}
	return payload;
}

async function announceToParticipants(db: Database, change: ScheduleChange) {
	const kinds: [string[], 'created' | 'rescheduled' | 'cancelled'][] = [
		[change.created, 'created'],
		[change.moved, 'rescheduled'],
		[change.cancelled, 'cancelled']
	];
	for (const [ids, kind] of kinds) {
		for (const id of ids) {
			const found = await loadMeetup(db, id);
			if (found) announce(found.row, found.payload, kind, []);
		}
	}
}
