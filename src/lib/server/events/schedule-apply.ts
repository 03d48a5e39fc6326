/**
 * Writing a scheduler result: one transaction, the event row locked, constraints deferred, and only
 * the difference against the schedule in the database written (unchanged meetings keep their
 * sequence, so nobody's calendar churns). A result computed from an older schedule version is
 * refused (`stale`) instead of overwriting a manager's moves made during a long run.
 */
import type { Database } from '$lib/server/db';
import { m } from '$lib/paraglide/messages';
import { DomainError } from '$lib/server/errors';
import { findEvent } from './access';
import { listEventMeetings, placementTime, type ScheduleSnapshot } from './schedule-input';
import type { LastRun } from './schedule-view';
import type { ScheduleResult } from './scheduler/schedule-types';
import {
	asScheduleConflict,
	bumpScheduleVersion,
	cancelEventMeetings,
	deferConstraints,
	insertEventMeeting,
	moveEventMeeting
} from './schedule-writes';

export interface AppliedChange {
	version: number;
	created: string[];
	moved: string[];
	cancelled: string[];
	wasPublished: boolean;
}

/** The run's report as stored in events.last_run. */
export function toLastRun(result: ScheduleResult, finishedAt: Date): LastRun {
	return {
		placed: result.placed,
		requested: result.requested,
		upperBound: result.upperBound,
		moved: result.moved,
		idleGaps: result.idleGaps,
		method: result.method,
		unplaced: result.unplaced.map((u) => ({
			requestId: u.requestId,
			reason: u.reason,
			...(u.participantId ? { participantId: u.participantId } : {})
		})),
		finishedAt: finishedAt.toISOString()
	};
}

/**
 * Writes `result` (computed from `snapshot`) and marks the run done, in one transaction. Throws
 * `stale` (409) when the schedule changed since the snapshot, `move_refused`/`conflict` (409) when the
 * database finds a clash at commit (someone booked a participant elsewhere meanwhile).
 */
export async function applyScheduleResult(
	db: Database,
	snapshot: ScheduleSnapshot,
	result: ScheduleResult,
	run: { id: string; userId: string | null; now: Date }
): Promise<AppliedChange> {
	try {
		return await db.transaction().execute(async (trx) => {
			const event = await findEvent(trx, snapshot.event.id, { forUpdate: true });
			if (!event) throw new DomainError('not_found', 404);
			if (event.scheduleVersion !== snapshot.version) throw new DomainError('stale', 409, 'version');
			await deferConstraints(trx);
			const current = new Map(
				(await listEventMeetings(trx, event, snapshot.slots)).map((mt) => [mt.requestId, mt])
			);
			const change: AppliedChange = {
				version: 0,
				created: [],
				moved: [],
				cancelled: [],
				wasPublished: event.publishedAt !== null
			};
			// A request cancelled or withdrawn while the run computed gets no meeting. FOR SHARE holds
			// these rows until the commit, so a cancel arriving now waits and then cancels the meeting.
			const stillAccepted = await acceptedRequestIds(
				trx,
				result.placements.map((p) => p.requestId)
			);
			const placedIds = new Set<string>();
			for (const p of result.placements) {
				if (!stillAccepted.has(p.requestId)) continue;
				placedIds.add(p.requestId);
				const place = placementTime(snapshot, p);
				const existing = current.get(p.requestId);
				if (!existing) {
					const request = snapshot.requests.get(p.requestId)!;
					change.created.push(await insertEventMeeting(trx, event, request, place, run.userId));
				} else if (existing.placement?.slot !== p.slot || existing.placement?.table !== p.table) {
					// A lock only survives where it was: a meeting the run was allowed to move loses it.
					await moveEventMeeting(trx, event, existing.id, place, { userId: run.userId, locked: false });
					change.moved.push(existing.id);
				}
			}
			change.cancelled = [...current.values()]
				.filter((mt) => !placedIds.has(mt.requestId))
				.map((mt) => mt.id);
			const reason = `${m.schedule_dropped_reason({}, { locale: 'ko' })} · ${m.schedule_dropped_reason({}, { locale: 'en' })}`;
			await cancelEventMeetings(trx, change.cancelled, reason, run.userId);
			change.version = await bumpScheduleVersion(trx, event.id, {
				lastRun: toLastRun(result, run.now),
				schedule: true
			});
			await trx
				.updateTable('scheduleRuns')
				.set((eb) => ({ status: 'done', done: eb.ref('total'), heartbeatAt: run.now, finishedAt: run.now }))
				.where('id', '=', run.id)
				.execute();
			return change;
		});
	} catch (e) {
		throw asScheduleConflict(e);
	}
}

async function acceptedRequestIds(db: Database, ids: readonly string[]): Promise<Set<string>> {
	if (ids.length === 0) return new Set();
	const rows = await db
		.selectFrom('meetingRequests')
		.select('id')
		.where('id', 'in', [...ids])
		.where('status', '=', 'accepted')
		.forShare()
		.execute();
	return new Set(rows.map((r) => r.id));
}
