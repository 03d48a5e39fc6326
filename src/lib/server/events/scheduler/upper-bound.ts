/**
 * An upper bound on how many requests any valid schedule can place, so the manager reads "412 of at
 * most 415" and knows how far from perfect the schedule can be. Both relaxations below keep a subset
 * of the true constraints, so each optimum is ≥ the true optimum, and so is their minimum.
 *
 * 1. Split-slot flow. A meeting of r in slot s uses the startup's slot s, a table of s and the
 *    corporate's slot s. Relax "the same s on both sides": source → table hub of s (capacity: free
 *    tables of s) → (startup, s) (1) → r (1) → (corporate, s') (1) → table hub of s' (free tables)
 *    → sink, with s and s' any free slots the two sides share. Any schedule is such a flow with s = s'.
 *    This is tighter than a plain b-matching: each participant is limited by the slots it can really
 *    use with its partners, and each slot by its tables.
 * 2. Slot by slot. The meetings of one slot are a matching among the requests free in that slot, and
 *    at most its free tables: the sum over slots of min(tables, maximum matching) bounds the total.
 *
 * Locked meetings count as placed, and the slots and tables they pin are taken out first.
 */
import type { Instance } from './instance';
import { FlowGraph } from './max-flow';
import type { ScheduleState } from './state';

/** The bound for `inst`, given a state holding exactly the locked meetings. */
export function upperBound(inst: Instance, locks: ScheduleState): number {
	const { S, T, R, P, startup, corporate, common } = inst;
	const freeTables = Int32Array.from(locks.load, (l) => T - l);
	// Per unlocked request, the shared slots still free for both sides and with a table left.
	const free: Int32Array[] = [];
	for (let r = 0; r < R; r++) {
		if (locks.locked[r]) {
			free.push(new Int32Array(0));
			continue;
		}
		const a = startup[r]! * S;
		const b = corporate[r]! * S;
		free.push(
			common[r]!.filter((s) => locks.busy[a + s] === -1 && locks.busy[b + s] === -1 && freeTables[s]! > 0)
		);
	}
	return locks.count + Math.min(splitSlotFlow(inst, free, freeTables), slotBySlot(inst, free, freeTables, P));
}

function splitSlotFlow(inst: Instance, free: Int32Array[], freeTables: Int32Array): number {
	const { S, R, P, startup, corporate } = inst;
	const source = 0;
	const sink = 1;
	const hubA = 2;
	const hubB = 2 + S;
	const firstSeat = 2 + 2 * S;
	const firstRequest = firstSeat + P * S;
	const g = new FlowGraph(firstRequest + 2 * R);
	for (let s = 0; s < S; s++) {
		g.addEdge(source, hubA + s, freeTables[s]!);
		g.addEdge(hubB + s, sink, freeTables[s]!);
	}
	// Seat nodes (participant, slot) get their hub edge the first time a request uses them.
	const seatUsed = new Uint8Array(P * S);
	const seat = (p: number, s: number, startupSide: boolean) => {
		const k = p * S + s;
		if (!seatUsed[k]) {
			seatUsed[k] = 1;
			if (startupSide) g.addEdge(hubA + s, firstSeat + k, 1);
			else g.addEdge(firstSeat + k, hubB + s, 1);
		}
		return firstSeat + k;
	};
	for (let r = 0; r < R; r++) {
		const slots = free[r]!;
		if (slots.length === 0) continue;
		const rin = firstRequest + 2 * r;
		g.addEdge(rin, rin + 1, 1);
		for (const s of slots) {
			g.addEdge(seat(startup[r]!, s, true), rin, 1);
			g.addEdge(rin + 1, seat(corporate[r]!, s, false), 1);
		}
	}
	return g.maxFlow(source, sink);
}

function slotBySlot(inst: Instance, free: Int32Array[], freeTables: Int32Array, P: number): number {
	const { S, R, startup, corporate } = inst;
	const bySlot: number[][] = Array.from({ length: S }, () => []);
	for (let r = 0; r < R; r++) for (const s of free[r]!) bySlot[s]!.push(r);
	let total = 0;
	for (let s = 0; s < S; s++) {
		if (freeTables[s]! === 0 || bySlot[s]!.length === 0) continue;
		const g = new FlowGraph(P + 2);
		const source = P;
		const sink = P + 1;
		const linked = new Uint8Array(P);
		for (const r of bySlot[s]!) {
			const a = startup[r]!;
			const b = corporate[r]!;
			if (!linked[a]) g.addEdge(source, a, 1);
			if (!linked[b]) g.addEdge(b, sink, 1);
			linked[a] = linked[b] = 1;
			g.addEdge(a, b, 1);
		}
		total += g.maxFlow(source, sink, freeTables[s]!);
	}
	return total;
}
