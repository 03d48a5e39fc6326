import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveSchedule } from '../../src/lib/server/events/solve';
import { createRandom } from '../../src/lib/server/events/scheduler/random';
import { ScheduleInputError } from '../../src/lib/server/events/scheduler/schedule-types';
import { randomInstance } from '../../bench/schedule';

// The server runs the scheduler in a worker thread bundled from worker-entry.ts (npm run build:worker).
// Bundled here the same way, it must give exactly the in-thread answer, stream progress before the
// answer, and carry an input error back as the same ScheduleInputError.

let dir: string;
let workerPath: string;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'innomatch-worker-'));
	workerPath = join(dir, 'schedule-worker.js');
	await build({
		entryPoints: ['src/lib/server/events/scheduler/worker-entry.ts'],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node22',
		outfile: workerPath,
		logLevel: 'warning'
	});
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the scheduler in a worker thread', () => {
	it('gives the in-thread schedule for the same input and seed, with progress first', async () => {
		const input = randomInstance(createRandom(11), {
			startups: 40,
			corporates: 12,
			slots: 12,
			tables: 8,
			requests: 220,
			skewed: true
		});
		const here = await solveSchedule(input, { seed: 3, workerPath: '' });
		const seen: number[] = [];
		const there = await solveSchedule(input, {
			seed: 3,
			workerPath,
			onProgress: (done, total) => seen.push(done / total)
		});
		expect(there).toEqual(here);
		expect(here.placed).toBeGreaterThan(0);
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.at(-1)).toBe(1);
	});

	it('carries an invalid input back as a ScheduleInputError with its violations', async () => {
		const bad = {
			slotCount: 2,
			tableCount: 1,
			participants: [
				{ id: 's', side: 'startup' as const, available: [0, 1] },
				{ id: 'c', side: 'corporate' as const, available: [0, 1] }
			],
			requests: [{ id: 'r', a: 's', b: 'c', weight: 2 }],
			locked: [{ requestId: 'r', slot: 5, table: 0 }]
		};
		const error = await solveSchedule(bad, { workerPath }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ScheduleInputError);
		expect((error as ScheduleInputError).violations[0]?.code).toBe('invalid_slot');
	});
});
