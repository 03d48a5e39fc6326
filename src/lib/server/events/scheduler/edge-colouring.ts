/**
 * Proper edge colouring of a bipartite multigraph (startups × corporates, one edge per meeting) with
 * `colours` colours (slots), then balanced so no colour holds more than `perColour` edges (tables).
 *
 * König's theorem: maximum degree ≤ colours suffices. An edge x–y with no colour free at both ends
 * is coloured by the alternating-path method: with α free at x and β free at y, swapping α and β on
 * the α/β path from y frees α at y (in a bipartite graph that path cannot reach x); symmetrically the
 * β/α path from x frees β at x. Balancing: while colour c has more than perColour edges, take d with
 * fewer; the c/d edges form paths and even cycles, and as c outnumbers d some path starts and ends
 * with c; swapping it moves one edge from c to d. So with at most colours × perColour edges a
 * balanced colouring always exists and is found.
 *
 * Edges may come with a preferred colour (their slot in the previous schedule). They start there, and
 * among the possible path swaps the one that pulls the fewest edges away from their preferred colour
 * is taken, so a re-run moves few meetings.
 */

export interface ColouringInput {
	/** Vertex count; edge i joins u[i] and v[i] (u on one side, v on the other). */
	vertices: number;
	u: Int32Array;
	v: Int32Array;
	colours: number;
	perColour: number;
	/** A colour to start from per edge, or -1; kept only while proper and within perColour. */
	preferred: Int32Array;
}

/** Returns a colour per edge. Requires max degree ≤ colours and edges ≤ colours × perColour. */
export function colourEdges(input: ColouringInput): Int32Array {
	const { vertices, u, v, colours: C, perColour, preferred } = input;
	const E = u.length;
	const colour = new Int32Array(E).fill(-1);
	const at = new Int32Array(vertices * C).fill(-1); // at[x * C + c]: x's edge of colour c
	const size = new Int32Array(C);
	const set = (e: number, c: number) => {
		colour[e] = c;
		at[u[e]! * C + c] = e;
		at[v[e]! * C + c] = e;
		size[c]!++;
	};
	const clear = (e: number) => {
		const c = colour[e]!;
		at[u[e]! * C + c] = -1;
		at[v[e]! * C + c] = -1;
		size[c]!--;
		colour[e] = -1;
	};
	/** The c/d alternating path from vertex x (which has a c edge and no d edge), as edge ids. */
	const pathFrom = (x: number, c: number, d: number) => {
		const path: number[] = [];
		let here = x;
		let want = c;
		for (let e = at[here * C + want]!; e !== -1 && path.length <= E; e = at[here * C + want]!) {
			path.push(e);
			here = u[e] === here ? v[e]! : u[e]!;
			want = want === c ? d : c;
		}
		return path;
	};
	/** Edges a swap would pull off their preferred colour, minus those it would put back on it. */
	const costOf = (path: number[], c: number, d: number) => {
		let cost = 0;
		for (const e of path) {
			const next = colour[e] === c ? d : c;
			if (colour[e] === preferred[e]) cost++;
			else if (next === preferred[e]) cost--;
		}
		return cost;
	};
	const swapColours = (path: number[], c: number, d: number) => {
		const was = path.map((e) => colour[e]!);
		for (const e of path) clear(e);
		path.forEach((e, i) => set(e, was[i] === c ? d : c));
	};

	for (let e = 0; e < E; e++) {
		const c = preferred[e]!;
		if (c >= 0 && c < C && at[u[e]! * C + c] === -1 && at[v[e]! * C + c] === -1 && size[c]! < perColour) {
			set(e, c);
		}
	}
	for (let e = 0; e < E; e++) {
		if (colour[e] !== -1) continue;
		const x = u[e]!;
		const y = v[e]!;
		let both = -1;
		for (let c = 0; c < C; c++) {
			if (at[x * C + c] === -1 && at[y * C + c] === -1 && (both === -1 || size[c]! < size[both]!)) both = c;
		}
		if (both !== -1) {
			set(e, both);
			continue;
		}
		// No colour free at both ends: take the cheapest path swap that frees one.
		let best: { path: number[]; c: number; d: number; cost: number } | undefined;
		for (let alpha = 0; alpha < C; alpha++) {
			if (at[x * C + alpha] !== -1) continue;
			for (let beta = 0; beta < C; beta++) {
				if (at[y * C + beta] !== -1) continue;
				for (const [from, c, d] of [
					[y, alpha, beta],
					[x, beta, alpha]
				] as const) {
					const path = pathFrom(from, c, d);
					const cost = costOf(path, c, d);
					if (!best || cost < best.cost || (cost === best.cost && path.length < best.path.length)) {
						best = { path, c, d, cost };
					}
				}
			}
		}
		swapColours(best!.path, best!.c, best!.d);
		set(e, best!.c); // the swap freed c at both ends
	}

	/** Moves one edge out of c along the cheapest c/d path that starts and ends with c. */
	const swapSurplus = (c: number) => {
		let best: { path: number[]; d: number; cost: number } | undefined;
		for (let d = 0; d < C; d++) {
			if (d === c || size[d]! >= perColour) continue;
			for (let e = 0; e < E; e++) {
				if (colour[e] !== c) continue;
				for (const x of [u[e]!, v[e]!]) {
					if (at[x * C + d] !== -1) continue; // not an end of its path
					const path = pathFrom(x, c, d);
					if (path.length % 2 === 0) continue;
					const cost = costOf(path, c, d);
					if (!best || cost < best.cost) best = { path, d, cost };
				}
			}
		}
		if (best) swapColours(best.path, c, best.d);
		return best !== undefined;
	};
	for (;;) {
		let c = -1;
		for (let k = 0; k < C; k++) if (size[k]! > perColour && (c === -1 || size[k]! > size[c]!)) c = k;
		// No surplus path can only mean more edges than colours × perColour, which callers rule out.
		if (c === -1 || !swapSurplus(c)) return colour;
	}
}
