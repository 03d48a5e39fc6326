/**
 * Minimum-cost flow by the primal–dual method: Bellman–Ford once for potentials, then per phase a
 * Dijkstra over reduced costs and a Dinic maximum flow over the edges of reduced cost 0 (all of them
 * lie on shortest paths). Each phase's paths cost the same and phases get dearer, so stopping at the
 * first path that costs ≥ 0, or at `limit` units, leaves a cheapest flow of its value (the successive
 * shortest path argument). With profits as negative costs this is a maximum-weight b-matching.
 */
import { MinHeap } from './heap';
import type { FlowGraph } from './max-flow';

export interface CostFlow {
	flow: number;
	cost: number;
}

/** Sends the cheapest profitable flow from s to t, at most `limit` units. Costs must be integers. */
export function minCostFlow(g: FlowGraph, s: number, t: number, limit: number): CostFlow {
	const potential = bellmanFord(g, s);
	let flow = 0;
	let cost = 0;
	while (flow < limit) {
		if (!dijkstra(g, s, potential)) break;
		const pathCost = potential[t]! - potential[s]!;
		if (!Number.isFinite(pathCost) || pathCost >= 0) break;
		const pushed = g.maxFlow(s, t, limit - flow, potential);
		if (pushed === 0) break;
		flow += pushed;
		cost += pushed * pathCost;
	}
	return { flow, cost };
}

/** Shortest distances from s over residual edges; no negative cycle may exist (true for a fresh DAG). */
function bellmanFord(g: FlowGraph, s: number): Float64Array {
	const dist = new Float64Array(g.n).fill(Infinity);
	const inQueue = new Uint8Array(g.n);
	const queue: number[] = [s];
	dist[s] = 0;
	inQueue[s] = 1;
	for (let qh = 0; qh < queue.length; qh++) {
		const u = queue[qh]!;
		inQueue[u] = 0;
		for (let e = g.head[u]!; e !== -1; e = g.next[e]!) {
			if (g.cap[e]! <= 0) continue;
			const v = g.to[e]!;
			const d = dist[u]! + g.cost[e]!;
			if (d < dist[v]!) {
				dist[v] = d;
				if (!inQueue[v]) {
					inQueue[v] = 1;
					queue.push(v);
				}
			}
		}
	}
	return dist;
}

/**
 * Dijkstra over reduced costs, then adds each reached node's distance to its potential. Nodes it
 * cannot reach stay unreachable for good (new residual edges only point back along used paths), so
 * their potential becomes Infinity and Dinic never uses them. Returns whether any node but s was reached.
 */
function dijkstra(g: FlowGraph, s: number, potential: Float64Array): boolean {
	const n = g.n;
	const dist = new Float64Array(n).fill(Infinity);
	const done = new Uint8Array(n);
	const heap = new MinHeap();
	dist[s] = 0;
	heap.push(0, s);
	while (heap.size > 0) {
		const u = heap.popNode();
		if (done[u]) continue;
		done[u] = 1;
		const du = dist[u]!;
		const pu = potential[u]!;
		for (let e = g.head[u]!; e !== -1; e = g.next[e]!) {
			if (g.cap[e]! <= 0) continue;
			const v = g.to[e]!;
			if (potential[v] === Infinity) continue;
			const d = du + g.cost[e]! + pu - potential[v]!;
			if (d < dist[v]!) {
				dist[v] = d;
				heap.push(d, v);
			}
		}
	}
	let reachedAny = false;
	for (let v = 0; v < n; v++) {
		if (done[v]) {
			potential[v]! += dist[v]!;
			if (v !== s) reachedAny = true;
		} else potential[v] = Infinity;
	}
	return reachedAny;
}
