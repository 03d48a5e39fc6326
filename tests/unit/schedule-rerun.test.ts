import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduleEvent } from '../../src/lib/server/events/scheduler/schedule';
import type { ScheduleInput } from '../../src/lib/server/events/scheduler/schedule-types';
import { validateSchedule } from '../../src/lib/server/events/scheduler/validate';
import { instanceArb } from './schedule-arbitraries';

const individual = instanceArb({
	maxSlots: 6,
	maxTables: 4,
	maxStartups: 6,
	maxCorporates: 5,
	maxRequests: 24,
	maxLocks: 3
});
const uniform = instanceArb({
	maxSlots: 5,
	maxTables: 4,
	maxStartups: 6,
	maxCorporates: 5,
	maxRequests: 24,
	uniform: true
});
const quick = { maxIterations: 500 };

/** The input plus one more request between two participants who already exist. */
function withOneMore(input: ScheduleInput, pick: { a: number; b: number; weight: number }): ScheduleInput {
	const startups = input.participants.filter((p) => p.side === 'startup');
	const corporates = input.participants.filter((p) => p.side === 'corporate');
	const request = {
		id: 'late',
		a: startups[pick.a % startups.length]!.id,
		b: corporates[pick.b % corporates.length]!.id,
		weight: pick.weight
	};
	return { ...input, requests: [...input.requests, request] };
}

const latePick = fc.record({ a: fc.nat(), b: fc.nat(), weight: fc.integer({ min: 1, max: 3 }) });

describe('auto-scheduler re-runs', () => {
	for (const [name, arb] of [
		['individual', individual],
		['uniform', uniform]
	] as const) {
		it(`moves nothing when re-run on unchanged input, unless it finds more weight (${name} availability)`, () => {
			fc.assert(
				fc.property(arb, (input) => {
					const first = scheduleEvent(input, quick);
					const again = scheduleEvent({ ...input, previous: first.placements }, quick);
					// A short search may find a better schedule on its second go; then moving is right.
					expect(again.placedWeight).toBeGreaterThanOrEqual(first.placedWeight);
					if (again.placedWeight > first.placedWeight) return;
					expect(again.moved).toBe(0);
					expect(again.placements).toEqual(first.placements);
				}),
				{ numRuns: 150 }
			);
		});

		it(`loses no weight after one late request (${name} availability)`, () => {
			fc.assert(
				fc.property(arb, latePick, (input, pick) => {
					const first = scheduleEvent(input, quick);
					const changed = { ...withOneMore(input, pick), previous: first.placements };
					const again = scheduleEvent(changed, quick);
					expect(validateSchedule(changed, again)).toEqual([]);
					expect(again.placedWeight).toBeGreaterThanOrEqual(first.placedWeight);
				}),
				{ numRuns: 150 }
			);
		});

		it(`moves at most 3 meetings, under 0.5 on average, after one late request (${name} availability)`, () => {
			const runs = fc.sample(fc.tuple(arb, latePick), { numRuns: 300, seed: 3 });
			let total = 0;
			for (const [input, pick] of runs) {
				const first = scheduleEvent(input, quick);
				const again = scheduleEvent({ ...withOneMore(input, pick), previous: first.placements }, quick);
				expect(again.moved).toBeLessThanOrEqual(3);
				total += again.moved;
			}
			expect(total / runs.length).toBeLessThan(0.5);
		});
	}

	it('counts a meeting whose slot became unavailable as moved, and reschedules it validly', () => {
		const input: ScheduleInput = {
			slotCount: 3,
			tableCount: 1,
			participants: [
				{ id: 's1', side: 'startup', available: [1, 2] },
				{ id: 'c1', side: 'corporate', available: [0, 1, 2] }
			],
			requests: [{ id: 'r1', a: 's1', b: 'c1', weight: 1 }],
			previous: [{ requestId: 'r1', slot: 0, table: 0 }]
		};
		const result = scheduleEvent(input);
		expect(result.moved).toBe(1);
		expect(result.placements).toHaveLength(1);
		expect(validateSchedule(input, result)).toEqual([]);
	});

	it('keeps previous tables for meetings that stay in their slot', () => {
		const input: ScheduleInput = {
			slotCount: 2,
			tableCount: 3,
			participants: [
				{ id: 's1', side: 'startup', available: [0] },
				{ id: 's2', side: 'startup', available: [0, 1] },
				{ id: 'c1', side: 'corporate', available: [0, 1] },
				{ id: 'c2', side: 'corporate', available: [0] }
			],
			requests: [
				{ id: 'r1', a: 's1', b: 'c1', weight: 1 },
				{ id: 'r2', a: 's2', b: 'c2', weight: 1 }
			],
			previous: [
				{ requestId: 'r1', slot: 0, table: 2 },
				{ requestId: 'r2', slot: 0, table: 1 }
			]
		};
		const result = scheduleEvent(input);
		expect(result.placements).toEqual([
			{ requestId: 'r2', slot: 0, table: 1 },
			{ requestId: 'r1', slot: 0, table: 2 }
		]);
		expect(result.moved).toBe(0);
	});
});
