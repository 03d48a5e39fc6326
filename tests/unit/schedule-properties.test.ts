import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduleEvent } from '../../src/lib/server/events/scheduler/schedule';
import type { ScheduleInput, ScheduleResult } from '../../src/lib/server/events/scheduler/schedule-types';
import { validateSchedule } from '../../src/lib/server/events/scheduler/validate';
import { bruteForce, bruteForceBMatching, instanceArb } from './schedule-arbitraries';

const general = instanceArb({
	maxSlots: 6,
	maxTables: 4,
	maxStartups: 6,
	maxCorporates: 5,
	maxRequests: 24,
	maxLocks: 4
});
const tiny = instanceArb({
	maxSlots: 4,
	maxTables: 3,
	maxStartups: 4,
	maxCorporates: 4,
	maxRequests: 8,
	maxLocks: 2
});
const tinyUniform = instanceArb({
	maxSlots: 3,
	maxTables: 3,
	maxStartups: 4,
	maxCorporates: 4,
	maxRequests: 10,
	uniform: true
});
// Small budgets where optimality is not the point keep the suite fast; the search is still exercised.
const quick = { maxIterations: 300 };

function shared(input: ScheduleInput, id: string): number[] {
	const r = input.requests.find((q) => q.id === id)!;
	const avail = new Map(input.participants.map((p) => [p.id, new Set(p.available)]));
	return [...avail.get(r.a)!].filter((s) => avail.get(r.b)!.has(s));
}

function expectConsistent(input: ScheduleInput, result: ScheduleResult): void {
	expect(validateSchedule(input, result)).toEqual([]);
	const weightOf = new Map(input.requests.map((r) => [r.id, r.weight]));
	expect(result.placed).toBe(result.placements.length);
	expect(result.placedWeight).toBe(result.placements.reduce((sum, p) => sum + weightOf.get(p.requestId)!, 0));
	const ids = [...result.placements.map((p) => p.requestId), ...result.unplaced.map((u) => u.requestId)];
	expect(ids.sort()).toEqual(input.requests.map((r) => r.id).sort());
	expect(result.placed).toBeLessThanOrEqual(result.upperBound);
	for (const u of result.unplaced) {
		expect(u.reason === 'no_common_slot').toBe(shared(input, u.requestId).length === 0);
	}
}

describe('auto-scheduler properties', () => {
	it('always returns a valid schedule whose counters match its placements', () => {
		fc.assert(
			fc.property(general, (input) => expectConsistent(input, scheduleEvent(input, quick))),
			{ numRuns: 300 }
		);
	});

	it('keeps every locked meeting at its slot and table', () => {
		fc.assert(
			fc.property(general, (input) => {
				const result = scheduleEvent(input, quick);
				for (const lock of input.locked ?? []) expect(result.placements).toContainEqual(lock);
			}),
			{ numRuns: 200 }
		);
	});

	it('reports an upper bound no smaller than the true maximum number of meetings', () => {
		fc.assert(
			fc.property(tiny, (input) => {
				const result = scheduleEvent(input, quick);
				const optimum = bruteForce(input);
				expect(result.upperBound).toBeGreaterThanOrEqual(optimum.count);
				expect(result.placedWeight).toBeLessThanOrEqual(optimum.weight);
			}),
			{ numRuns: 300 }
		);
	});

	it('places the maximum weight on uniform availability, as the b-matching brute force says', () => {
		fc.assert(
			fc.property(tinyUniform, (input) => {
				const result = scheduleEvent(input);
				expect(result.method).toBe('exact-uniform');
				expectConsistent(input, result);
				expect(result.placedWeight).toBe(bruteForceBMatching(input));
			}),
			{ numRuns: 300 }
		);
	});

	it('reaches the optimum on at least 95% of tiny events with individual availability', () => {
		let runs = 0;
		let hits = 0;
		for (const input of fc.sample(tiny, { numRuns: 200, seed: 42 })) {
			const result = scheduleEvent(input);
			if (result.method !== 'heuristic') continue; // uniform ones are exact by construction
			runs++;
			if (result.placedWeight === bruteForce(input).weight) hits++;
		}
		expect(runs).toBeGreaterThan(150);
		expect(hits / runs).toBeGreaterThanOrEqual(0.95);
	});

	it('gives the same schedule for the same input and seed', () => {
		fc.assert(
			fc.property(general, fc.nat(), (input, seed) => {
				expect(scheduleEvent(input, { ...quick, seed })).toEqual(scheduleEvent(input, { ...quick, seed }));
			}),
			{ numRuns: 50 }
		);
	});
});
