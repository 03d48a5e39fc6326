/**
 * The "now and next" screen of a hall: for each of its tables the meeting under way and the one after,
 * and the current slot. Managers open it on the venue display while signed in, so it needs no secret
 * link that could leak the day's pairings.
 */
import type { Database } from '$lib/server/db';
import type { Viewer } from '$lib/server/catalog/viewer';
import { eventForManager, eventGrid } from './access';
import { listEventMeetings, type FloorMeeting } from './floor-queries';
import type { OrgRef } from './floor-views';
import { eventSlots } from './slots';

export interface ScreenMeeting {
	startsAt: string;
	endsAt: string;
	startup: OrgRef;
	corporate: OrgRef;
}

export interface NowAndNext {
	event: { id: string; title: string; venue: string; timeZone: string };
	hall: { index: number; name: string | null; fromTable: number; toTable: number };
	halls: { index: number; name: string | null }[];
	/** the slot under way, if any, and the next one to start */
	currentSlot: { index: number; startsAt: string; endsAt: string } | null;
	nextSlot: { index: number; startsAt: string; endsAt: string } | null;
	tables: { table: number; now: ScreenMeeting | null; next: ScreenMeeting | null }[];
	generatedAt: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

function screenMeeting(m: FloorMeeting | undefined): ScreenMeeting | null {
	if (!m) return null;
	return {
		startsAt: m.startsAt.toISOString(),
		endsAt: m.endsAt.toISOString(),
		startup: { id: m.startupId, name: m.startupName, nameEn: m.startupNameEn },
		corporate: { id: m.corporateId, name: m.corporateName, nameEn: m.corporateNameEn }
	};
}

/**
 * A hall's "now and next" (managers only). `hallIndex` is 0-based over the event's halls (none
 * declared: one hall with every table); undefined for a hall that does not exist.
 */
export async function nowAndNext(
	db: Database,
	viewer: Viewer,
	eventId: string,
	hallIndex: number,
	now: Date
): Promise<NowAndNext | undefined> {
	const event = await eventForManager(db, viewer, eventId);
	const halls = event.halls.length
		? event.halls.map((h) => ({ name: h.name as string | null, fromTable: h.fromTable, toTable: h.toTable }))
		: [{ name: null, fromTable: 1, toTable: event.tables }];
	const hall = halls[hallIndex];
	if (!hall) return undefined;
	const t = now.getTime();
	const slots = eventSlots(eventGrid(event));
	const current = slots.find((s) => s.start <= t && t < s.end);
	const next = slots.find((s) => s.start > t);
	// Only confirmed meetings are shown: a cancelled one leaves its table empty, a done one has ended.
	const meetings = (await listEventMeetings(db, eventId)).filter((m) => m.status === 'confirmed');
	const tables = [];
	for (let table = hall.fromTable; table <= Math.min(hall.toTable, event.tables); table++) {
		const atTable = meetings.filter((m) => m.tableNumber === table);
		tables.push({
			table,
			now: screenMeeting(atTable.find((m) => m.startsAt.getTime() <= t && t < m.endsAt.getTime())),
			next: screenMeeting(atTable.find((m) => m.startsAt.getTime() > t))
		});
	}
	return {
		event: { id: event.id, title: event.title, venue: event.venue, timeZone: event.timeZone },
		hall: { index: hallIndex, ...hall },
		halls: halls.map((h, index) => ({ index, name: h.name })),
		currentSlot: current
			? { index: current.index, startsAt: iso(current.start), endsAt: iso(current.end) }
			: null,
		nextSlot: next ? { index: next.index, startsAt: iso(next.start), endsAt: iso(next.end) } : null,
		tables,
		generatedAt: now.toISOString()
	};
}
