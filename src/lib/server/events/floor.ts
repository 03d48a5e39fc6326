/**
 * The live floor on the day, for the event's managers: checking participants in by the code in their
 * QR, marking them late or no-show (a no-show's remaining meetings are cancelled and their cells
 * offered to standby requests, see floor-standby.ts), and recording that a meeting took place.
 *
 * Every change locks the event row first, like the board's edits, so a floor change and a board move
 * never interleave; notices are stored in the transaction and sent after the commit.
 */
import { sql, type SqlBool } from 'kysely';
import type { Database } from '$lib/server/db';
import { DomainError, notFound } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import type { Viewer } from '$lib/server/catalog/viewer';
import { findMeetupById } from '$lib/server/meetups/queries';
import type { NotificationRow } from '$lib/server/notifications/service';
import { eventForManager, type EventRow } from './access';
import {
	bumpScheduleVersion,
	cancelRemainingMeetings,
	findFloorParticipant,
	findParticipantByCode,
	listEventMeetings,
	updateCheckin,
	updateFloorStatus,
	type FloorParticipant
} from './floor-queries';
import type { FloorStatus } from './floor-schema';
import { announceMeetings, emitFloor, notifyFromFloor } from './floor-notice';
import type { OrgRef } from './floor-views';

export interface CheckinResult {
	participant: {
		organization: OrgRef;
		side: 'startup' | 'corporate';
		checkedInAt: string;
		floorStatus: FloorStatus | null;
		/** true when this scan found them already checked in (the first time is kept) */
		alreadyCheckedIn: boolean;
	};
	/** their confirmed meetings still to come or in progress, by start */
	meetings: { id: string; startsAt: string; endsAt: string; table: number | null; with: OrgRef }[];
}

interface Options {
	now?: Date;
}

async function remainingMeetings(db: Database, eventId: string, orgId: string, now: Date) {
	const meetings = await listEventMeetings(db, eventId);
	return meetings
		.filter((m) => m.status === 'confirmed' && m.endsAt > now && [m.startupId, m.corporateId].includes(orgId))
		.map((m) => {
			const other = m.startupId === orgId;
			return {
				id: m.id,
				startsAt: m.startsAt.toISOString(),
				endsAt: m.endsAt.toISOString(),
				table: m.tableNumber,
				with: other
					? { id: m.corporateId, name: m.corporateName, nameEn: m.corporateNameEn }
					: { id: m.startupId, name: m.startupName, nameEn: m.startupNameEn }
			};
		});
}

/** The participant a code names, for the check-in page (managers only; 404 for an unknown code). */
export async function participantByCode(
	db: Database,
	viewer: Viewer,
	eventId: string,
	code: string,
	options: Options = {}
): Promise<{ event: EventRow; participant: FloorParticipant; meetings: CheckinResult['meetings'] }> {
	const event = await eventForManager(db, viewer, eventId);
	const participant = await findParticipantByCode(db, eventId, code);
	if (!participant) throw notFound();
	const meetings = await remainingMeetings(
		db,
		eventId,
		participant.organizationId,
		options.now ?? new Date()
	);
	return { event, participant, meetings };
}

/**
 * Checks a participant in by their code: managers only (403 for participants, 404 for strangers and
 * unknown codes). Idempotent: a second scan keeps the first time. Clears a late mark, and a no-show
 * mark too, since they are evidently here (their cancelled meetings stay cancelled).
 */
export async function checkIn(
	db: Database,
	viewer: Viewer,
	eventId: string,
	code: string,
	options: Options = {}
): Promise<CheckinResult> {
	const now = options.now ?? new Date();
	const { event, participant } = await db.transaction().execute(async (tx) => {
		const event = await eventForManager(tx, viewer, eventId, { forUpdate: true });
		const participant = await findParticipantByCode(tx, eventId, code);
		if (!participant) throw notFound();
		await updateCheckin(tx, eventId, participant.organizationId, now);
		if (!participant.checkedInAt)
			await recordAudit(tx, {
				actorUserId: viewer.user?.id,
				action: 'event.checkin',
				subjectType: 'event',
				subjectId: eventId,
				data: { organizationId: participant.organizationId }
			});
		return { event, participant };
	});
	await emitFloor(db, event, now);
	return {
		participant: {
			organization: { id: participant.organizationId, name: participant.name, nameEn: participant.nameEn },
			side: participant.side,
			checkedInAt: (participant.checkedInAt ?? now).toISOString(),
			floorStatus: null,
			alreadyCheckedIn: participant.checkedInAt !== null
		},
		meetings: await remainingMeetings(db, eventId, participant.organizationId, now)
	};
}

/**
 * Marks a participant late, no-show, or neither (null); managers only, 404 for an organization not
 * taking part. A no-show's confirmed meetings that have not started by `now` are cancelled (reason
 * `no_show`, sequence + 1) and both sides told; ones already under way or past stay as they are.
 */
export async function markFloorStatus(
	db: Database,
	viewer: Viewer,
	eventId: string,
	organizationId: string,
	status: FloorStatus | null,
	options: Options = {}
): Promise<{ floorStatus: FloorStatus | null; cancelledMeetingIds: string[] }> {
	const now = options.now ?? new Date();
	const changes: { id: string; notices: NotificationRow[] }[] = [];
	const event = await db.transaction().execute(async (tx) => {
		const event = await eventForManager(tx, viewer, eventId, { forUpdate: true });
		if (!(await findFloorParticipant(tx, eventId, organizationId))) throw notFound();
		await updateFloorStatus(tx, eventId, organizationId, status);
		if (status === 'no_show') {
			const ids = await cancelRemainingMeetings(tx, eventId, organizationId, now, viewer.user?.id ?? null);
			for (const id of ids) {
				const row = (await findMeetupById(tx, id))!;
				changes.push({
					id,
					notices: await notifyFromFloor(tx, viewer, row, event, 'meetup.cancelled', 'no_show')
				});
			}
			if (ids.length) await bumpScheduleVersion(tx, eventId);
		}
		await recordAudit(tx, {
			actorUserId: viewer.user?.id,
			action: 'event.floor_status',
			subjectType: 'event',
			subjectId: eventId,
			data: { organizationId, status, cancelled: changes.map((c) => c.id) }
		});
		return event;
	});
	await announceMeetings(db, changes, 'cancelled');
	await emitFloor(db, event, now);
	return { floorStatus: status, cancelledMeetingIds: changes.map((c) => c.id) };
}

/**
 * Records from the floor that a meeting of the event took place (managers only; it must have started).
 * Undefined for a meetup that is not this event's; 409 when it is not confirmed any more.
 */
export async function markMeetingDone(
	db: Database,
	viewer: Viewer,
	eventId: string,
	meetupId: string,
	options: Options = {}
): Promise<{ id: string } | undefined> {
	const now = options.now ?? new Date();
	const event = await eventForManager(db, viewer, eventId);
	const row = await findMeetupById(db, meetupId);
	if (!row || row.eventId !== eventId) return undefined;
	if (row.status === 'confirmed' && row.startsAt > now) throw new DomainError('meetup_not_started', 409);
	const updated = await db
		.updateTable('meetups')
		.set({
			status: 'done',
			sequence: sql`sequence + 1`,
			updatedByUserId: viewer.user?.id ?? null,
			updatedAt: sql`now()`
		})
		.where('id', '=', meetupId)
		.where('status', '=', 'confirmed')
		.where(sql<SqlBool>`lower(period) <= ${now.toISOString()}::timestamptz`)
		.returning('id')
		.executeTakeFirst();
	if (!updated) throw new DomainError('invalid_transition', 409, 'status', { from: row.status, to: 'done' });
	await announceMeetings(db, [{ id: meetupId, notices: [] }], 'completed');
	await emitFloor(db, event, now);
	return updated;
}
