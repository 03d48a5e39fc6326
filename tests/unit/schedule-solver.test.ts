import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colourEdges } from '../../src/lib/server/events/scheduler/edge-colouring';
import { FlowGraph } from '../../src/lib/server/events/scheduler/max-flow';
import { minCostFlow } from '../../src/lib/server/events/scheduler/min-cost-flow';
import { scheduleEvent } from '../../src/lib/server/events/scheduler/schedule';
import type { ScheduleInput } from '../../src/lib/server/events/scheduler/schedule-types';
import { validateSchedule } from '../../src/lib/server/events/scheduler/validate';
import { instanceArb } from './schedule-arbitraries';

describe('flows', () => {
	it('finds the textbook maximum flow of 23', () => {
		// Cormen et al., figure 26.1: s=0, v1..v4 = 1..4, t=5.
		const g = new FlowGraph(6);
		for (const [u, v, c] of [
			[0, 1, 16],
			[0, 2, 13],
			[2, 1, 4],
			[1, 3, 12],
			[3, 2, 9],
			[2, 4, 14],
			[4, 3, 7],
			[3, 5, 20],
			[4, 5, 4]
		] as const) {
			g.addEdge(u, v, c);
		}
		expect(g.maxFlow(0, 5)).toBe(23);
	});

	it('picks the most profitable assignment and stops at the flow limit', () => {
		// Workers 1, 2 and jobs 3, 4 with profits 1→3: 5, 1→4: 4, 2→3: 4, 2→4: 1. Both units: 4 + 4 = 8
		// beats 5 + 1; a single unit takes the 5.
		const build = () => {
			const g = new FlowGraph(6);
			g.addEdge(0, 1, 1);
			g.addEdge(0, 2, 1);
			g.addEdge(3, 5, 1);
			g.addEdge(4, 5, 1);
			g.addEdge(1, 3, 1, -5);
			g.addEdge(1, 4, 1, -4);
			g.addEdge(2, 3, 1, -4);
			g.addEdge(2, 4, 1, -1);
			return g;
		};
		expect(minCostFlow(build(), 0, 5, 2)).toEqual({ flow: 2, cost: -8 });
		expect(minCostFlow(build(), 0, 5, 1)).toEqual({ flow: 1, cost: -5 });
	});
});

describe('balanced edge colouring', () => {
	const graphArb = fc
		.record({ colours: fc.integer({ min: 1, max: 5 }), perColour: fc.integer({ min: 1, max: 4 }) })
		.chain(({ colours, perColour }) =>
			fc.record({
				colours: fc.constant(colours),
				perColour: fc.constant(perColour),
				edges: fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { maxLength: 40 })
			})
		);

	it('colours properly with max-degree colours and never puts more than perColour edges in one', () => {
		fc.assert(
			fc.property(graphArb, ({ colours, perColour, edges }) => {
				// Keep edges while degrees stay ≤ colours and the total ≤ colours × perColour.
				const degree = new Map<number, number>();
				const kept: [number, number][] = [];
				for (const [a, b] of edges) {
					const u = a;
					const v = 5 + b;
					if ((degree.get(u) ?? 0) >= colours || (degree.get(v) ?? 0) >= colours) continue;
					if (kept.length >= colours * perColour) break;
					degree.set(u, (degree.get(u) ?? 0) + 1);
					degree.set(v, (degree.get(v) ?? 0) + 1);
					kept.push([u, v]);
				}
				const colour = colourEdges({
					vertices: 10,
					u: Int32Array.from(kept, (e) => e[0]),
					v: Int32Array.from(kept, (e) => e[1]),
					colours,
					perColour,
					preferred: new Int32Array(kept.length).fill(-1)
				});
				const seen = new Set<string>();
				const size = new Array<number>(colours).fill(0);
				kept.forEach(([u, v], i) => {
					const c = colour[i]!;
					expect(c >= 0 && c < colours).toBe(true);
					for (const x of [u, v]) {
						expect(seen.has(`${x}:${c}`)).toBe(false);
						seen.add(`${x}:${c}`);
					}
					size[c]!++;
				});
				for (const s of size) expect(s).toBeLessThanOrEqual(perColour);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('scheduleEvent', () => {
	const input = fc.sample(
		instanceArb({
			maxSlots: 6,
			maxTables: 3,
			maxStartups: 6,
			maxCorporates: 6,
			maxRequests: 30,
			maxLocks: 2
		}),
		{ numRuns: 1, seed: 7 }
	)[0]!;

	it('reports non-decreasing progress that ends at its total', () => {
		const calls: [number, number][] = [];
		scheduleEvent(input, { onProgress: (done, total) => calls.push([done, total]) });
		expect(calls.length).toBeGreaterThan(1);
		const total = calls[0]![1];
		for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0]);
		expect(calls.at(-1)).toEqual([total, total]);
	});

	it('reads time only through the injected clock and still returns a valid schedule when time runs out', () => {
		let reads = 0;
		const now = () => 1_000 * reads++; // every read is a second later
		const result = scheduleEvent(input, { now, timeBudgetMs: 1 });
		expect(reads).toBeGreaterThan(0);
		expect(validateSchedule(input, result)).toEqual([]);
	});

	it('keeps the previous choice among equally weighted meetings in the uniform case', () => {
		// One slot, one table: exactly one of two equal requests fits.
		const uniform: ScheduleInput = {
			slotCount: 1,
			tableCount: 1,
			participants: [
				{ id: 's1', side: 'startup', available: [0] },
				{ id: 's2', side: 'startup', available: [0] },
				{ id: 'c1', side: 'corporate', available: [0] },
				{ id: 'c2', side: 'corporate', available: [0] }
			],
			requests: [
				{ id: 'r1', a: 's1', b: 'c1', weight: 2 },
				{ id: 'r2', a: 's2', b: 'c2', weight: 2 }
			]
		};
		const alone = scheduleEvent(uniform).placements[0]!.requestId;
		const other = alone === 'r1' ? 'r2' : 'r1';
		const again = scheduleEvent({ ...uniform, previous: [{ requestId: other, slot: 0, table: 0 }] });
		expect(again.method).toBe('exact-uniform');
		expect(again.placements).toEqual([{ requestId: other, slot: 0, table: 0 }]);
		expect(again.moved).toBe(0);
	});

	it('prefers the heavier meeting when two compete for one place', () => {
		const input2: ScheduleInput = {
			slotCount: 2,
			tableCount: 1,
			participants: [
				{ id: 's1', side: 'startup', available: [0] },
				{ id: 's2', side: 'startup', available: [0] },
				{ id: 'c1', side: 'corporate', available: [0, 1] }
			],
			requests: [
				{ id: 'light', a: 's1', b: 'c1', weight: 1 },
				{ id: 'heavy', a: 's2', b: 'c1', weight: 3 }
			],
			previous: [{ requestId: 'light', slot: 0, table: 0 }]
		};
		const result = scheduleEvent(input2);
		expect(result.method).toBe('heuristic');
		expect(result.placements.map((p) => p.requestId)).toEqual(['heavy']);
		expect(result.moved).toBe(1);
	});
});
