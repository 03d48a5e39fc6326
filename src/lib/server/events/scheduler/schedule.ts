/**
 * The auto-scheduler for matchmaking days (DESIGN.md "The scheduler"): pure, no I/O, no clock of its
 * own. It places accepted requests into slot × table and reports the result next to an upper bound.
 *
 * Objective, in this order: (1) the most priority-weighted meetings; (2) on a re-run, the fewest
 * previous placements moved or dropped; (3) the fewest idle gaps. Weight first because a meeting
 * not held is worse than a meeting moved; moves before gaps because participants may already hold
 * their agenda, while a gap only costs waiting time.
 *
 * Method: with uniform availability and no locks, an exact maximum-weight b-matching plus a balanced
 * König edge colouring (exact-uniform.ts); otherwise a greedy start (heuristic.ts) improved by
 * ejection chains and kicks (local-search.ts). Either way a compaction pass (compaction.ts) then
 * reduces moves and gaps without dropping a meeting.
 */
import { compact } from './compaction';
import { solveUniform } from './exact-uniform';
import { constructGreedy } from './heuristic';
import { buildInstance } from './instance';
import { improve } from './local-search';
import { createRandom } from './random';
import { buildResult } from './result';
import type { ScheduleInput, ScheduleOptions, ScheduleResult } from './schedule-types';
import { ScheduleInputError } from './schedule-types';
import { ScheduleState } from './state';
import { upperBound } from './upper-bound';
import { checkInput } from './validate';

const PROGRESS_TOTAL = 100;
const DEFAULT_SEED = 0x5eed;

/**
 * Kicks by default. A kick costs microseconds, and the search stops after STAGNATION kicks without a
 * gain, so small events get a thorough search and 4,000 requests take about half a second.
 */
const DEFAULT_ITERATIONS = 100_000;
const STAGNATION = 20_000;

/**
 * Schedules a matchmaking day. Throws `ScheduleInputError` (with the violations) when the input is
 * itself invalid, e.g. a request between two startups or two locked meetings at one table.
 */
export function scheduleEvent(input: ScheduleInput, options: ScheduleOptions = {}): ScheduleResult {
	const violations = checkInput(input);
	if (violations.length > 0) throw new ScheduleInputError(violations);
	const inst = buildInstance(input);

	const { now, timeBudgetMs, onProgress } = options;
	const startedAt = now?.() ?? 0;
	const expired = now && timeBudgetMs !== undefined ? () => now() - startedAt > timeBudgetMs : () => false;
	let reported = -1;
	const progress = (fraction: number) => {
		const done = Math.floor(Math.min(1, Math.max(0, fraction)) * PROGRESS_TOTAL);
		if (done > reported && onProgress) onProgress(done, PROGRESS_TOTAL);
		reported = Math.max(reported, done);
	};
	progress(0);

	const locks = new ScheduleState(inst);
	const bound = upperBound(inst, locks);
	progress(0.05);

	let state: ScheduleState;
	if (inst.uniform) {
		state = solveUniform(inst);
	} else {
		state = locks;
		constructGreedy(state);
		progress(0.1);
		const iterations = options.maxIterations ?? DEFAULT_ITERATIONS;
		improve(state, createRandom(options.seed ?? DEFAULT_SEED), {
			iterations,
			stagnation: STAGNATION,
			expired,
			progress: (f) => progress(0.1 + 0.8 * f)
		});
	}
	progress(0.9);
	compact(state, expired);
	const result = buildResult(state, bound, inst.uniform ? 'exact-uniform' : 'heuristic');
	progress(1);
	return result;
}
