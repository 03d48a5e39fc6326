import type { Database } from '$lib/server/db';
import type { ApplicationPayload } from '$lib/realtime/events';
import { DomainError, forbidden } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import { onApplicationMoved } from '$lib/server/outcomes/hooks';
import { emitTo } from '$lib/server/realtime/emit';
import { emitNotifications, notify, type NotificationRow } from '$lib/server/notifications/service';
import { getChallenge } from './challenges';
import type { ApplicationUpdate } from './schema';
import { asStartup, type Viewer } from './viewer';

type Status = ApplicationPayload['status'];

/** Screening moves the challenge's managers may make; a startup may only withdraw. */
const MANAGER_MOVES: Record<Status, readonly Status[]> = {
	submitted: ['shortlisted', 'declined'],
	shortlisted: ['meetup', 'declined'],
	meetup: ['poc', 'declined'],
	poc: ['contract', 'declined'],
	contract: [],
	declined: [],
	withdrawn: []
};
const STARTUP_MOVES: Record<Status, readonly Status[]> = {
	submitted: ['withdrawn'],
	shortlisted: ['withdrawn'],
	meetup: ['withdrawn'],
	poc: [],
	contract: [],
	declined: [],
	withdrawn: []
};

export function allowedMoves(from: Status, side: 'manager' | 'startup'): readonly Status[] {
	return (side === 'manager' ? MANAGER_MOVES : STARTUP_MOVES)[from];
}

const COLUMNS = [
	'applications.id',
	'applications.challengeId',
	'applications.startupId',
	'applications.proposal',
	'applications.status',
	'applications.declineReason',
	'applications.declineNote',
	'applications.createdAt',
	'applications.updatedAt'
] as const;

async function membersOf(db: Database, organizationIds: (string | null)[]): Promise<string[]> {
	const ids = organizationIds.filter((x): x is string => x !== null);
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom('memberships')
		.select('userId')
		.where('organizationId', 'in', ids)
		.execute();
	return rows.map((r) => r.userId);
}

function payloadOf(row: {
	id: string;
	challengeId: string;
	startupId: string;
	status: string;
	declineReason: string | null;
	updatedAt: Date;
}): ApplicationPayload {
	return {
		id: row.id,
		challengeId: row.challengeId,
		startupId: row.startupId,
		status: row.status as Status,
		declineReason: row.declineReason,
		updatedAt: row.updatedAt.toISOString()
	};
}

/** Both sides hear of a change: the startup's room, the corporate's room and the host center's room. */
function announce(payload: ApplicationPayload, rooms: (string | null)[], notifications: NotificationRow[]) {
	emitTo(
		rooms.filter((r): r is string => r !== null).map((id) => `org:${id}`),
		'application:updated',
		payload
	);
	emitNotifications(notifications);
}

/**
 * A startup applies to a challenge it can see and that is open. One application per startup and
 * challenge: the unique constraint decides, so a double submit is a 409, never a duplicate.
 */
export async function apply(
	db: Database,
	viewer: Viewer,
	challengeId: string,
	input: { startupId: string; proposal: string }
) {
	if (!viewer.startupIds.includes(input.startupId)) throw new DomainError('forbidden', 403, 'startupId');
	// Visibility is decided for the applying startup alone: another of the user's startups being invited
	// must not open an invite-only challenge to this one.
	const challenge = await getChallenge(db, asStartup(viewer, input.startupId), challengeId);
	if (!challenge) return undefined;
	if (challenge.status !== 'open' || (challenge.closesAt && challenge.closesAt < new Date()))
		throw new DomainError('challenge_closed', 409);
	let notifications: NotificationRow[] = [];
	const row = await db
		.transaction()
		.execute(async (tx) => {
			const inserted = await tx
				.insertInto('applications')
				.values({
					challengeId,
					startupId: input.startupId,
					proposal: input.proposal,
					createdBy: viewer.user?.id ?? null
				})
				.returning(COLUMNS)
				.executeTakeFirstOrThrow();
			notifications = await notify(
				tx,
				await membersOf(tx, [challenge.corporate.id]),
				'application.submitted',
				{
					applicationId: inserted.id,
					challengeId,
					challengeTitle: challenge.title,
					startupId: input.startupId
				}
			);
			await recordAudit(tx, {
				actorUserId: viewer.user?.id,
				action: 'application.submitted',
				subjectType: 'application',
				subjectId: inserted.id
			});
			return inserted;
		})
		.catch((e: unknown) => {
			if ((e as { code?: string }).code === '23505')
				throw new DomainError('already_applied', 409, 'startupId');
			throw e;
		});
	announce(
		payloadOf(row),
		[input.startupId, challenge.corporate.id, challenge.hostCenter?.id ?? null],
		notifications
	);
	return row;
}

/** The applications to a challenge, for the people who screen it. */
export async function listApplicationsForChallenge(db: Database, viewer: Viewer, challengeId: string) {
	const challenge = await getChallenge(db, viewer, challengeId);
	if (!challenge?.access.manages) return undefined;
	return db
		.selectFrom('applications')
		.innerJoin('organizations', 'organizations.id', 'applications.startupId')
		.select(COLUMNS)
		.select(['organizations.name as startupName', 'organizations.nameEn as startupNameEn'])
		.where('applications.challengeId', '=', challengeId)
		.orderBy('applications.createdAt', 'desc')
		.execute();
}

/** A startup's own applications, with the challenges' public titles. */
export async function listApplicationsForStartups(db: Database, startupIds: string[]) {
	if (startupIds.length === 0) return [];
	return db
		.selectFrom('applications')
		.innerJoin('challenges', 'challenges.id', 'applications.challengeId')
		.innerJoin('organizations as corp', 'corp.id', 'challenges.corporateId')
		.select(COLUMNS)
		.select([
			'challenges.title as challengeTitle',
			'corp.name as corporateName',
			'corp.nameEn as corporateNameEn'
		])
		.where('applications.startupId', 'in', startupIds)
		.orderBy('applications.updatedAt', 'desc')
		.execute();
}

/**
 * Moves an application: screening by the challenge's managers, withdrawal by the startup. The update
 * is a compare-and-swap on the status the caller saw, so of two simultaneous moves one wins and the
 * other gets 409 `stale`.
 */
export async function updateApplication(
	db: Database,
	viewer: Viewer,
	applicationId: string,
	update: ApplicationUpdate
) {
	const app = await db
		.selectFrom('applications')
		.select(COLUMNS)
		.where('id', '=', applicationId)
		.executeTakeFirst();
	if (!app) return undefined;
	const challenge = await getChallenge(db, viewer, app.challengeId);
	const isStartup = viewer.startupIds.includes(app.startupId);
	if (!challenge || (!challenge.access.manages && !isStartup)) return undefined;
	const side = challenge.access.manages ? 'manager' : 'startup';
	const from = (update.expectedStatus ?? app.status) as Status;
	if (!allowedMoves(from, side).includes(update.status)) {
		if (side === 'startup' && MANAGER_MOVES[from].includes(update.status)) throw forbidden();
		throw new DomainError('invalid_transition', 409, 'status', { from, to: update.status });
	}
	let notifications: NotificationRow[] = [];
	const row = await db.transaction().execute(async (tx) => {
		const updated = await tx
			.updateTable('applications')
			.set({
				status: update.status,
				declineReason: update.status === 'declined' ? update.reason! : null,
				declineNote: update.status === 'declined' ? (update.note ?? null) : null,
				updatedAt: new Date()
			})
			.where('id', '=', applicationId)
			.where('status', '=', from)
			.returning(COLUMNS)
			.executeTakeFirst();
		if (!updated) throw new DomainError('stale', 409);
		const recipients = await membersOf(tx, [app.startupId, challenge.corporate.id]);
		notifications = await notify(
			tx,
			recipients.filter((id) => id !== viewer.user?.id),
			'application.updated',
			{
				applicationId,
				challengeId: app.challengeId,
				challengeTitle: challenge.title,
				status: update.status,
				reason: update.reason ?? null
			}
		);
		await recordAudit(tx, {
			actorUserId: viewer.user?.id,
			action: 'application.moved',
			subjectType: 'application',
			subjectId: applicationId,
			data: { from, to: update.status, reason: update.reason }
		});
		return updated;
	});
	announce(
		payloadOf(row),
		[app.startupId, challenge.corporate.id, challenge.hostCenter?.id ?? null],
		notifications
	);
	await onApplicationMoved(db, viewer, applicationId, update); // the pipeline card follows; never throws
	return row;
}
