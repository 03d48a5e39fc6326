/**
 * A flow network with integer capacities (and optional integer costs) and Dinic's maximum flow.
 * Edges live in flat typed arrays; edge e's residual twin is e ^ 1. Costs are only read when a
 * potential is passed to `maxFlow`: then only edges of reduced cost 0 are used, which is how the
 * min-cost flow in min-cost-flow.ts pushes a whole phase of shortest paths at once.
 */

const INF = 0x3fffffff;

export class FlowGraph {
	readonly head: Int32Array;
	next = new Int32Array(16);
	to = new Int32Array(16);
	cap = new Int32Array(16);
	cost = new Int32Array(16);
	edges = 0;
	private readonly level: Int32Array;
	private readonly iter: Int32Array;
	private readonly queue: Int32Array;

	constructor(readonly n: number) {
		this.head = new Int32Array(n).fill(-1);
		this.level = new Int32Array(n);
		this.iter = new Int32Array(n);
		this.queue = new Int32Array(n);
	}

	/** Adds u → v and its residual twin; returns the forward edge's id. */
	addEdge(u: number, v: number, capacity: number, cost = 0): number {
		if (this.edges + 2 > this.to.length) this.grow();
		const e = this.edges;
		this.to[e] = v;
		this.cap[e] = capacity;
		this.cost[e] = cost;
		this.next[e] = this.head[u]!;
		this.head[u] = e;
		this.to[e + 1] = u;
		this.cap[e + 1] = 0;
		this.cost[e + 1] = -cost;
		this.next[e + 1] = this.head[v]!;
		this.head[v] = e + 1;
		this.edges += 2;
		return e;
	}

	/** Flow on a forward edge: what its twin can send back. */
	flow(e: number): number {
		return this.cap[e ^ 1]!;
	}

	/**
	 * Pushes up to `limit` units from s to t (adding to any flow already there) and returns how many.
	 * With `potential`, only edges whose reduced cost cost + π(u) − π(v) is 0 may carry flow.
	 */
	maxFlow(s: number, t: number, limit = INF, potential?: Float64Array): number {
		let total = 0;
		while (total < limit && this.buildLevels(s, t, potential)) {
			this.iter.set(this.head);
			for (;;) {
				const pushed = this.push(s, t, Math.min(INF, limit - total), potential);
				if (pushed === 0) break;
				total += pushed;
				if (total >= limit) break;
			}
		}
		return total;
	}

	private usable(e: number, u: number, potential: Float64Array | undefined): boolean {
		if (this.cap[e]! <= 0) return false;
		return !potential || this.cost[e]! + potential[u]! - potential[this.to[e]!]! === 0;
	}

	private buildLevels(s: number, t: number, potential: Float64Array | undefined): boolean {
		const { level, queue, head, next, to } = this;
		level.fill(-1);
		level[s] = 0;
		let qh = 0;
		let qt = 0;
		queue[qt++] = s;
		while (qh < qt) {
			const u = queue[qh++]!;
			for (let e = head[u]!; e !== -1; e = next[e]!) {
				const v = to[e]!;
				if (level[v] === -1 && this.usable(e, u, potential)) {
					level[v] = level[u]! + 1;
					queue[qt++] = v;
				}
			}
		}
		return level[t] !== -1;
	}

	/** One augmenting path along the level graph, with current-arc pointers (iterative: no deep recursion). */
	private push(s: number, t: number, limit: number, potential: Float64Array | undefined): number {
		const { level, iter, next, to, cap } = this;
		const path: number[] = [];
		let u = s;
		for (;;) {
			if (u === t) {
				let f = limit;
				for (const e of path) f = Math.min(f, cap[e]!);
				for (const e of path) {
					cap[e]! -= f;
					cap[e ^ 1]! += f;
				}
				return f;
			}
			let e = iter[u]!;
			while (e !== -1 && !(level[to[e]!] === level[u]! + 1 && this.usable(e, u, potential))) e = next[e]!;
			iter[u] = e;
			if (e !== -1) {
				path.push(e);
				u = to[e]!;
				continue;
			}
			// Dead end: retreat and never try this node again in this phase.
			level[u] = -1;
			const back = path.pop();
			if (back === undefined) return 0;
			u = to[back ^ 1]!;
			iter[u] = next[iter[u]!]!;
		}
	}

	private grow(): void {
		const size = this.to.length * 2;
		const copy = (a: Int32Array) => {
			const b = new Int32Array(size);
			b.set(a);
			return b;
		};
		this.next = copy(this.next);
		this.to = copy(this.to);
		this.cap = copy(this.cap);
		this.cost = copy(this.cost);
	}
}
