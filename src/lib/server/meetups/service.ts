/**
 * 1:1 meetups: requesting one, reading one, listing the caller's. The state changes that follow a
 * request (confirm, decline, cancel, reschedule, complete) are in transitions.ts. Double booking is
 * the database's to refuse (exclusion constraints); this module turns the refusal into a 409 naming
 * the meetup it clashes with.
 */
import type { Database } from '$lib/server/db';
import type { MeetupPayload } from '$lib/realtime/events';
import { DomainError, exclusionViolation, forbidden } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import { getChallenge } from '$lib/server/catalog/challenges';
import { canSeeStartup } from '$lib/server/catalog/startups';
import { canActFor, type Viewer } from '$lib/server/catalog/viewer';
import type { NotificationRow } from '$lib/server/notifications/service';
import { announce, clashError, loadMeetup, notifyBothSides, sidesOf, toPayload } from './announce';
import { assertAvailable } from './availability-service';
import {
	findApplicationId,
	findMeetupById,
	findOverlappingMeetup,
	findParties,
	insertMeetup,
	listMeetupsInScope,
	listProposals,
	replaceProposals,
	type Period
} from './queries';
import type { MeetupInput, MeetupsQuery, MeetupStatus, TimeRange } from './schema';

/** The proposed times as instants, without repeats, refusing any in the past (422 naming the field). */
export function proposedPeriods(
	ranges: readonly TimeRange[],
	now: Date,
	fieldOf: (index: number, key: 'startsAt' | 'endsAt') => string
): Period[] {
	const seen = new Set<string>();
	const periods: Period[] = [];
	ranges.forEach((r, i) => {
		const period = { start: new Date(r.startsAt), end: new Date(r.endsAt) };
		if (period.start < now) throw new DomainError('meetup_in_past', 422, fieldOf(i, 'startsAt'));
		const key = `${period.start.getTime()}/${period.end.getTime()}`;
		if (!seen.has(key)) periods.push(period);
		seen.add(key);
	});
	return periods;
}

/**
 * Refuses (409) alternatives that overlap an active meetup of either side. Only the first time holds
 * time, so this is a courtesy check, not a guarantee: confirming an alternative is guarded by the
 * exclusion constraints like any booking.
 */
export async function assertAlternativesFree(
	db: Database,
	viewer: Viewer,
	parties: { startupId: string; corporateId: string },
	periods: readonly Period[],
	fieldOf: (index: number) => string,
	excludeId?: string
): Promise<void> {
	for (let i = 1; i < periods.length; i++) {
		const period = periods[i]!;
		if (await findOverlappingMeetup(db, [parties.startupId, parties.corporateId], period, excludeId))
			throw await clashError(db, viewer, parties, period, { excludeId, field: fieldOf(i) });
	}
}

/** The two organizations of a request, checked: a startup the viewer may see and a corporate. */
async function resolveParties(db: Database, viewer: Viewer, input: MeetupInput) {
	const parties = await findParties(db, [input.startupId, input.corporateId]);
	const startup = parties.find((p) => p.id === input.startupId && p.kind === 'startup');
	const corporate = parties.find((p) => p.id === input.corporateId && p.kind === 'corporate');
	if (!startup || !canSeeStartup(viewer, { ...startup, visibility: startup.visibility ?? 'private' }))
		throw new DomainError('not_found', 422, 'startupId');
	if (!corporate) throw new DomainError('not_found', 422, 'corporateId');
	const actsForStartup = canActFor(viewer, startup);
	const actsForCorporate = canActFor(viewer, corporate);
	if (!actsForStartup && !actsForCorporate) throw forbidden();
	let requester: string;
	if (input.onBehalfOf !== undefined) {
		if (input.onBehalfOf !== startup.id && input.onBehalfOf !== corporate.id)
			throw new DomainError('not_found', 422, 'onBehalfOf');
		if (!canActFor(viewer, input.onBehalfOf === startup.id ? startup : corporate))
			throw new DomainError('forbidden', 403, 'onBehalfOf');
		requester = input.onBehalfOf;
	} else requester = actsForStartup && !actsForCorporate ? startup.id : corporate.id;
	return { startup, corporate, requester };
}

/**
 * Requests a meetup, by someone acting for either organization. The first time holds time at once;
 * the other side is notified and confirms one of the times, declines or proposes others. A time
 * overlapping an active meetup of either organization is a 409 naming that meetup.
 */
export async function createMeetup(
	db: Database,
	viewer: Viewer,
	input: MeetupInput,
	options: { now?: Date } = {}
): Promise<MeetupPayload> {
	const now = options.now ?? new Date();
	const field = (i: number, key: 'startsAt' | 'endsAt' = 'startsAt') =>
		i === 0 ? key : `alternatives.${i - 1}.${key}`;
	const periods = proposedPeriods(
		[{ startsAt: input.startsAt, endsAt: input.endsAt }, ...(input.alternatives ?? [])],
		now,
		field
	);
	const { startup, corporate, requester } = await resolveParties(db, viewer, input);
	let applicationId: string | null = null;
	if (input.challengeId !== undefined) {
		const challenge = await getChallenge(db, viewer, input.challengeId);
		if (!challenge || challenge.corporate.id !== corporate.id)
			throw new DomainError('not_found', 422, 'challengeId');
		applicationId = await findApplicationId(db, challenge.id, startup.id);
	}
	await assertAvailable(db, [startup, corporate], periods, (i) => field(i));
	const parties = { startupId: startup.id, corporateId: corporate.id };

	let notifications: NotificationRow[] = [];
	const id = await db
		.transaction()
		.execute(async (tx) => {
			await assertAlternativesFree(tx, viewer, parties, periods, (i) => field(i));
			const meetupId = await insertMeetup(tx, {
				...parties,
				challengeId: input.challengeId ?? null,
				applicationId,
				period: periods[0]!,
				location: input.location ?? null,
				videoUrl: input.videoUrl ?? null,
				note: input.note ?? null,
				requestedByOrgId: requester,
				requestedByUserId: viewer.user?.id ?? null
			});
			await replaceProposals(tx, meetupId, periods);
			const row = (await findMeetupById(tx, meetupId))!;
			notifications = await notifyBothSides(tx, viewer, row, 'meetup.requested', {
				by: requester === startup.id ? 'startup' : 'corporate',
				startsAt: periods[0]!.start,
				endsAt: periods[0]!.end
			});
			await recordAudit(tx, {
				actorUserId: viewer.user?.id,
				action: 'meetup.requested',
				subjectType: 'meetup',
				subjectId: meetupId,
				data: { on_behalf_of: requester }
			});
			return meetupId;
		})
		.catch(async (e: unknown) => {
			const constraint = exclusionViolation(e);
			if (constraint === undefined) throw e;
			throw await clashError(db, viewer, parties, periods[0]!, { constraint, field: 'startsAt' });
		});
	const created = (await loadMeetup(db, id))!;
	announce(created.row, created.payload, 'created', notifications);
	return created.payload;
}

/** One meetup, for those who act for either side; undefined (404) for anyone else. */
export async function getMeetup(
	db: Database,
	viewer: Viewer,
	id: string
): Promise<MeetupPayload | undefined> {
	const found = await loadMeetup(db, id);
	if (!found || sidesOf(viewer, found.row).length === 0) return undefined;
	return found.payload;
}

/**
 * The caller's meetups: those of the organizations they belong to and of the organizations their
 * centers steward, earliest first. `organizationId` outside that scope gives an empty list.
 */
export async function listMeetups(db: Database, viewer: Viewer, query: MeetupsQuery) {
	const statuses = query.status === undefined ? undefined : ([] as MeetupStatus[]).concat(query.status);
	const { rows, total } = await listMeetupsInScope(
		db,
		{ organizationIds: viewer.organizationIds, managedCenterIds: viewer.managedCenterIds },
		{
			from: query.from ? new Date(query.from) : undefined,
			to: query.to ? new Date(query.to) : undefined,
			statuses,
			organizationId: query.organizationId
		},
		{ page: query.page, limit: query.limit }
	);
	const proposals = await listProposals(
		db,
		rows.filter((r) => r.status === 'proposed').map((r) => r.id)
	);
	return {
		hits: rows.map((r) => toPayload(r, proposals.get(r.id) ?? [])),
		total,
		page: query.page,
		limit: query.limit
	};
}
