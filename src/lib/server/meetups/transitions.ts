/**
 * What happens to a meetup after the request: the other side confirms (one of the proposed times),
 * declines, or proposes others (a reschedule, which either side may also ask for once confirmed);
 * the side waiting for an answer may withdraw (cancel); either side may cancel a confirmed meetup and,
 * once it has started, record that it took place or that the other side did not come.
 *
 * Every change is a compare-and-swap on the status and sequence the caller saw (or, without a
 * `sequence` in the request, the ones read just before): of two simultaneous changes one wins and the
 * other is a 409 `stale`. A new time is guarded by the exclusion constraints like a new request.
 */
import type { Database } from '$lib/server/db';
import type { MeetupChange, MeetupPayload } from '$lib/realtime/events';
import { DomainError, exclusionViolation } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import { onMeetupHeld } from '$lib/server/outcomes/hooks';
import type { Viewer } from '$lib/server/catalog/viewer';
import type { NotificationRow } from '$lib/server/notifications/service';
import {
	announce,
	clashError,
	loadMeetup,
	notifyBothSides,
	orgOf,
	otherSide,
	sideOfOrg,
	sidesOf,
	type Side
} from './announce';
import { assertAvailable } from './availability-service';
import {
	findMeetupById,
	findProposal,
	replaceProposals,
	updateMeetupIf,
	type MeetupRow,
	type Period
} from './queries';
import type { MeetupStatus, RescheduleInput } from './schema';
import { assertAlternativesFree, proposedPeriods } from './service';

interface Change {
	/** statuses this change may start from */
	from: readonly MeetupStatus[];
	to: MeetupStatus;
	change: MeetupChange;
	/** the notification kind both sides' members get, if any */
	notice?: string;
	period?: Period;
	/** the proposals of the new round; [] clears them */
	proposals?: readonly Period[];
	proposedBySide?: Side;
	location?: string | null;
	videoUrl?: string | null;
	reason?: string | null;
	/** the side the viewer acted for, named in the notice */
	actingSide: Side;
}

interface Loaded {
	row: MeetupRow;
	sides: Side[];
}

/** The meetup and the sides the viewer acts for; undefined (404) when they act for neither. */
async function loadForChange(db: Database, viewer: Viewer, id: string): Promise<Loaded | undefined> {
	const row = await findMeetupById(db, id);
	if (!row) return undefined;
	const sides = sidesOf(viewer, row);
	return sides.length ? { row, sides } : undefined;
}

/** The side whose proposals are waiting, and the side that answers them. */
function turn(row: MeetupRow): { proposer: Side; answerer: Side } {
	const proposer = sideOfOrg(row, row.proposedByOrgId);
	return { proposer, answerer: otherSide(proposer) };
}

/** 409: `stale` when the caller saw an older version, `invalid_transition` when the status forbids the move. */
function assertMove(
	row: MeetupRow,
	expectedSequence: number | undefined,
	from: readonly MeetupStatus[],
	to: MeetupStatus
): void {
	if (expectedSequence !== undefined && expectedSequence !== row.sequence)
		throw new DomainError('stale', 409);
	if (!from.includes(row.status))
		throw new DomainError('invalid_transition', 409, 'status', { from: row.status, to });
}

async function apply(
	db: Database,
	viewer: Viewer,
	loaded: Loaded,
	expectedSequence: number | undefined,
	c: Change
): Promise<MeetupPayload> {
	const { row } = loaded;
	assertMove(row, expectedSequence, c.from, c.to);
	const parties = { startupId: row.startupId, corporateId: row.corporateId };
	let notifications: NotificationRow[] = [];
	await db
		.transaction()
		.execute(async (tx) => {
			const updated = await updateMeetupIf(
				tx,
				row.id,
				{ status: row.status, sequence: row.sequence },
				{
					status: c.to,
					period: c.period,
					proposedByOrgId: c.proposedBySide ? orgOf(row, c.proposedBySide) : undefined,
					location: c.location,
					videoUrl: c.videoUrl,
					reason: c.reason,
					updatedByUserId: viewer.user?.id ?? null
				}
			);
			if (!updated) throw new DomainError('stale', 409);
			if (c.proposals) await replaceProposals(tx, row.id, c.proposals);
			const period = c.period ?? { start: row.startsAt, end: row.endsAt };
			if (c.notice)
				notifications = await notifyBothSides(tx, viewer, row, c.notice, {
					by: c.actingSide,
					startsAt: period.start,
					endsAt: period.end,
					reason: c.reason
				});
			await recordAudit(tx, {
				actorUserId: viewer.user?.id,
				action: `meetup.${c.change}`,
				subjectType: 'meetup',
				subjectId: row.id,
				data: { from: row.status, to: c.to, side: c.actingSide }
			});
		})
		.catch(async (e: unknown) => {
			const constraint = exclusionViolation(e);
			if (constraint === undefined || !c.period) throw e;
			throw await clashError(db, viewer, parties, c.period, {
				constraint,
				excludeId: row.id,
				field: c.change === 'confirmed' ? 'proposalId' : 'proposals.0.startsAt'
			});
		});
	const after = (await loadMeetup(db, row.id))!;
	announce(after.row, after.payload, c.change, notifications);
	return after.payload;
}

/** The side the viewer acts as: the one given if they act for it, else their only side. */
function actingAs(loaded: Loaded, preferred: Side): Side {
	return loaded.sides.includes(preferred) ? preferred : loaded.sides[0]!;
}

/** The answering side confirms the current time or one of the proposed alternatives. */
export async function confirmMeetup(
	db: Database,
	viewer: Viewer,
	id: string,
	input: { proposalId?: string; sequence?: number }
): Promise<MeetupPayload | undefined> {
	const loaded = await loadForChange(db, viewer, id);
	if (!loaded) return undefined;
	const { answerer } = turn(loaded.row);
	if (loaded.row.status === 'proposed' && !loaded.sides.includes(answerer))
		throw new DomainError('not_your_turn', 403);
	let period: Period | undefined;
	if (input.proposalId !== undefined) {
		period = await findProposal(db, id, input.proposalId);
		if (!period) throw new DomainError('not_found', 422, 'proposalId');
	}
	return apply(db, viewer, loaded, input.sequence, {
		from: ['proposed'],
		to: 'confirmed',
		change: 'confirmed',
		notice: 'meetup.confirmed',
		period,
		proposals: [],
		actingSide: answerer
	});
}

/** The answering side declines the request (all its proposed times). */
export async function declineMeetup(
	db: Database,
	viewer: Viewer,
	id: string,
	input: { reason?: string; sequence?: number }
): Promise<MeetupPayload | undefined> {
	const loaded = await loadForChange(db, viewer, id);
	if (!loaded) return undefined;
	const { answerer } = turn(loaded.row);
	if (loaded.row.status === 'proposed' && !loaded.sides.includes(answerer))
		throw new DomainError('not_your_turn', 403);
	return apply(db, viewer, loaded, input.sequence, {
		from: ['proposed'],
		to: 'declined',
		change: 'declined',
		notice: 'meetup.declined',
		proposals: [],
		reason: input.reason ?? null,
		actingSide: answerer
	});
}

/**
 * Cancels: a request by the side that made it (the other side declines instead), a confirmed meetup
 * by either side.
 */
export async function cancelMeetup(
	db: Database,
	viewer: Viewer,
	id: string,
	input: { reason?: string; sequence?: number }
): Promise<MeetupPayload | undefined> {
	const loaded = await loadForChange(db, viewer, id);
	if (!loaded) return undefined;
	const { proposer } = turn(loaded.row);
	if (loaded.row.status === 'proposed' && !loaded.sides.includes(proposer))
		throw new DomainError('not_your_turn', 403, undefined, { hint: 'decline' });
	return apply(db, viewer, loaded, input.sequence, {
		from: ['proposed', 'confirmed'],
		to: 'cancelled',
		change: 'cancelled',
		notice: 'meetup.cancelled',
		proposals: [],
		reason: input.reason ?? null,
		actingSide: loaded.row.status === 'proposed' ? proposer : actingAs(loaded, proposer)
	});
}

/**
 * A new round of one to three proposed times, by either side, from a request (the answering side's
 * counter-proposal, or the requester's amendment) or a confirmed meetup. The meetup goes back to
 * `proposed`, waiting for the other side; the first new time holds time at once.
 */
export async function rescheduleMeetup(
	db: Database,
	viewer: Viewer,
	id: string,
	input: RescheduleInput,
	options: { now?: Date } = {}
): Promise<MeetupPayload | undefined> {
	const loaded = await loadForChange(db, viewer, id);
	if (!loaded) return undefined;
	const { row } = loaded;
	// Before the checks that read more: a cancelled meetup is a 409 whatever times were sent.
	assertMove(row, input.sequence, ['proposed', 'confirmed'], 'proposed');
	const field = (i: number, key: 'startsAt' | 'endsAt' = 'startsAt') => `proposals.${i}.${key}`;
	const periods = proposedPeriods(input.proposals, options.now ?? new Date(), field);
	// One acting for both sides answers as the side that has to answer: the usual counter-proposal.
	const side = actingAs(loaded, turn(row).answerer);
	await assertAvailable(
		db,
		[
			{ id: row.startupId, name: row.startupName },
			{ id: row.corporateId, name: row.corporateName }
		],
		periods,
		(i) => field(i)
	);
	await assertAlternativesFree(
		db,
		viewer,
		{ startupId: row.startupId, corporateId: row.corporateId },
		periods,
		(i) => field(i),
		row.id
	);
	return apply(db, viewer, loaded, input.sequence, {
		from: ['proposed', 'confirmed'],
		to: 'proposed',
		change: 'rescheduled',
		notice: 'meetup.rescheduled',
		period: periods[0]!,
		proposals: periods,
		proposedBySide: side,
		location: input.location,
		videoUrl: input.videoUrl,
		reason: null,
		actingSide: side
	});
}

/** Records, once it has started, that a confirmed meetup took place or that the other side did not come. */
export async function completeMeetup(
	db: Database,
	viewer: Viewer,
	id: string,
	input: { outcome: 'done' | 'no_show'; sequence?: number },
	options: { now?: Date } = {}
): Promise<MeetupPayload | undefined> {
	const loaded = await loadForChange(db, viewer, id);
	if (!loaded) return undefined;
	if (loaded.row.status === 'confirmed' && loaded.row.startsAt > (options.now ?? new Date()))
		throw new DomainError('meetup_not_started', 409);
	const payload = await apply(db, viewer, loaded, input.sequence, {
		from: ['confirmed'],
		to: input.outcome,
		change: 'completed',
		actingSide: loaded.sides[0]!
	});
	// The pipeline card moves to meetup_held and follow-up check-ins are scheduled (never throws).
	if (input.outcome === 'done') await onMeetupHeld(db, viewer, id);
	return payload;
}
