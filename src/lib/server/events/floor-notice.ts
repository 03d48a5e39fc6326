/**
 * Telling people about floor changes: the meetup's two sides (a notice in the transaction, the new
 * state to their sockets after the commit) and the event's managers (the counters, after the commit).
 */
import type { Database } from '$lib/server/db';
import type { Viewer } from '$lib/server/catalog/viewer';
import { memberIds } from '$lib/server/matching/queries';
import { announce, loadMeetup } from '$lib/server/meetups/announce';
import type { MeetupRow } from '$lib/server/meetups/queries';
import { notify, type NotificationRow } from '$lib/server/notifications/service';
import type { MeetupChange } from '$lib/realtime/events';
import { emitTo } from '$lib/server/realtime/emit';
import { logger } from '$lib/server/log';
import type { EventRow } from './access';
import { floorState } from './floor-views';

/**
 * The notice both sides' members get when a manager changed their meeting on the floor; it names
 * the center as the one who acted, in both languages.
 */
export async function notifyFromFloor(
	tx: Database,
	viewer: Viewer,
	row: MeetupRow,
	event: Pick<EventRow, 'centerId'>,
	kind: 'meetup.cancelled' | 'meetup.confirmed',
	reason?: string
): Promise<NotificationRow[]> {
	const center = await tx
		.selectFrom('organizations')
		.select(['name', 'nameEn'])
		.where('id', '=', event.centerId)
		.executeTakeFirstOrThrow();
	const recipients = (await memberIds(tx, [row.startupId, row.corporateId])).filter(
		(id) => id !== viewer.user?.id
	);
	return notify(tx, recipients, kind, {
		meetupId: row.id,
		startupId: row.startupId,
		startupName: row.startupName,
		startupNameEn: row.startupNameEn,
		corporateId: row.corporateId,
		corporateName: row.corporateName,
		corporateNameEn: row.corporateNameEn,
		by: center.name,
		byEn: center.nameEn,
		startsAt: row.startsAt.toISOString(),
		endsAt: row.endsAt.toISOString(),
		...(reason ? { reason } : {})
	});
}

/** After the commit: each changed meeting's new state to both sides, with its stored notices. */
export async function announceMeetings(
	db: Database,
	changes: readonly { id: string; notices: readonly NotificationRow[] }[],
	change: MeetupChange | 'created'
): Promise<void> {
	for (const c of changes) {
		const loaded = await loadMeetup(db, c.id);
		if (loaded) announce(loaded.row, loaded.payload, change, c.notices);
	}
}

/**
 * After the commit: the counters to the event's managers. A failure here is logged, not thrown: the
 * change is committed and the page's poll catches up.
 */
export async function emitFloor(db: Database, event: EventRow, now: Date): Promise<void> {
	try {
		const { counters } = await floorState(db, event, now);
		emitTo(`event:${event.id}:manage`, 'floor:updated', { eventId: event.id, counters });
	} catch (e) {
		logger.error({ err: e, eventId: event.id }, 'floor:updated not sent');
	}
}
