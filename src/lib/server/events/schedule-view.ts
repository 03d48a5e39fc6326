/**
 * The schedule as the API and the board read it (API.md `GET /events/:id/schedule`): the meetings on
 * the grid, the accepted requests left out with why, the last run's figures and the run in progress.
 * Managers see everything; a participant sees only their own meetings, and only once published.
 */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import type { ScheduleMeeting } from '$lib/realtime/events';
import { forbidden } from '$lib/server/errors';
import type { Viewer } from '$lib/server/catalog/viewer';
import { ACTIVE_STATUSES } from '$lib/server/meetups/schema';
import { eventFor, eventGrid, type EventRow } from './access';
import type { UnplacedReason } from './scheduler/schedule-types';
import { eventSlots, slotAt } from './slots';

export interface LastRun {
	placed: number;
	requested: number;
	upperBound: number;
	moved: number;
	idleGaps: number;
	method: 'exact-uniform' | 'heuristic';
	unplaced: { requestId: string; reason: UnplacedReason; participantId?: string }[];
	finishedAt: string;
}

/** `not_scheduled`: accepted after the last run, or taken off the board by a manager. */
export type UnplacedWhy = UnplacedReason | 'not_scheduled';

export interface UnplacedItem {
	requestId: string;
	startupId: string;
	corporateId: string;
	startupName: string;
	corporateName: string;
	priority: number;
	reason: UnplacedWhy;
	participantId: string | null;
}

export interface RunStatus {
	id: string;
	status: 'running' | 'done' | 'failed';
	done: number;
	total: number;
	error: string | null;
	startedAt: string;
	finishedAt: string | null;
}

export interface ScheduleDocument {
	eventId: string;
	placed: number;
	requested: number;
	/** The last run's bound; null before the first run. */
	upperBound: number | null;
	meetings: ScheduleMeeting[];
	unplaced: UnplacedItem[];
	version: number;
	run: RunStatus | null;
	lastRun: Omit<LastRun, 'unplaced'> | null;
	publishedAt: string | null;
}

/** Meetings of the event's schedule in the board's shape, optionally only some ids or organizations. */
export async function listScheduleMeetings(
	db: Database,
	event: EventRow,
	filter: { ids?: readonly string[]; organizationIds?: readonly string[] } = {}
): Promise<ScheduleMeeting[]> {
	if (filter.ids?.length === 0 || filter.organizationIds?.length === 0) return [];
	const slots = eventSlots(eventGrid(event));
	const rows = await db
		.selectFrom('meetups')
		.innerJoin('organizations as s', 's.id', 'meetups.startupId')
		.innerJoin('organizations as c', 'c.id', 'meetups.corporateId')
		.innerJoin('meetingRequests as r', 'r.id', 'meetups.requestId')
		.select([
			'meetups.id',
			'meetups.requestId',
			'meetups.startupId',
			'meetups.corporateId',
			's.name as startupName',
			'c.name as corporateName',
			sql<Date>`lower(meetups.period)`.as('start'),
			sql<Date>`upper(meetups.period)`.as('end'),
			'meetups.tableNumber',
			'meetups.locked',
			'meetups.sequence',
			'r.priority'
		])
		.where('meetups.eventId', '=', event.id)
		.where('meetups.status', 'in', [...ACTIVE_STATUSES])
		.$if(filter.ids !== undefined, (qb) => qb.where('meetups.id', 'in', [...filter.ids!]))
		.$if(filter.organizationIds !== undefined, (qb) =>
			qb.where((eb) =>
				eb.or([
					eb('meetups.startupId', 'in', [...filter.organizationIds!]),
					eb('meetups.corporateId', 'in', [...filter.organizationIds!])
				])
			)
		)
		.orderBy(sql`lower(meetups.period)`)
		.orderBy('meetups.tableNumber')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		requestId: r.requestId!,
		startupId: r.startupId,
		corporateId: r.corporateId,
		startupName: r.startupName,
		corporateName: r.corporateName,
		startsAt: r.start.toISOString(),
		endsAt: r.end.toISOString(),
		table: r.tableNumber ?? 0,
		slot: slotAt(slots, r.start.getTime())?.index ?? -1,
		locked: r.locked,
		priority: r.priority,
		sequence: r.sequence
	}));
}

/** Accepted requests without an active meeting, with the last run's reason where it gave one. */
async function listUnplaced(db: Database, event: EventRow, lastRun: LastRun | null): Promise<UnplacedItem[]> {
	const rows = await db
		.selectFrom('meetingRequests as r')
		.innerJoin('organizations as s', 's.id', 'r.startupId')
		.innerJoin('organizations as c', 'c.id', 'r.corporateId')
		.select([
			'r.id',
			'r.startupId',
			'r.corporateId',
			's.name as startupName',
			'c.name as corporateName',
			'r.priority'
		])
		.where('r.eventId', '=', event.id)
		.where('r.status', '=', 'accepted')
		.where(({ not, exists, selectFrom }) =>
			not(
				exists(
					selectFrom('meetups')
						.select('meetups.id')
						.whereRef('meetups.requestId', '=', 'r.id')
						.where('meetups.status', 'in', [...ACTIVE_STATUSES])
				)
			)
		)
		.orderBy('r.priority', 'desc')
		.orderBy('r.createdAt')
		.execute();
	const why = new Map((lastRun?.unplaced ?? []).map((u) => [u.requestId, u]));
	return rows.map((r) => ({
		requestId: r.id,
		startupId: r.startupId,
		corporateId: r.corporateId,
		startupName: r.startupName,
		corporateName: r.corporateName,
		priority: r.priority,
		reason: why.get(r.id)?.reason ?? 'not_scheduled',
		participantId: why.get(r.id)?.participantId ?? null
	}));
}

/** The latest run of an event, finished or not. */
export async function findLatestRun(db: Database, eventId: string): Promise<RunStatus | null> {
	const row = await db
		.selectFrom('scheduleRuns')
		.select(['id', 'status', 'done', 'total', 'error', 'startedAt', 'finishedAt'])
		.where('eventId', '=', eventId)
		.orderBy('startedAt', 'desc')
		.orderBy('id')
		.limit(1)
		.executeTakeFirst();
	if (!row) return null;
	return {
		...row,
		status: row.status as RunStatus['status'],
		startedAt: row.startedAt.toISOString(),
		finishedAt: row.finishedAt?.toISOString() ?? null
	};
}

/** The full document for an event's managers (no authorization here: callers check it). */
export async function scheduleDocument(db: Database, event: EventRow): Promise<ScheduleDocument> {
	const lastRun = (event.lastRun ?? null) as LastRun | null;
	const [meetings, unplaced, run, requested] = await Promise.all([
		listScheduleMeetings(db, event),
		listUnplaced(db, event, lastRun),
		findLatestRun(db, event.id),
		db
			.selectFrom('meetingRequests')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('eventId', '=', event.id)
			.where('status', '=', 'accepted')
			.executeTakeFirstOrThrow()
	]);
	const { unplaced: _omit, ...summary } = lastRun ?? { unplaced: [] };
	return {
		eventId: event.id,
		placed: meetings.length,
		requested: Number(requested.n),
		upperBound: lastRun?.upperBound ?? null,
		meetings,
		unplaced,
		version: event.scheduleVersion,
		run,
		lastRun: lastRun ? (summary as Omit<LastRun, 'unplaced'>) : null,
		publishedAt: event.publishedAt?.toISOString() ?? null
	};
}

/**
 * The schedule as the viewer may see it: the full document for managers; for a participant, their
 * own meetings once the schedule is published (403 before: they know the day, not its plan yet).
 * Strangers get a 404 from `eventFor`.
 */
export async function getSchedule(db: Database, viewer: Viewer, eventId: string): Promise<ScheduleDocument> {
	const access = await eventFor(db, viewer, eventId);
	const { event } = access;
	if (access.manages) return scheduleDocument(db, event);
	if (!event.publishedAt) throw forbidden();
	const meetings = await listScheduleMeetings(db, event, { organizationIds: access.ownParticipantIds });
	return {
		eventId: event.id,
		placed: meetings.length,
		requested: meetings.length,
		upperBound: null,
		meetings,
		unplaced: [],
		version: event.scheduleVersion,
		run: null,
		lastRun: null,
		publishedAt: event.publishedAt.toISOString()
	};
}
