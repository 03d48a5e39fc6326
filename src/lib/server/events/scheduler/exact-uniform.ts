/**
 * The exact scheduler for uniform availability (everyone available in every slot, nothing locked).
 *
 * Which meetings: any schedule's meetings give each participant at most S of them and number at most
 * S·T. Conversely any such set can be scheduled: colour its bipartite multigraph with S colours
 * (König) and balance the colours to ≤ T edges each (edge-colouring.ts). So the best schedule's
 * weight is exactly the maximum-weight b-matching with degrees ≤ S and at most S·T edges, which the
 * min-cost flow finds: source → startup (S) → request (1, profit) → corporate (S) → sink, at most
 * S·T units. Profit is weight · M + (1 if the request was placed before), with M larger than the
 * number of requests, so weight always wins and, among the heaviest sets, the one keeping most of the
 * previous schedule is chosen. Slots come from the colouring, which starts from the previous slots.
 *
 * Exact: the placed weight. Not proven minimal: moves and idle gaps (the colouring and compaction
 * keep them low).
 */
import { colourEdges } from './edge-colouring';
import type { Instance } from './instance';
import { FlowGraph } from './max-flow';
import { minCostFlow } from './min-cost-flow';
import { ScheduleState } from './state';

/** A state holding a maximum-weight schedule for a uniform instance. */
export function solveUniform(inst: Instance): ScheduleState {
	const { S, T, P, R, startup, corporate, weight, prevSlot } = inst;
	const state = new ScheduleState(inst);
	if (S === 0 || T === 0 || R === 0) return state;

	const source = P;
	const sink = P + 1;
	const g = new FlowGraph(P + 2);
	const hasEdge = new Uint8Array(P);
	const edgeOf = new Int32Array(R);
	const M = R + 1;
	for (let r = 0; r < R; r++) {
		const a = startup[r]!;
		const b = corporate[r]!;
		if (!hasEdge[a]) g.addEdge(source, a, S);
		if (!hasEdge[b]) g.addEdge(b, sink, S);
		hasEdge[a] = hasEdge[b] = 1;
		const keep = prevSlot[r]! >= 0 ? 1 : 0;
		edgeOf[r] = g.addEdge(a, b, 1, -(weight[r]! * M + keep));
	}
	minCostFlow(g, source, sink, S * T);

	const chosen: number[] = [];
	for (let r = 0; r < R; r++) if (g.flow(edgeOf[r]!) > 0) chosen.push(r);
	const colour = colourEdges({
		vertices: P,
		u: Int32Array.from(chosen, (r) => startup[r]!),
		v: Int32Array.from(chosen, (r) => corporate[r]!),
		colours: S,
		perColour: T,
		preferred: Int32Array.from(chosen, (r) => prevSlot[r]!)
	});
	chosen.forEach((r, i) => state.place(r, colour[i]!));
	return state;
}
