/**
 * The scheduler in a worker thread: a big day takes up to a couple of seconds of CPU, which on the
 * main thread would stall every request and socket of the process and hold back the progress events
 * until the end. Bundled on its own (`npm run build` → build/schedule-worker.js); see ../solve.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { scheduleEvent } from './schedule';
import { ScheduleInputError, type ScheduleInput } from './schedule-types';
import type { WorkerMessage } from './worker-protocol';

/** Progress messages at most this often; the parent throttles again for sockets. */
const PROGRESS_INTERVAL_MS = 50;

const { input, timeBudgetMs, seed } = workerData as {
	input: ScheduleInput;
	timeBudgetMs?: number;
	seed?: number;
};
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
let last = 0;
try {
	const result = scheduleEvent(input, {
		now: () => performance.now(),
		...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}),
		...(seed !== undefined ? { seed } : {}),
		onProgress(done, total) {
			const now = performance.now();
			if (now - last < PROGRESS_INTERVAL_MS && done < total) return;
			last = now;
			post({ type: 'progress', done, total });
		}
	});
	post({ type: 'result', result });
} catch (e) {
	post({
		type: 'error',
		message: e instanceof Error ? e.message : String(e),
		...(e instanceof ScheduleInputError ? { violations: e.violations } : {})
	});
}
