/**
 * The greedy start for individual availability. Previous placements go back where they were (a
 * re-run should move as little as it can); then, one at a time, the request that matters most and
 * has the fewest slots left (weight first, then scarcity, re-evaluated as slots fill) takes the slot
 * that costs its neighbours least: the slot the two sides' other unplaced requests need least,
 * weighted by how few options those have, with a nudge away from crowded slots and towards slots
 * next to the sides' other meetings (fewer idle gaps). local-search.ts improves on the result.
 */
import { MinHeap } from './heap';
import type { ScheduleState } from './state';
import { UNPLACED } from './state';

const PRESSURE_WEIGHT = 0.3;
const ADJACENT_BONUS = 0.05;

/** Fills `state` (holding only locked meetings) greedily. */
export function constructGreedy(state: ScheduleState): void {
	const { inst } = state;
	const { S, R, T, weight, common, prevSlot, startup, corporate, requestsOf } = inst;

	// Previous placements first, heavier ones first should two of them now clash.
	const previous = Array.from({ length: R }, (_, r) => r)
		.filter((r) => !state.locked[r] && prevSlot[r]! >= 0 && inst.common[r]!.includes(prevSlot[r]!))
		.sort((x, y) => weight[y]! - weight[x]! || x - y);
	for (const r of previous) if (state.fits(r, prevSlot[r]!)) state.place(r, prevSlot[r]!);

	const options = new Int32Array(R);
	const countOptions = (r: number) => {
		let n = 0;
		for (const s of common[r]!) if (state.fits(r, s)) n++;
		return n;
	};
	// Larger weight first, then fewer options: a min-heap on −(weight · (S + 1) − options).
	const keyOf = (r: number) => -(weight[r]! * (S + 1) - options[r]!);
	const heap = new MinHeap();
	const demand = new Float64Array(S); // unplaced requests that share each slot (a table-pressure proxy)
	const bySlot: number[][] = Array.from({ length: S }, () => []);
	for (let r = 0; r < R; r++) {
		if (state.slot[r] !== UNPLACED) continue;
		options[r] = countOptions(r);
		for (const s of common[r]!) {
			demand[s]!++;
			bySlot[s]!.push(r);
		}
		if (options[r]! > 0) heap.push(keyOf(r), r);
	}

	const refresh = (q: number) => {
		if (state.slot[q] !== UNPLACED) return;
		const before = options[q]!;
		options[q] = countOptions(q);
		if (options[q] !== before && options[q]! > 0) heap.push(keyOf(q), q);
	};

	while (heap.size > 0) {
		const key = heap.topKey;
		const r = heap.popNode();
		if (state.slot[r] !== UNPLACED || options[r] === 0 || key !== keyOf(r)) continue;
		const s = bestSlot(state, r, options, demand);
		if (s === -1) continue;
		state.place(r, s);
		for (const shared of common[r]!) demand[shared]!--;
		for (const q of requestsOf[startup[r]!]!) refresh(q);
		for (const q of requestsOf[corporate[r]!]!) refresh(q);
		if (state.load[s] === T) for (const q of bySlot[s]!) refresh(q);
	}
}

/** The slot where r costs the rest least (see the module comment), or -1 when none fits. */
function bestSlot(state: ScheduleState, r: number, options: Int32Array, demand: Float64Array): number {
	const { inst } = state;
	const { S, T, weight, common, startup, corporate, requestsOf, avail } = inst;
	const a = startup[r]!;
	const b = corporate[r]!;
	let meanPressure = 0;
	for (let s = 0; s < S; s++) meanPressure += demand[s]! / Math.max(1, T - state.load[s]!);
	meanPressure = meanPressure / S || 1;

	let best = -1;
	let bestCost = Infinity;
	for (const s of common[r]!) {
		if (!state.fits(r, s)) continue;
		let cost = (PRESSURE_WEIGHT * demand[s]!) / Math.max(1, T - state.load[s]!) / meanPressure;
		for (const p of [a, b]) {
			for (const q of requestsOf[p]!) {
				if (q === r || state.slot[q] !== UNPLACED || options[q] === 0) continue;
				const other = startup[q] === p ? corporate[q]! : startup[q]!;
				if (avail[other * S + s] && state.busy[other * S + s] === -1 && avail[p * S + s]) {
					cost += weight[q]! / options[q]!;
				}
			}
			if (s > 0 && state.busy[p * S + s - 1] !== -1) cost -= ADJACENT_BONUS;
			if (s < S - 1 && state.busy[p * S + s + 1] !== -1) cost -= ADJACENT_BONUS;
		}
		if (cost < bestCost) {
			bestCost = cost;
			best = s;
		}
	}
	return best;
}
