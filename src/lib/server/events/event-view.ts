/**
 * A matchmaking day as the API and pages show it: its details, the slots it offers and what the viewer
 * may do there.
 */
import type { Database } from '$lib/server/db';
import { eventGrid, toWindows, type EventRow } from './access';
import type { EventPhase } from './schema';
import { eventSlots } from './slots';

export interface EventPayload {
	id: string;
	centerId: string;
	centerName: string;
	title: string;
	venue: string;
	startsAt: string;
	endsAt: string;
	slotMinutes: number;
	tables: number;
	timezone: string;
	breaks: { startsAt: string; endsAt: string }[];
	halls: { name: string; fromTable: number; toTable: number }[];
	phase: EventPhase;
	pendingRequestCap: number;
	scheduleVersion: number;
	publishedAt: string | null;
	/** The meeting slots the day offers, breaks left out. */
	slots: { index: number; startsAt: string; endsAt: string }[];
	participantCount: number;
	/** What the viewer may do here. */
	viewer: { manages: boolean; participantIds: string[] };
}

export function toEventPayload(
	event: EventRow,
	extra: { centerName: string; participantCount: number; manages: boolean; participantIds: string[] }
): EventPayload {
	return {
		id: event.id,
		centerId: event.centerId,
		centerName: extra.centerName,
		title: event.title,
		venue: event.venue,
		startsAt: event.start.toISOString(),
		endsAt: event.end.toISOString(),
		slotMinutes: event.slotMinutes,
		tables: event.tables,
		timezone: event.timeZone,
		breaks: toWindows(event.breaks),
		halls: event.halls,
		phase: event.phase,
		pendingRequestCap: event.pendingRequestCap,
		scheduleVersion: event.scheduleVersion,
		publishedAt: event.publishedAt?.toISOString() ?? null,
		slots: eventSlots(eventGrid(event)).map((s) => ({
			index: s.index,
			startsAt: new Date(s.start).toISOString(),
			endsAt: new Date(s.end).toISOString()
		})),
		participantCount: extra.participantCount,
		viewer: { manages: extra.manages, participantIds: extra.participantIds }
	};
}

export async function payloadFor(db: Database, event: EventRow, manages: boolean, participantIds: string[]) {
	const [center, count] = await Promise.all([
		db.selectFrom('organizations').select('name').where('id', '=', event.centerId).executeTakeFirstOrThrow(),
		db
			.selectFrom('eventParticipants')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('eventId', '=', event.id)
			.executeTakeFirstOrThrow()
	]);
	return toEventPayload(event, {
		centerName: center.name,
		participantCount: Number(count.n),
		manages,
		participantIds
	});
}
