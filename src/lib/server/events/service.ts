/**
 * Matchmaking days: creating one, reading one as its managers or participants see it, listing the
 * viewer's, and editing one (details and phase). Participants are in participants.ts, requests in
 * requests.ts, the schedule in schedule-*.ts and board.ts.
 */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import { DomainError, forbidden } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import type { Viewer } from '$lib/server/catalog/viewer';
import { periodOf } from '$lib/server/meetups/queries';
import { eventFor, eventForManager, toIntervals, toWindows } from './access';
import { payloadFor, type EventPayload } from './event-view';
import { dayProblems, EVENT_PHASES, type EventInput, type EventPatch, type EventPhase } from './schema';
import { eventSlots } from './slots';

export type { EventPayload } from './event-view';

/** Creates a matchmaking day hosted by a center the viewer manages (403 otherwise). */
export async function createEvent(db: Database, viewer: Viewer, input: EventInput): Promise<EventPayload> {
	if (!viewer.user) throw forbidden();
	const center = await db
		.selectFrom('organizations')
		.select(['id', 'kind'])
		.where('id', '=', input.centerId)
		.executeTakeFirst();
	if (!center || center.kind !== 'center') throw new DomainError('not_found', 422, 'centerId');
	if (!viewer.isAdmin && !viewer.managedCenterIds.includes(center.id)) throw forbidden();
	assertHasSlots(input);
	const id = await db.transaction().execute(async (trx) => {
		const row = await trx
			.insertInto('events')
			.values({
				centerId: input.centerId,
				title: input.title,
				venue: input.venue,
				period: periodOf({ start: new Date(input.startsAt), end: new Date(input.endsAt) }),
				slotMinutes: input.slotMinutes,
				tables: input.tables,
				timeZone: input.timezone,
				breaks: JSON.stringify(normalizedWindows(input.breaks)),
				halls: JSON.stringify(input.halls),
				pendingRequestCap: input.pendingRequestCap,
				createdBy: viewer.user!.id
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await recordAudit(trx, {
			actorUserId: viewer.user!.id,
			action: 'event.created',
			subjectType: 'event',
			subjectId: row.id,
			data: { title: input.title, centerId: input.centerId }
		});
		return row.id;
	});
	return getEvent(db, viewer, id);
}

function normalizedWindows(windows: readonly { startsAt: string; endsAt: string }[]) {
	return toWindows(toIntervals(windows));
}

/** A day without a single slot (breaks covering it, slots longer than the day) is refused up front. */
function assertHasSlots(d: {
	startsAt: string;
	endsAt: string;
	slotMinutes: number;
	breaks: readonly { startsAt: string; endsAt: string }[];
}) {
	const slots = eventSlots({
		start: Date.parse(d.startsAt),
		end: Date.parse(d.endsAt),
		slotMinutes: d.slotMinutes,
		breaks: toIntervals(d.breaks)
	});
	if (slots.length === 0) throw new DomainError('no_slots', 422, 'slotMinutes');
}

export async function getEvent(db: Database, viewer: Viewer, id: string): Promise<EventPayload> {
	const access = await eventFor(db, viewer, id);
	return payloadFor(db, access.event, access.manages, access.ownParticipantIds);
}

export interface EventListItem {
	id: string;
	title: string;
	venue: string;
	centerId: string;
	centerName: string;
	startsAt: string;
	endsAt: string;
	timezone: string;
	phase: EventPhase;
	manages: boolean;
}

/** The events the viewer manages or takes part in: upcoming first, soonest first, then past ones. */
export async function listEvents(db: Database, viewer: Viewer): Promise<EventListItem[]> {
	if (!viewer.user) return [];
	const rows = await db
		.selectFrom('events')
		.innerJoin('organizations as center', 'center.id', 'events.centerId')
		.select([
			'events.id',
			'events.title',
			'events.venue',
			'events.centerId',
			'center.name as centerName',
			sql<Date>`lower(events.period)`.as('start'),
			sql<Date>`upper(events.period)`.as('end'),
			'events.timeZone',
			'events.phase'
		])
		.where((eb) => {
			if (viewer.isAdmin) return eb.lit(true);
			const ors = [];
			if (viewer.managedCenterIds.length > 0) ors.push(eb('events.centerId', 'in', viewer.managedCenterIds));
			if (viewer.organizationIds.length > 0)
				ors.push(
					eb.exists(
						eb
							.selectFrom('eventParticipants as p')
							.select('p.eventId')
							.whereRef('p.eventId', '=', 'events.id')
							.where('p.organizationId', 'in', viewer.organizationIds)
					)
				);
			return ors.length > 0 ? eb.or(ors) : eb.lit(false);
		})
		.orderBy(sql`upper(events.period) < now()`)
		.orderBy(sql`lower(events.period)`)
		.limit(200)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		venue: r.venue,
		centerId: r.centerId,
		centerName: r.centerName,
		startsAt: r.start.toISOString(),
		endsAt: r.end.toISOString(),
		timezone: r.timeZone,
		phase: r.phase as EventPhase,
		manages: viewer.isAdmin || viewer.managedCenterIds.includes(r.centerId)
	}));
}

/** A phase may move one step forward or back (a manager reopening requests after a look at the board). */
function isPhaseStep(from: EventPhase, to: EventPhase): boolean {
	return Math.abs(EVENT_PHASES.indexOf(from) - EVENT_PHASES.indexOf(to)) <= 1;
}

/**
 * Edits a day's details or phase (managers only). Changing the time grid (hours, slot length, breaks,
 * tables) once meetings are scheduled would strand them, so it is refused then (409).
 */
export async function updateEvent(
	db: Database,
	viewer: Viewer,
	id: string,
	patch: EventPatch
): Promise<EventPayload> {
	await db.transaction().execute(async (trx) => {
		const event = await eventForManager(trx, viewer, id, { forUpdate: true });
		if (patch.version !== undefined && patch.version !== event.scheduleVersion)
			throw new DomainError('stale', 409, 'version');
		if (patch.phase && patch.phase !== event.phase && !isPhaseStep(event.phase, patch.phase))
			throw new DomainError('invalid_transition', 409, 'phase', { from: event.phase, to: patch.phase });
		const next = {
			startsAt: patch.startsAt ?? event.start.toISOString(),
			endsAt: patch.endsAt ?? event.end.toISOString(),
			slotMinutes: patch.slotMinutes ?? event.slotMinutes,
			breaks: patch.breaks ?? toWindows(event.breaks),
			tables: patch.tables ?? event.tables
		};
		// The day as the edit would leave it must keep the rules creation checks (422 naming the field).
		const [broken] = dayProblems({ ...next, halls: patch.halls ?? event.halls });
		if (broken) throw new DomainError(broken.rule, 422, broken.path.join('.'));
		const gridChanges =
			Date.parse(next.startsAt) !== event.start.getTime() ||
			Date.parse(next.endsAt) !== event.end.getTime() ||
			next.slotMinutes !== event.slotMinutes ||
			patch.breaks !== undefined ||
			next.tables < event.tables;
		if (gridChanges) {
			const scheduled = await trx
				.selectFrom('meetups')
				.select('id')
				.where('eventId', '=', id)
				.where('status', 'in', ['proposed', 'confirmed'])
				.executeTakeFirst();
			if (scheduled) throw new DomainError('schedule_exists', 409, 'startsAt');
			assertHasSlots(next);
		}
		await trx
			.updateTable('events')
			.set({
				...(patch.title !== undefined ? { title: patch.title } : {}),
				...(patch.venue !== undefined ? { venue: patch.venue } : {}),
				...(patch.timezone !== undefined ? { timeZone: patch.timezone } : {}),
				...(patch.halls !== undefined ? { halls: JSON.stringify(patch.halls) } : {}),
				...(patch.pendingRequestCap !== undefined ? { pendingRequestCap: patch.pendingRequestCap } : {}),
				...(patch.phase !== undefined ? { phase: patch.phase } : {}),
				...(gridChanges
					? {
							period: periodOf({ start: new Date(next.startsAt), end: new Date(next.endsAt) }),
							slotMinutes: next.slotMinutes,
							breaks: JSON.stringify(normalizedWindows(next.breaks)),
							tables: next.tables
						}
					: patch.tables !== undefined
						? { tables: patch.tables }
						: {}),
				updatedAt: new Date()
			})
			.where('id', '=', id)
			.execute();
		await recordAudit(trx, {
			actorUserId: viewer.user!.id,
			action: patch.phase && patch.phase !== event.phase ? 'event.phase_changed' : 'event.updated',
			subjectType: 'event',
			subjectId: id,
			data: { ...patch }
		});
	});
	return getEvent(db, viewer, id);
}
