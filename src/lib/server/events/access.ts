/**
 * Who may do what at a matchmaking day, decided from the viewer and the event row only:
 * - the hosting center's managers (and admins) manage it: participants, requests for anyone, the
 *   schedule, the floor;
 * - members of a participating organization see the event, their own requests and, once published,
 *   their own agenda;
 * - anyone else gets a 404, as if the event did not exist.
 */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import { notFound, forbidden } from '$lib/server/errors';
import type { Viewer } from '$lib/server/catalog/viewer';
import type { Interval } from '$lib/server/meetups/availability';
import type { EventHall, EventPhase } from './schema';
import type { EventGrid } from './slots';

export interface EventRow {
	id: string;
	centerId: string;
	title: string;
	venue: string;
	start: Date;
	end: Date;
	slotMinutes: number;
	breaks: Interval[];
	tables: number;
	halls: EventHall[];
	timeZone: string;
	phase: EventPhase;
	pendingRequestCap: number;
	scheduleVersion: number;
	lastRun: unknown;
	publishedAt: Date | null;
	createdAt: Date;
}

interface StoredWindow {
	startsAt: string;
	endsAt: string;
}

/** Stored windows ([{ startsAt, endsAt }] in jsonb) as intervals. */
export function toIntervals(windows: readonly StoredWindow[]): Interval[] {
	return windows.map((w) => ({ start: Date.parse(w.startsAt), end: Date.parse(w.endsAt) }));
}

export function toWindows(intervals: readonly Interval[]): StoredWindow[] {
	return intervals.map((i) => ({
		startsAt: new Date(i.start).toISOString(),
		endsAt: new Date(i.end).toISOString()
	}));
}

/** Reads an event; `forUpdate` locks its row, which serializes every change to its schedule. */
export async function findEvent(
	db: Database,
	id: string,
	options: { forUpdate?: boolean } = {}
): Promise<EventRow | undefined> {
	let query = db
		.selectFrom('events')
		.select([
			'id',
			'centerId',
			'title',
			'venue',
			sql<Date>`lower(period)`.as('start'),
			sql<Date>`upper(period)`.as('end'),
			'slotMinutes',
			'breaks',
			'tables',
			'halls',
			'timeZone',
			'phase',
			'pendingRequestCap',
			'scheduleVersion',
			'lastRun',
			'publishedAt',
			'createdAt'
		])
		.where('id', '=', id);
	if (options.forUpdate) query = query.forUpdate();
	const row = await query.executeTakeFirst();
	if (!row) return undefined;
	return {
		...row,
		breaks: toIntervals(row.breaks as unknown as StoredWindow[]),
		halls: row.halls as unknown as EventHall[],
		phase: row.phase as EventPhase
	};
}

export function eventGrid(event: Pick<EventRow, 'start' | 'end' | 'slotMinutes' | 'breaks'>): EventGrid {
	return {
		start: event.start.getTime(),
		end: event.end.getTime(),
		slotMinutes: event.slotMinutes,
		breaks: event.breaks
	};
}

export function managesEvent(viewer: Viewer, event: Pick<EventRow, 'centerId'>): boolean {
	return viewer.isAdmin || viewer.managedCenterIds.includes(event.centerId);
}

export interface EventAccess {
	event: EventRow;
	manages: boolean;
	/** The viewer's organizations taking part (usually one). */
	ownParticipantIds: string[];
}

/** The viewer's organizations among an event's participants. */
export async function ownParticipants(db: Database, viewer: Viewer, eventId: string): Promise<string[]> {
	if (viewer.organizationIds.length === 0) return [];
	const rows = await db
		.selectFrom('eventParticipants')
		.select('organizationId')
		.where('eventId', '=', eventId)
		.where('organizationId', 'in', viewer.organizationIds)
		.execute();
	return rows.map((r) => r.organizationId);
}

/** The event as the viewer may see it: 404 unless they manage it or take part in it. */
export async function eventFor(
	db: Database,
	viewer: Viewer,
	eventId: string,
	options: { forUpdate?: boolean } = {}
): Promise<EventAccess> {
	if (!viewer.user) throw notFound();
	const event = await findEvent(db, eventId, options);
	if (!event) throw notFound();
	const manages = managesEvent(viewer, event);
	const ownParticipantIds = await ownParticipants(db, viewer, eventId);
	if (!manages && ownParticipantIds.length === 0) throw notFound();
	return { event, manages, ownParticipantIds };
}

/** The event for its managers only: 404 to strangers, 403 to participants. */
export async function eventForManager(
	db: Database,
	viewer: Viewer,
	eventId: string,
	options: { forUpdate?: boolean } = {}
): Promise<EventRow> {
	const access = await eventFor(db, viewer, eventId, options);
	if (!access.manages) throw forbidden();
	return access.event;
}
