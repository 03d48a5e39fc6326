/**
 * Meeting requests at a matchmaking day: a participant asks one of the other side, with a priority;
 * the other side accepts or declines; the sender (or the manager) can cancel. A request the event's
 * manager files counts as accepted by both sides. Accepted requests are what the scheduler places.
 *
 * The pending cap is enforced with the sender's participant row locked (FOR UPDATE), so two requests
 * sent at once cannot both slip under it; one request per pair is the database's UNIQUE constraint.
 */
import type { Database } from '$lib/server/db';
import { DomainError, forbidden, notFound } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import { canActFor, type Viewer } from '$lib/server/catalog/viewer';
import { memberIds } from '$lib/server/matching/queries';
import { emitNotifications, notify, type NotificationRow } from '$lib/server/notifications/service';
import { eventFor, type EventRow } from './access';
import type { RequestAnswer, RequestInput, RequestStatus } from './schema';
import { cancelRequestMeeting } from './request-meeting';
import { requestRows, type RequestPayload } from './request-rows';

export type { RequestPayload } from './request-rows';

/** Phases in which participants may send requests (managers may file until the day is done). */
const OPEN_FOR_PARTICIPANTS = ['requests_open', 'scheduled', 'live'] as const;

async function actorFor(db: Database, viewer: Viewer, orgId: string) {
	const org = await db
		.selectFrom('organizations')
		.select(['id', 'stewardCenterId'])
		.where('id', '=', orgId)
		.executeTakeFirst();
	return org !== undefined && canActFor(viewer, org);
}

export async function fileRequest(
	db: Database,
	viewer: Viewer,
	eventId: string,
	input: RequestInput
): Promise<RequestPayload> {
	let notifications: NotificationRow[] = [];
	const id = await db.transaction().execute(async (trx) => {
		const { event, manages } = await eventFor(trx, viewer, eventId);
		const byManager = manages;
		if (!byManager && !(await actorFor(trx, viewer, input.fromOrganizationId))) throw forbidden();
		if (
			event.phase === 'done' ||
			(!byManager && !(OPEN_FOR_PARTICIPANTS as readonly string[]).includes(event.phase))
		)
			throw new DomainError('requests_closed', 409, 'eventId');
		const sides = await trx
			.selectFrom('eventParticipants')
			.select(['organizationId', 'side'])
			.where('eventId', '=', eventId)
			.where('organizationId', 'in', [input.fromOrganizationId, input.toOrganizationId])
			// The sender's row serializes its requests, so the cap below cannot be raced past; locking
			// in id order keeps two requests between the same pair from deadlocking.
			.orderBy('organizationId')
			.forUpdate()
			.execute();
		const from = sides.find((s) => s.organizationId === input.fromOrganizationId);
		const to = sides.find((s) => s.organizationId === input.toOrganizationId);
		if (!from) throw new DomainError('not_participant', 422, 'fromOrganizationId');
		if (!to) throw new DomainError('not_participant', 422, 'toOrganizationId');
		if (from.side === to.side) throw new DomainError('same_side', 422, 'toOrganizationId');
		if (!byManager) await assertUnderCap(trx, event, input.fromOrganizationId);
		const startupId = from.side === 'startup' ? from.organizationId : to.organizationId;
		const corporateId = from.side === 'corporate' ? from.organizationId : to.organizationId;
		const values = {
			fromOrgId: input.fromOrganizationId,
			toOrgId: input.toOrganizationId,
			priority: input.priority,
			status: byManager ? 'accepted' : 'pending',
			filedByManager: byManager,
			note: input.note ?? null,
			reason: null,
			createdBy: viewer.user!.id,
			decidedBy: byManager ? viewer.user!.id : null,
			decidedAt: byManager ? new Date() : null
		};
		// One request per pair: a conflicting insert does nothing (the transaction stays usable) and the
		// existing request is revived if it may be.
		const inserted = await trx
			.insertInto('meetingRequests')
			.values({ eventId, startupId, corporateId, ...values })
			.onConflict((oc) => oc.columns(['eventId', 'startupId', 'corporateId']).doNothing())
			.returning('id')
			.executeTakeFirst();
		const requestId =
			inserted?.id ?? (await reviveCancelled(trx, eventId, startupId, corporateId, byManager, values));
		await recordAudit(trx, {
			actorUserId: viewer.user!.id,
			action: 'event.request_filed',
			subjectType: 'meeting_request',
			subjectId: requestId,
			data: { eventId, ...input, byManager }
		});
		const told = byManager ? [input.fromOrganizationId, input.toOrganizationId] : [input.toOrganizationId];
		notifications = await notify(trx, await memberIds(trx, told), 'event.request', {
			eventId,
			title: event.title,
			requestId,
			status: values.status
		});
		return requestId;
	});
	emitNotifications(notifications);
	const [request] = await requestRows(db, eventId, { ids: [id] });
	return request!;
}

async function assertUnderCap(db: Database, event: EventRow, fromOrgId: string) {
	const pending = await db
		.selectFrom('meetingRequests')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('eventId', '=', event.id)
		.where('fromOrgId', '=', fromOrgId)
		.where('status', '=', 'pending')
		.executeTakeFirstOrThrow();
	if (Number(pending.n) >= event.pendingRequestCap)
		throw new DomainError('request_cap', 429, 'toOrganizationId', { cap: event.pendingRequestCap });
}

/**
 * A pair has one request per event. A cancelled one may be sent again (it is reused); a live or
 * declined one is a 409, except that the manager may file over a declined one.
 */
async function reviveCancelled(
	db: Database,
	eventId: string,
	startupId: string,
	corporateId: string,
	byManager: boolean,
	values: Record<string, unknown>
): Promise<string> {
	const revivable = byManager ? ['cancelled', 'declined'] : ['cancelled'];
	const row = await db
		.updateTable('meetingRequests')
		.set({ ...values, createdAt: new Date() })
		.where('eventId', '=', eventId)
		.where('startupId', '=', startupId)
		.where('corporateId', '=', corporateId)
		.where('status', 'in', revivable)
		.returning('id')
		.executeTakeFirst();
	if (!row) throw new DomainError('request_exists', 409, 'toOrganizationId');
	return row.id;
}

/**
 * Accept or decline (the receiving side or the manager, while pending), or cancel (the sending side
 * or the manager, while pending or accepted; a scheduled meeting of the request is cancelled with it).
 * Compare-and-swap on the status: an answer to a request that changed meanwhile is a 409.
 */
export async function answerRequest(
	db: Database,
	viewer: Viewer,
	eventId: string,
	requestId: string,
	answer: RequestAnswer
): Promise<RequestPayload> {
	let notifications: NotificationRow[] = [];
	let after: (() => void) | undefined;
	await db.transaction().execute(async (trx) => {
		const { event, manages } = await eventFor(trx, viewer, eventId);
		const request = await trx
			.selectFrom('meetingRequests')
			.selectAll()
			.where('id', '=', requestId)
			.where('eventId', '=', eventId)
			.executeTakeFirst();
		if (!request) throw notFound();
		const cancelling = answer.status === 'cancelled';
		const side = cancelling ? request.fromOrgId : request.toOrgId;
		if (!manages && !(await actorFor(trx, viewer, side))) {
			// A participant of the pair who may not take this step gets a 403; anyone else a 404.
			if (await actorFor(trx, viewer, cancelling ? request.toOrgId : request.fromOrgId)) throw forbidden();
			throw notFound();
		}
		const from: RequestStatus[] = cancelling ? ['pending', 'accepted'] : ['pending'];
		const updated = await trx
			.updateTable('meetingRequests')
			.set({
				status: answer.status,
				reason: answer.reason ?? null,
				decidedBy: viewer.user!.id,
				decidedAt: new Date()
			})
			.where('id', '=', requestId)
			.where('status', 'in', from)
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) === 0)
			throw new DomainError('invalid_transition', 409, 'status', { from: request.status, to: answer.status });
		if (cancelling) after = await cancelRequestMeeting(trx, viewer, event, requestId);
		await recordAudit(trx, {
			actorUserId: viewer.user!.id,
			action: `event.request_${answer.status}`,
			subjectType: 'meeting_request',
			subjectId: requestId,
			data: { eventId, reason: answer.reason ?? null }
		});
		const other = cancelling ? request.toOrgId : request.fromOrgId;
		notifications = await notify(trx, await memberIds(trx, [other]), 'event.request', {
			eventId,
			title: event.title,
			requestId,
			status: answer.status
		});
	});
	emitNotifications(notifications);
	after?.();
	const [request] = await requestRows(db, eventId, { ids: [requestId] });
	return request!;
}

/** Requests of a day: managers see all; participants those their organizations send or receive. */
export async function listRequests(db: Database, viewer: Viewer, eventId: string): Promise<RequestPayload[]> {
	const { manages, ownParticipantIds } = await eventFor(db, viewer, eventId);
	return requestRows(db, eventId, manages ? {} : { involving: ownParticipantIds });
}
