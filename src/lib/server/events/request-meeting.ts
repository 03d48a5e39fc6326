/**
 * When a request is cancelled after it was scheduled, its meeting goes with it: cancelled (not
 * deleted, so both agendas and calendars can show the cancellation), the schedule's version raised so
 * an open board reloads it, and, once the agenda is published, both sides told live.
 */
import type { Database } from '$lib/server/db';
import type { Viewer } from '$lib/server/catalog/viewer';
import { announce, loadMeetup } from '$lib/server/meetups/announce';
import { emitTo } from '$lib/server/realtime/emit';
import type { EventRow } from './access';

/** Cancels the request's active meeting, if any; returns what to announce after the commit. */
export async function cancelRequestMeeting(
	trx: Database,
	viewer: Viewer,
	event: EventRow,
	requestId: string
): Promise<(() => void) | undefined> {
	const meeting = await trx
		.updateTable('meetups')
		.set((eb) => ({
			status: 'cancelled',
			reason: 'request_cancelled',
			sequence: eb('sequence', '+', 1),
			updatedByUserId: viewer.user?.id ?? null,
			updatedAt: new Date()
		}))
		.where('requestId', '=', requestId)
		.where('status', 'in', ['proposed', 'confirmed'])
		.returning('id')
		.executeTakeFirst();
	if (!meeting) return undefined;
	const bumped = await trx
		.updateTable('events')
		.set((eb) => ({ scheduleVersion: eb('scheduleVersion', '+', 1), updatedAt: new Date() }))
		.where('id', '=', event.id)
		.returning('scheduleVersion')
		.executeTakeFirstOrThrow();
	const loaded = await loadMeetup(trx, meeting.id);
	return () => {
		emitTo(`event:${event.id}:manage`, 'schedule:updated', {
			eventId: event.id,
			version: bumped.scheduleVersion,
			meetings: [],
			removedIds: [meeting.id],
			cause: 'unschedule'
		});
		if (loaded && event.publishedAt) announce(loaded.row, loaded.payload, 'cancelled', []);
	};
}
