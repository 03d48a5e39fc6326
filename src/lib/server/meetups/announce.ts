/**
 * What every meetup use case shares: the payload both sides see, who acts for which side, telling
 * both sides (notifications in the transaction, socket events after the commit) and turning an
 * exclusion violation into a 409 that names the meetup it clashes with.
 */
import type { Database } from '$lib/server/db';
import type { MeetupChange, MeetupPayload } from '$lib/realtime/events';
import { DomainError } from '$lib/server/errors';
import { canActFor, type Viewer } from '$lib/server/catalog/viewer';
import { memberIds } from '$lib/server/matching/queries';
import { emitNotifications, notify, type NotificationRow } from '$lib/server/notifications/service';
import { emitTo } from '$lib/server/realtime/emit';
import {
	findMeetupById,
	findOverlappingMeetup,
	listProposals,
	type MeetupRow,
	type Period,
	type ProposalRow
} from './queries';

export type Side = 'startup' | 'corporate';

export function toPayload(row: MeetupRow, proposals: readonly ProposalRow[]): MeetupPayload {
	return {
		id: row.id,
		startupId: row.startupId,
		corporateId: row.corporateId,
		challengeId: row.challengeId,
		applicationId: row.applicationId,
		eventId: row.eventId,
		tableNumber: row.tableNumber,
		startsAt: row.startsAt.toISOString(),
		endsAt: row.endsAt.toISOString(),
		status: row.status,
		location: row.location,
		videoUrl: row.videoUrl,
		note: row.note,
		reason: row.reason,
		sequence: row.sequence,
		requestedByOrganizationId: row.requestedByOrgId,
		proposedByOrganizationId: row.proposedByOrgId,
		proposals: proposals.map((p) => ({
			id: p.id,
			startsAt: p.startsAt.toISOString(),
			endsAt: p.endsAt.toISOString()
		})),
		startup: { id: row.startupId, name: row.startupName, nameEn: row.startupNameEn },
		corporate: { id: row.corporateId, name: row.corporateName, nameEn: row.corporateNameEn },
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString()
	};
}

/** A meetup with its current proposals, as stored. */
export async function loadMeetup(
	db: Database,
	id: string
): Promise<{ row: MeetupRow; payload: MeetupPayload } | undefined> {
	const row = await findMeetupById(db, id);
	if (!row) return undefined;
	const proposals = (await listProposals(db, [id])).get(id) ?? [];
	return { row, payload: toPayload(row, proposals) };
}

/** The sides of a meetup the viewer acts for: member, manager of its stewarding center, or admin. */
export function sidesOf(viewer: Viewer, row: MeetupRow): Side[] {
	const sides: Side[] = [];
	if (hiddenEventMeeting(viewer, row)) return sides;
	if (canActFor(viewer, { id: row.startupId, stewardCenterId: row.startupStewardCenterId }))
		sides.push('startup');
	if (canActFor(viewer, { id: row.corporateId, stewardCenterId: row.corporateStewardCenterId }))
		sides.push('corporate');
	return sides;
}

/**
 * A meeting of a matchmaking day whose schedule is not published yet: invisible (404) to everyone but
 * the event's managers, so a draft schedule never reaches participants' lists, pages or calendars.
 */
export function hiddenEventMeeting(
	viewer: Viewer,
	row: Pick<MeetupRow, 'eventId' | 'eventCenterId' | 'eventPublishedAt'>
): boolean {
	if (row.eventId === null || row.eventPublishedAt !== null || viewer.isAdmin) return false;
	return row.eventCenterId === null || !viewer.managedCenterIds.includes(row.eventCenterId);
}

export const orgOf = (row: MeetupRow, side: Side) => (side === 'startup' ? row.startupId : row.corporateId);
export const sideOfOrg = (row: MeetupRow, orgId: string): Side =>
	orgId === row.startupId ? 'startup' : 'corporate';
export const otherSide = (side: Side): Side => (side === 'startup' ? 'corporate' : 'startup');

/**
 * The notice both sides' members get (not the person who acted), stored in the caller's transaction;
 * `by` is the side that acted.
 */
export async function notifyBothSides(
	tx: Database,
	viewer: Viewer,
	row: MeetupRow,
	kind: string,
	extra: { by: Side; startsAt: Date; endsAt: Date; reason?: string | null }
): Promise<NotificationRow[]> {
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
		// The side that acted, by name in both languages (the page shows the reader's).
		by: extra.by === 'startup' ? row.startupName : row.corporateName,
		byEn: extra.by === 'startup' ? row.startupNameEn : row.corporateNameEn,
		startsAt: extra.startsAt.toISOString(),
		endsAt: extra.endsAt.toISOString(),
		...(extra.reason ? { reason: extra.reason } : {})
	});
}

/** The rooms that hear of a meetup: both organizations and the centers stewarding them. */
function roomsOf(row: MeetupRow): string[] {
	const ids = [row.startupId, row.corporateId, row.startupStewardCenterId, row.corporateStewardCenterId];
	return [...new Set(ids.filter((id): id is string => id !== null))].map((id) => `org:${id}`);
}

/** After the commit: the new state to both sides' sockets, and the stored notices to their people. */
export function announce(
	row: MeetupRow,
	payload: MeetupPayload,
	change: MeetupChange | 'created',
	notifications: readonly NotificationRow[]
): void {
	if (change === 'created') emitTo(roomsOf(row), 'meetup:created', payload);
	else emitTo(roomsOf(row), 'meetup:updated', { ...payload, change });
	emitNotifications(notifications);
}

/**
 * The 409 for a period that overlaps an active meetup of either organization, naming that meetup
 * (its id and time, and which of the two organizations is busy). Looked up after the failure: the
 * constraint says which side clashed, not with what.
 */
export async function clashError(
	db: Database,
	viewer: Viewer,
	parties: { startupId: string; corporateId: string },
	period: Period,
	options: { constraint?: string; excludeId?: string; field: string }
): Promise<DomainError> {
	const orgIds =
		options.constraint === 'meetups_startup_no_overlap'
			? [parties.startupId]
			: options.constraint === 'meetups_corporate_no_overlap'
				? [parties.corporateId]
				: [parties.startupId, parties.corporateId];
	const clash = await findOverlappingMeetup(db, orgIds, period, options.excludeId);
	const timeZone = viewer.user?.timeZone ?? 'Asia/Seoul';
	if (!clash) return new DomainError('meetup_clash', 409, options.field, { timeZone });
	const busy = [clash.startupId, clash.corporateId].includes(parties.startupId)
		? parties.startupId
		: parties.corporateId;
	return new DomainError('meetup_clash', 409, options.field, {
		meetupId: clash.id,
		startsAt: clash.startsAt.toISOString(),
		endsAt: clash.endsAt.toISOString(),
		organizationId: busy,
		timeZone
	});
}
