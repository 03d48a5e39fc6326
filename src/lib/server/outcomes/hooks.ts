/**
 * What other features tell the pipeline, each after its own change has committed: a mutual match
 * opens a card, a held meetup moves it to meetup_held (and schedules the follow-up check-ins), an
 * application's screening opens, advances or drops it. Every call is idempotent. A failure is logged,
 * never thrown: the caller's change stands, and the check-in worker's sweep (checkins.ts) catches up
 * held meetups it missed.
 */
import type { Database } from '$lib/server/db';
import { logger } from '$lib/server/log';
import type { Viewer } from '$lib/server/catalog/viewer';
import { loadParties, managesAny } from './access';
import { scheduleCheckinsFor } from './checkin-schedule';
import { ensureCollaboration } from './open';
import { advanceCollaboration, applyMove, recordStageOutcome } from './pipeline';
import { rankOf, type Stage } from './stages';

async function safely(what: string, data: Record<string, unknown>, work: () => Promise<unknown>) {
	try {
		await work();
	} catch (err) {
		logger.error({ err, ...data }, `pipeline hook failed: ${what}`);
	}
}

/** A mutual match (of a pair, about a challenge or not) opens a card in `matched`. */
export function onMutualMatch(
	db: Database,
	viewer: Viewer,
	match: { startupId: string; corporateId: string; challengeId: string | null }
): Promise<void> {
	const actorUserId = viewer.user?.id ?? null;
	return safely('mutual match', match, () =>
		db.transaction().execute((tx) =>
			ensureCollaboration(tx, {
				...match,
				applicationId: null,
				source: 'mutual_match',
				stage: 'matched',
				actorUserId
			})
		)
	);
}

/**
 * A meetup was held: the pair's card about its challenge (or, for a meetup about no challenge, the
 * pair's most recent active card) moves to meetup_held, or opens there; check-ins are scheduled.
 */
export async function recordMeetupHeld(
	db: Database,
	meetupId: string,
	actorUserId: string | null
): Promise<void> {
	await db.transaction().execute(async (tx) => {
		const meetup = await tx
			.selectFrom('meetups')
			.select(['id', 'startupId', 'corporateId', 'challengeId', 'applicationId', 'status'])
			.where('id', '=', meetupId)
			.executeTakeFirst();
		if (meetup?.status !== 'done') return;
		const active = await tx
			.selectFrom('collaborations')
			.select(['id'])
			.where('startupId', '=', meetup.startupId)
			.where('corporateId', '=', meetup.corporateId)
			.where('stage', '<>', 'dropped')
			.$if(meetup.challengeId !== null, (q) => q.where('challengeId', '=', meetup.challengeId))
			.orderBy('updatedAt', 'desc')
			.executeTakeFirst();
		if (active) await advanceCollaboration(tx, active.id, 'meetup_held', actorUserId);
		else
			await ensureCollaboration(tx, {
				startupId: meetup.startupId,
				corporateId: meetup.corporateId,
				challengeId: meetup.challengeId,
				applicationId: meetup.applicationId,
				source: 'meetup',
				stage: 'meetup_held',
				actorUserId
			});
		await scheduleCheckinsFor(tx, meetupId);
	});
}

export function onMeetupHeld(db: Database, viewer: Viewer, meetupId: string): Promise<void> {
	return safely('meetup held', { meetupId }, () => recordMeetupHeld(db, meetupId, viewer.user?.id ?? null));
}

/** Decline reasons of applications, as the pipeline's drop reasons. */
const DROP_FOR_DECLINE: Record<string, string> = {
	not_a_fit: 'not_a_fit',
	too_early: 'timing',
	budget: 'no_budget',
	timing: 'timing',
	duplicate: 'other',
	other: 'other'
};

/**
 * An application moved: shortlisting opens the card, PoC and contract advance it (with the outcome,
 * confirmed when a center manager moved it), a decline or withdrawal drops it unless it went further.
 */
export function onApplicationMoved(
	db: Database,
	viewer: Viewer,
	applicationId: string,
	move: { status: string; reason?: string | null }
): Promise<void> {
	const actorUserId = viewer.user?.id ?? null;
	return safely('application moved', { applicationId, status: move.status }, () =>
		db.transaction().execute(async (tx) => {
			const app = await tx
				.selectFrom('applications')
				.innerJoin('challenges', 'challenges.id', 'applications.challengeId')
				.select([
					'applications.id',
					'applications.startupId',
					'applications.challengeId',
					'challenges.corporateId'
				])
				.where('applications.id', '=', applicationId)
				.executeTakeFirst();
			if (!app) return;
			const pair = { startupId: app.startupId, corporateId: app.corporateId, challengeId: app.challengeId };
			if (move.status === 'declined' || move.status === 'withdrawn') {
				const card = await tx
					.selectFrom('collaborations')
					.select(['id', 'stage', 'version'])
					.where('applicationId', '=', applicationId)
					.where('stage', '<>', 'dropped')
					.forUpdate()
					.executeTakeFirst();
				if (!card || rankOf(card.stage as Stage) >= rankOf('poc')) return;
				const reason =
					move.status === 'withdrawn' ? 'went_elsewhere' : (DROP_FOR_DECLINE[move.reason ?? ''] ?? 'other');
				await applyMove(tx, card, card.version, 'dropped', actorUserId, { reason, note: null });
				return;
			}
			if (!['shortlisted', 'meetup', 'poc', 'contract'].includes(move.status)) return;
			const card = await ensureCollaboration(tx, {
				...pair,
				applicationId,
				source: 'application',
				stage: 'matched',
				actorUserId
			});
			if (move.status === 'poc' || move.status === 'contract') {
				await advanceCollaboration(tx, card.id, move.status, actorUserId);
				const { parties } = await loadParties(tx, pair);
				const status = managesAny(viewer, parties.centerIds) ? 'confirmed' : 'reported';
				await recordStageOutcome(tx, { id: card.id, ...pair }, move.status, status, actorUserId);
			}
		})
	);
}
