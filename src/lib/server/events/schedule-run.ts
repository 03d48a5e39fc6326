/**
 * Running the auto-scheduler for an event (issue 5, point 7): one run at a time per event (a partial
 * unique index decides, across processes), small events inline, big ones off the request path with
 * progress streamed to the managers' room, and the result written by schedule-apply.ts.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import { DomainError, uniqueViolation } from '$lib/server/errors';
import type { Viewer } from '$lib/server/catalog/viewer';
import { logger } from '$lib/server/log';
import { emitTo } from '$lib/server/realtime/emit';
import { eventForManager, findEvent } from './access';
import { applyScheduleResult, type AppliedChange } from './schedule-apply';
import { announceScheduleChange } from './schedule-announce';
import { loadScheduleSnapshot } from './schedule-input';
import { scheduleDocument, type ScheduleDocument } from './schedule-view';
import { solveSchedule } from './solve';
import { ScheduleInputError } from './scheduler/schedule-types';

/** Up to this many accepted requests a run answers the request itself (well under a second). */
export const INLINE_MAX_REQUESTS = 300;
/** A running row not heard from for this long belongs to a process that died: it may be replaced. */
export const RUN_HEARTBEAT_TIMEOUT_MS = 2 * 60 * 1000;
/** At most ~10 progress updates a second reach the database and the sockets. */
const PROGRESS_INTERVAL_MS = 100;
/** A background run gives up improving after this long and keeps the best schedule found. */
const RUN_TIME_BUDGET_MS = 20_000;

export type StartedRun =
	| { status: 'done'; schedule: ScheduleDocument }
	| { status: 'running'; runId: string; done: number; total: number };

export const manageRoom = (eventId: string) => `event:${eventId}:manage`;

/**
 * Starts a run (managers only). `keepLocked` (default true) keeps locked meetings where they are.
 * Answers the finished schedule for small events, or the running job for big ones; a second run
 * while one is running is a 409 `schedule_running`.
 */
export async function startScheduleRun(
	db: Database,
	viewer: Viewer,
	eventId: string,
	options: { keepLocked?: boolean; inlineMaxRequests?: number } = {}
): Promise<StartedRun> {
	const event = await eventForManager(db, viewer, eventId);
	const keepLocked = options.keepLocked ?? true;
	const runId = await claimRun(db, event.id, keepLocked, viewer.user!.id);
	const userId = viewer.user!.id;
	let snapshot;
	try {
		// Read again after claiming: the version the result is checked against must postdate any run
		// that finished while this one waited for its claim.
		const current = await findEvent(db, event.id);
		if (!current) throw new DomainError('not_found', 404);
		snapshot = await loadScheduleSnapshot(db, current, { keepLocked });
	} catch (e) {
		await failRun(db, event.id, runId, e);
		throw e;
	}
	const total = snapshot.input.requests.length;
	if (total <= (options.inlineMaxRequests ?? INLINE_MAX_REQUESTS)) {
		await executeRun(db, snapshot, runId, userId);
		const fresh = await eventForManager(db, viewer, eventId);
		return { status: 'done', schedule: await scheduleDocument(db, fresh) };
	}
	// Off the request path: the endpoint answers 202 at once and the browser follows the progress.
	setImmediate(() => {
		executeRun(db, snapshot, runId, userId).catch((e: unknown) => {
			if (!(e instanceof DomainError)) logger.error({ err: e, eventId, runId }, 'schedule run failed');
		});
	});
	return { status: 'running', runId, done: 0, total: 100 };
}

/** Inserts the running row; a dead run (no heartbeat for two minutes) is failed first. */
async function claimRun(db: Database, eventId: string, keepLocked: boolean, userId: string): Promise<string> {
	await db
		.updateTable('scheduleRuns')
		.set({ status: 'failed', error: 'heartbeat_lost', finishedAt: new Date() })
		.where('eventId', '=', eventId)
		.where('status', '=', 'running')
		.where('heartbeatAt', '<', new Date(Date.now() - RUN_HEARTBEAT_TIMEOUT_MS))
		.execute();
	try {
		const row = await db
			.insertInto('scheduleRuns')
			.values({ eventId, keepLocked, startedBy: userId, total: 100 })
			.returning('id')
			.executeTakeFirstOrThrow();
		return row.id;
	} catch (e) {
		if (uniqueViolation(e) !== undefined) throw new DomainError('schedule_running', 409);
		throw e;
	}
}

type Snapshot = Awaited<ReturnType<typeof loadScheduleSnapshot>>;

/**
 * Computes and writes one run; on failure marks it failed (with the error code) and rethrows. In the
 * server the solver runs in a worker thread (solve.ts), so its progress streams while it works.
 */
async function executeRun(
	db: Database,
	snapshot: Snapshot,
	runId: string,
	userId: string
): Promise<AppliedChange> {
	const eventId = snapshot.event.id;
	const progress = throttledProgress(db, eventId, runId);
	try {
		const result = await solveSchedule(snapshot.input, {
			onProgress: progress.report,
			timeBudgetMs: RUN_TIME_BUDGET_MS
		});
		await progress.flush();
		const change = await applyScheduleResult(db, snapshot, result, { id: runId, userId, now: new Date() });
		emitTo(manageRoom(eventId), 'schedule:progress', {
			eventId,
			runId,
			status: 'done',
			done: 100,
			total: 100
		});
		await announceScheduleChange(db, snapshot.event, change, 'run');
		return change;
	} catch (e) {
		await failRun(db, eventId, runId, e);
		throw e instanceof ScheduleInputError
			? new DomainError('move_refused', 409, undefined, { reason: 'other' })
			: e;
	}
}

async function failRun(db: Database, eventId: string, runId: string, e: unknown) {
	const error =
		e instanceof DomainError ? e.code : e instanceof ScheduleInputError ? 'invalid_input' : 'error';
	await db
		.updateTable('scheduleRuns')
		.set({ status: 'failed', error, finishedAt: new Date(), heartbeatAt: new Date() })
		.where('id', '=', runId)
		.where('status', '=', 'running')
		.execute();
	emitTo(manageRoom(eventId), 'schedule:progress', {
		eventId,
		runId,
		status: 'failed',
		done: 0,
		total: 100,
		error
	});
}

/** Progress reports, at most one per PROGRESS_INTERVAL_MS, to the run's row and the managers' room. */
function throttledProgress(db: Database, eventId: string, runId: string) {
	let last = 0;
	let pending: Promise<unknown> = Promise.resolve();
	let latest = { done: 0, total: 100 };
	const write = () => {
		const { done, total } = latest;
		emitTo(manageRoom(eventId), 'schedule:progress', { eventId, runId, status: 'running', done, total });
		pending = pending
			.then(() =>
				db
					.updateTable('scheduleRuns')
					.set({ done, total, heartbeatAt: sql<Date>`now()` })
					.where('id', '=', runId)
					.where('status', '=', 'running')
					.execute()
			)
			.catch((err: unknown) => logger.warn({ err, runId }, 'schedule progress not saved'));
	};
	return {
		report(done: number, total: number) {
			latest = { done, total };
			const now = performance.now();
			if (now - last < PROGRESS_INTERVAL_MS && done < total) return;
			last = now;
			write();
		},
		async flush() {
			await pending;
		}
	};
}
