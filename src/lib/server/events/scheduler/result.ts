/**
 * From a slot-level state to the result: table numbers (locked meetings keep theirs, a meeting that
 * stayed in its slot keeps its previous table when it is free, the rest take the lowest free table),
 * the counters, and a reason for every request left out.
 */
import type { Instance } from './instance';
import type { Placement, ScheduleResult, UnplacedRequest } from './schedule-types';
import type { ScheduleState } from './state';
import { UNPLACED } from './state';

/** Table per request (-1 when unplaced). Never more meetings in a slot than tables, so all fit. */
export function assignTables(state: ScheduleState): Int32Array {
	const { S, T, R, lockTable, prevSlot, prevTable } = state.inst;
	const table = new Int32Array(R).fill(-1);
	const used = new Uint8Array(S * T);
	for (let r = 0; r < R; r++) {
		if (!state.locked[r]) continue;
		table[r] = lockTable[r]!;
		used[state.slot[r]! * T + lockTable[r]!] = 1;
	}
	for (let r = 0; r < R; r++) {
		const s = state.slot[r]!;
		if (s === UNPLACED || state.locked[r] || prevSlot[r] !== s) continue;
		const t = prevTable[r]!;
		if (t >= 0 && t < T && !used[s * T + t]) {
			table[r] = t;
			used[s * T + t] = 1;
		}
	}
	const nextFree = new Int32Array(S);
	for (let r = 0; r < R; r++) {
		const s = state.slot[r]!;
		if (s === UNPLACED || table[r] !== -1) continue;
		let t = nextFree[s]!;
		while (used[s * T + t]) t++;
		table[r] = t;
		used[s * T + t] = 1;
		nextFree[s] = t + 1;
	}
	return table;
}

/** Why r is unplaced in this final state (see UnplacedReason). */
function reasonFor(state: ScheduleState, r: number): UnplacedRequest {
	const { S, T, avail, common, startup, corporate, participantIds, requestIds } = state.inst;
	const requestId = requestIds[r]!;
	if (common[r]!.length === 0) return { requestId, reason: 'no_common_slot' };
	for (const p of [startup[r]!, corporate[r]!]) {
		let full = true;
		for (let s = 0; s < S && full; s++) if (avail[p * S + s] && state.busy[p * S + s] === -1) full = false;
		if (full) return { requestId, reason: 'participant_full', participantId: participantIds[p]! };
	}
	const a = startup[r]! * S;
	const b = corporate[r]! * S;
	const onlyTables = common[r]!.every(
		(s) => state.busy[a + s] === -1 && state.busy[b + s] === -1 && state.load[s] === T
	);
	if (onlyTables) return { requestId, reason: 'no_table' };
	// Shared slots where only locked meetings block count too: nothing could move those.
	return { requestId, reason: 'conflict' };
}

/** Builds the result; `upperBound` and `method` come from the caller. */
export function buildResult(
	state: ScheduleState,
	upperBound: number,
	method: ScheduleResult['method']
): ScheduleResult {
	const inst: Instance = state.inst;
	const { R, weight, prevSlot, prevTable, requestIds } = inst;
	const table = assignTables(state);
	const placements: Placement[] = [];
	const unplaced: UnplacedRequest[] = [];
	let moved = 0;
	let requestedWeight = 0;
	for (let r = 0; r < R; r++) {
		requestedWeight += weight[r]!;
		const s = state.slot[r]!;
		if (s === UNPLACED) unplaced.push(reasonFor(state, r));
		else placements.push({ requestId: requestIds[r]!, slot: s, table: table[r]! });
		if (prevSlot[r] !== -1 && (s !== prevSlot[r] || table[r] !== prevTable[r])) moved++;
	}
	placements.sort((x, y) => x.slot - y.slot || x.table - y.table);
	return {
		placements,
		unplaced,
		placed: state.count,
		requested: R,
		placedWeight: state.weight,
		requestedWeight,
		upperBound,
		moved,
		idleGaps: state.totalGaps(),
		method
	};
}
