/**
 * Local search over a greedy schedule (individual availability). Two stages:
 * 1. Augmentation rounds: every unplaced request, heaviest first, tries an ejection chain (one more
 *    meeting, a few moved) and else an exchange (displace lighter meetings for a net gain in weight).
 *    Rounds repeat while any succeeds.
 * 2. Kicks: force a random unplaced request into a random shared slot, re-fit what it displaced and
 *    whatever else of the touched participants now fits; keep the result if the weight did not drop
 *    (so the search walks across plateaus), undo it otherwise. The best schedule seen, by weight then
 *    fewer moves, is the one returned. Stops on the iteration budget, the time budget, or stagnation.
 */
import { Chains } from './chains';
import type { Random } from './random';
import { randomInt } from './random';
import type { ScheduleState } from './state';
import { UNPLACED } from './state';

/** Chain depth: how many meetings one chain may move. */
const DEPTH = 3;
const MAX_ROUNDS = 20;

export interface SearchBudget {
	/** Kicks allowed. */
	iterations: number;
	/** Kicks without a new best before giving up. */
	stagnation: number;
	/** True once the caller's time budget is spent. */
	expired: () => boolean;
	/** Reports progress as a fraction in [0, 1]. */
	progress: (fraction: number) => void;
}

/** Improves `state` in place. */
export function improve(state: ScheduleState, random: Random, budget: SearchBudget): void {
	const chains = new Chains(state, random);
	augment(state, chains, random, budget);
	if (!budget.expired()) kick(state, chains, random, budget);
	budget.progress(1);
}

/** Unplaced requests that share at least one slot. */
function waiting(state: ScheduleState): number[] {
	const list: number[] = [];
	for (let r = 0; r < state.inst.R; r++) if (Chains.hasSlots(state, r)) list.push(r);
	return list;
}

/** The waiting requests heaviest first, ties in random order. */
function candidates(state: ScheduleState, random: Random): number[] {
	const { weight } = state.inst;
	const list = waiting(state);
	for (let i = list.length - 1; i > 0; i--) {
		const j = randomInt(random, i + 1);
		[list[i], list[j]] = [list[j]!, list[i]!];
	}
	return list.sort((x, y) => weight[y]! - weight[x]!);
}

function augment(state: ScheduleState, chains: Chains, random: Random, budget: SearchBudget): void {
	for (let round = 0; round < MAX_ROUNDS; round++) {
		let improved = false;
		const list = candidates(state, random);
		for (let i = 0; i < list.length; i++) {
			const r = list[i]!;
			if (state.slot[r] !== UNPLACED) continue;
			if (chains.tryPlace(r, DEPTH) || chains.tryExchange(r, DEPTH - 1)) improved = true;
			if ((i & 63) === 0 && budget.expired()) return;
		}
		budget.progress(Math.min(0.3, 0.1 * (round + 1)));
		if (!improved) return;
	}
}

function kick(state: ScheduleState, chains: Chains, random: Random, budget: SearchBudget): void {
	const { inst } = state;
	const { common } = inst;
	let best = state.snapshot();
	let bestWeight = state.weight;
	let bestMoves = state.moves;
	let sinceBest = 0;
	let list: number[] = [];
	for (let it = 0; it < budget.iterations && sinceBest < budget.stagnation; it++, sinceBest++) {
		if ((it & 63) === 0) {
			if (budget.expired()) break;
			budget.progress(0.3 + (0.7 * it) / budget.iterations);
			list = waiting(state);
			if (list.length === 0) break;
		}
		const r = list[randomInt(random, list.length)]!;
		if (state.slot[r] !== UNPLACED) continue;
		const slots = common[r]!;
		const s = slots[randomInt(random, slots.length)]!;
		const blockers = chains.blockersOf(r, s, false);
		if (!blockers) continue;
		const before = state.weight;
		const mark = state.mark();
		for (const m of blockers) state.unplace(m);
		state.place(r, s);
		for (const m of blockers) chains.tryPlace(m, DEPTH);
		refill(state, r, s, blockers);
		if (state.weight < before) state.undo(mark);
		state.commit(mark);
		if (state.weight > bestWeight || (state.weight === bestWeight && state.moves < bestMoves)) {
			best = state.snapshot();
			bestWeight = state.weight;
			bestMoves = state.moves;
			sinceBest = 0;
		}
	}
	state.restore(best);
}

/** After r took slot s from `blockers`, their other sides are free in s: fit a waiting request there. */
function refill(state: ScheduleState, r: number, s: number, blockers: readonly number[]): void {
	const { S, avail, startup, corporate, requestsOf } = state.inst;
	for (const m of blockers) {
		for (const p of [startup[m]!, corporate[m]!]) {
			if (p === startup[r] || p === corporate[r] || state.busy[p * S + s] !== -1) continue;
			for (const q of requestsOf[p]!) {
				const other = startup[q] === p ? corporate[q]! : startup[q]!;
				if (state.slot[q] === UNPLACED && avail[other * S + s] && state.fits(q, s)) {
					state.place(q, s);
					break;
				}
			}
		}
	}
}
