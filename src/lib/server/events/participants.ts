/**
 * Who takes part in a matchmaking day and when they are there. Managers add startups and corporates;
 * a participant (or the manager) states the times they are at the venue. Availability is stored as
 * windows clipped to nothing: a window outside the day's hours is refused naming it, so what the
 * participant sees is what the scheduler uses.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '$lib/server/db';
import { DomainError, forbidden, notFound, uniqueViolation } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import { canActFor, type Viewer } from '$lib/server/catalog/viewer';
import { memberIds } from '$lib/server/matching/queries';
import { emitNotifications, notify, type NotificationRow } from '$lib/server/notifications/service';
import { eventFor, eventForManager, toIntervals, toWindows, type EventRow } from './access';
import type { EventWindow, ParticipantInput } from './schema';

export interface ParticipantPayload {
	organizationId: string;
	name: string;
	nameEn: string | null;
	side: 'startup' | 'corporate';
	/** null: there all day */
	availability: EventWindow[] | null;
	checkedInAt: string | null;
	floorStatus: 'late' | 'no_show' | null;
}

/** The windows, each inside the day's hours (422 naming the first one outside), merged and sorted. */
function checkedWindows(event: EventRow, windows: readonly EventWindow[], field: string): EventWindow[] {
	windows.forEach((w, i) => {
		if (Date.parse(w.startsAt) < event.start.getTime() || Date.parse(w.endsAt) > event.end.getTime())
			throw new DomainError('outside_event', 422, `${field}.${i}.startsAt`);
	});
	return toWindows(toIntervals(windows).sort((a, b) => a.start - b.start));
}

/** Adds a startup or corporate to the day (managers only); its members are told. 409 if already in. */
export async function addParticipant(
	db: Database,
	viewer: Viewer,
	eventId: string,
	input: ParticipantInput
): Promise<ParticipantPayload> {
	let notifications: NotificationRow[] = [];
	const participant = await db.transaction().execute(async (trx) => {
		const event = await eventForManager(trx, viewer, eventId);
		const org = await trx
			.selectFrom('organizations')
			.select(['id', 'kind', 'name', 'nameEn'])
			.where('id', '=', input.organizationId)
			.executeTakeFirst();
		if (!org || (org.kind !== 'startup' && org.kind !== 'corporate'))
			throw new DomainError('not_found', 422, 'organizationId');
		const availability = input.availability
			? checkedWindows(event, input.availability, 'availability')
			: null;
		try {
			await trx
				.insertInto('eventParticipants')
				.values({
					eventId,
					organizationId: org.id,
					side: org.kind,
					availability: availability ? JSON.stringify(availability) : null,
					availabilityUpdatedAt: availability ? new Date() : null,
					checkinCode: randomBytes(12).toString('base64url'),
					invitedBy: viewer.user!.id
				})
				.execute();
		} catch (e) {
			if (uniqueViolation(e) !== undefined)
				throw new DomainError('already_participant', 409, 'organizationId');
			throw e;
		}
		await recordAudit(trx, {
			actorUserId: viewer.user!.id,
			action: 'event.participant_added',
			subjectType: 'event',
			subjectId: eventId,
			data: { organizationId: org.id }
		});
		notifications = await notify(trx, await memberIds(trx, [org.id]), 'event.invited', {
			eventId,
			title: event.title,
			startsAt: event.start.toISOString()
		});
		return {
			organizationId: org.id,
			name: org.name,
			nameEn: org.nameEn,
			side: org.kind,
			availability,
			checkedInAt: null,
			floorStatus: null
		} satisfies ParticipantPayload;
	});
	emitNotifications(notifications);
	return participant;
}

/**
 * Removes a participant with its requests (managers only). Refused (409) while the participant has
 * scheduled meetings: unschedule them on the board first, so no agenda silently loses a meeting.
 */
export async function removeParticipant(
	db: Database,
	viewer: Viewer,
	eventId: string,
	organizationId: string
) {
	await db.transaction().execute(async (trx) => {
		await eventForManager(trx, viewer, eventId, { forUpdate: true });
		const meeting = await trx
			.selectFrom('meetups')
			.select('id')
			.where('eventId', '=', eventId)
			.where('status', 'in', ['proposed', 'confirmed'])
			.where((eb) => eb.or([eb('startupId', '=', organizationId), eb('corporateId', '=', organizationId)]))
			.executeTakeFirst();
		if (meeting) throw new DomainError('schedule_exists', 409, 'organizationId');
		const removed = await trx
			.deleteFrom('eventParticipants')
			.where('eventId', '=', eventId)
			.where('organizationId', '=', organizationId)
			.executeTakeFirst();
		if (Number(removed.numDeletedRows) === 0) throw notFound();
		await recordAudit(trx, {
			actorUserId: viewer.user!.id,
			action: 'event.participant_removed',
			subjectType: 'event',
			subjectId: eventId,
			data: { organizationId }
		});
	});
}

/** States when a participant is at the venue (null: all day); its members or the event's managers. */
export async function setAvailability(
	db: Database,
	viewer: Viewer,
	eventId: string,
	organizationId: string,
	windows: readonly EventWindow[] | null
): Promise<ParticipantPayload> {
	const { event, manages } = await eventFor(db, viewer, eventId);
	const org = await db
		.selectFrom('organizations')
		.select(['id', 'stewardCenterId'])
		.where('id', '=', organizationId)
		.executeTakeFirst();
	if (!org) throw notFound();
	if (!manages && !canActFor(viewer, org)) throw forbidden();
	const availability = windows ? checkedWindows(event, windows, 'availability') : null;
	const updated = await db
		.updateTable('eventParticipants')
		.set({
			availability: availability ? JSON.stringify(availability) : null,
			availabilityUpdatedAt: new Date()
		})
		.where('eventId', '=', eventId)
		.where('organizationId', '=', organizationId)
		.executeTakeFirst();
	if (Number(updated.numUpdatedRows) === 0) throw new DomainError('not_participant', 404);
	const [participant] = await participantRows(db, eventId, [organizationId]);
	return participant!;
}

/** Participants of a day, by side then name; optionally only some organizations. */
export async function participantRows(
	db: Database,
	eventId: string,
	only?: readonly string[]
): Promise<ParticipantPayload[]> {
	let query = db
		.selectFrom('eventParticipants as p')
		.innerJoin('organizations as o', 'o.id', 'p.organizationId')
		.select([
			'p.organizationId',
			'o.name',
			'o.nameEn',
			'p.side',
			'p.availability',
			'p.checkedInAt',
			'p.floorStatus'
		])
		.where('p.eventId', '=', eventId)
		.orderBy('p.side', 'desc')
		.orderBy('o.name');
	if (only?.length === 0) return [];
	if (only) query = query.where('p.organizationId', 'in', [...only]);
	const rows = await query.execute();
	return rows.map((r) => ({
		organizationId: r.organizationId,
		name: r.name,
		nameEn: r.nameEn,
		side: r.side as 'startup' | 'corporate',
		availability: (r.availability as unknown as EventWindow[] | null) ?? null,
		checkedInAt: r.checkedInAt?.toISOString() ?? null,
		floorStatus: (r.floorStatus as 'late' | 'no_show' | null) ?? null
	}));
}

/**
 * The participant list as the viewer may see it: managers see everyone with availability and floor
 * state; participants see the names and sides of everyone (to browse and request), and their own
 * availability only.
 */
export async function listParticipants(
	db: Database,
	viewer: Viewer,
	eventId: string
): Promise<ParticipantPayload[]> {
	const { manages, ownParticipantIds } = await eventFor(db, viewer, eventId);
	const rows = await participantRows(db, eventId);
	if (manages) return rows;
	return rows.map((r) =>
		ownParticipantIds.includes(r.organizationId)
			? r
			: { ...r, availability: null, checkedInAt: null, floorStatus: null }
	);
}
