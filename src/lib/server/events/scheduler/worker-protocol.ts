import type { ScheduleResult, Violation } from './schedule-types';

/** What the scheduler's worker thread sends its parent. */
export type WorkerMessage =
	| { type: 'progress'; done: number; total: number }
	| { type: 'result'; result: ScheduleResult }
	| { type: 'error'; message: string; violations?: Violation[] };
