/**
 * Runs the pure scheduler for the service: in a worker thread when the bundled worker is present
 * (`SCHEDULER_WORKER`, which server.js points at build/schedule-worker.js), else on this thread (tests,
 * `vite dev`). Either way the answer and the progress reports are the same; only the thread differs.
 */
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { scheduleEvent } from './scheduler/schedule';
import { ScheduleInputError, type ScheduleInput, type ScheduleResult } from './scheduler/schedule-types';
import type { WorkerMessage } from './scheduler/worker-protocol';

export interface SolveOptions {
	onProgress?: (done: number, total: number) => void;
	timeBudgetMs?: number;
	seed?: number;
	/** the bundled worker to use; default `process.env.SCHEDULER_WORKER` */
	workerPath?: string;
}

export function solveSchedule(input: ScheduleInput, options: SolveOptions = {}): Promise<ScheduleResult> {
	const workerPath = options.workerPath ?? process.env.SCHEDULER_WORKER;
	if (!workerPath) return Promise.resolve().then(() => solveHere(input, options));
	return new Promise((resolve, reject) => {
		const worker = new Worker(workerPath, {
			workerData: { input, timeBudgetMs: options.timeBudgetMs, seed: options.seed }
		});
		let settled = false;
		const settle = (fn: () => void) => {
			if (settled) return;
			settled = true;
			fn();
			void worker.terminate();
		};
		worker.on('message', (message: WorkerMessage) => {
			if (message.type === 'progress') options.onProgress?.(message.done, message.total);
			else if (message.type === 'result') settle(() => resolve(message.result));
			else
				settle(() =>
					reject(message.violations ? new ScheduleInputError(message.violations) : new Error(message.message))
				);
		});
		worker.on('error', (e) => settle(() => reject(e)));
		worker.on('exit', (code) => settle(() => reject(new Error(`scheduler worker exited with ${code}`))));
	});
}

function solveHere(input: ScheduleInput, options: SolveOptions): ScheduleResult {
	return scheduleEvent(input, {
		now: () => performance.now(),
		...(options.onProgress ? { onProgress: options.onProgress } : {}),
		...(options.timeBudgetMs !== undefined ? { timeBudgetMs: options.timeBudgetMs } : {}),
		...(options.seed !== undefined ? { seed: options.seed } : {})
	});
}
