import { describe, expect, it } from 'vitest';
import { scheduleEvent } from '../../src/lib/server/events/scheduler/schedule';
import {
	ScheduleInputError,
	type ScheduleInput,
	type ScheduleParticipant
} from '../../src/lib/server/events/scheduler/schedule-types';
import { validateSchedule } from '../../src/lib/server/events/scheduler/validate';

const startup = (id: string, available: number[]): ScheduleParticipant => ({
	id,
	side: 'startup',
	available
});
const corporate = (id: string, available: number[]): ScheduleParticipant => ({
	id,
	side: 'corporate',
	available
});

function codesOf(run: () => unknown): string[] {
	try {
		run();
	} catch (e) {
		if (e instanceof ScheduleInputError) return e.violations.map((v) => v.code);
		throw e;
	}
	return [];
}

describe('auto-scheduler input checks', () => {
	const base: ScheduleInput = {
		slotCount: 2,
		tableCount: 1,
		participants: [startup('s1', [0, 1]), startup('s2', [0, 1]), corporate('c1', [0, 1])],
		requests: [
			{ id: 'r1', a: 's1', b: 'c1', weight: 1 },
			{ id: 'r2', a: 's2', b: 'c1', weight: 1 }
		]
	};

	it('accepts a valid input', () => {
		expect(codesOf(() => scheduleEvent(base))).toEqual([]);
	});

	it('refuses a request between two startups, or with an unknown participant', () => {
		const requests = [
			{ id: 'r1', a: 's1', b: 's2', weight: 1 },
			{ id: 'r2', a: 's1', b: 'nobody', weight: 1 }
		];
		expect(codesOf(() => scheduleEvent({ ...base, requests }))).toEqual(['same_side', 'unknown_participant']);
	});

	it('refuses weights that are not whole numbers from 1, duplicate ids and slots that do not exist', () => {
		const input: ScheduleInput = {
			...base,
			participants: [...base.participants, startup('s1', [5])],
			requests: [
				{ id: 'r1', a: 's2', b: 'c1', weight: 0 },
				{ id: 'r1', a: 's2', b: 'c1', weight: 1.5 }
			]
		};
		expect(codesOf(() => scheduleEvent(input))).toEqual([
			'duplicate_participant',
			'invalid_slot',
			'invalid_weight',
			'duplicate_request',
			'invalid_weight'
		]);
	});

	it('refuses locked meetings that clash with each other or sit outside availability', () => {
		const clash = { ...base, locked: [0, 0].map((_, i) => ({ requestId: `r${i + 1}`, slot: 0, table: 0 })) };
		expect(codesOf(() => scheduleEvent(clash))).toEqual(['double_booked', 'table_taken']);
		const away = {
			...base,
			participants: [startup('s1', [0]), startup('s2', [0, 1]), corporate('c1', [0, 1])],
			locked: [{ requestId: 'r1', slot: 1, table: 0 }]
		};
		expect(codesOf(() => scheduleEvent(away))).toEqual(['not_available']);
	});
});

describe('validateSchedule', () => {
	const input: ScheduleInput = {
		slotCount: 2,
		tableCount: 2,
		participants: [
			startup('s1', [0, 1]),
			startup('s2', [0]),
			corporate('c1', [0, 1]),
			corporate('c2', [0, 1])
		],
		requests: [
			{ id: 'r1', a: 's1', b: 'c1', weight: 1 },
			{ id: 'r2', a: 's1', b: 'c2', weight: 1 },
			{ id: 'r3', a: 's2', b: 'c2', weight: 1 }
		],
		locked: [{ requestId: 'r1', slot: 0, table: 0 }]
	};
	const codes = (placements: { requestId: string; slot: number; table: number }[]) =>
		validateSchedule(input, { placements }).map((v) => v.code);

	it('passes a valid schedule', () => {
		expect(
			codes([
				{ requestId: 'r1', slot: 0, table: 0 },
				{ requestId: 'r2', slot: 1, table: 0 },
				{ requestId: 'r3', slot: 0, table: 1 }
			])
		).toEqual([]);
	});

	it('names a double booking, a table used twice, a slot outside availability and a moved lock', () => {
		expect(
			codes([
				{ requestId: 'r1', slot: 0, table: 0 },
				{ requestId: 'r2', slot: 0, table: 1 }
			])
		).toEqual(['double_booked']);
		expect(
			codes([
				{ requestId: 'r1', slot: 0, table: 0 },
				{ requestId: 'r3', slot: 0, table: 0 }
			])
		).toEqual(['table_taken']);
		expect(
			codes([
				{ requestId: 'r1', slot: 0, table: 0 },
				{ requestId: 'r3', slot: 1, table: 0 }
			])
		).toEqual(['not_available']);
		expect(codes([{ requestId: 'r1', slot: 1, table: 0 }])).toEqual(['lock_moved']);
	});

	it('names unknown requests, requests placed twice and tables that do not exist', () => {
		expect(
			codes([
				{ requestId: 'r1', slot: 0, table: 0 },
				{ requestId: 'r9', slot: 1, table: 0 },
				{ requestId: 'r2', slot: 1, table: 2 },
				{ requestId: 'r1', slot: 1, table: 1 }
			])
		).toEqual(['unknown_request', 'invalid_table', 'placed_twice']);
	});
});

describe('unplaced reasons', () => {
	const reasonOf = (input: ScheduleInput, id: string) =>
		scheduleEvent(input).unplaced.find((u) => u.requestId === id);

	it('says no_common_slot when the two sides share no slot', () => {
		const input: ScheduleInput = {
			slotCount: 2,
			tableCount: 1,
			participants: [startup('s1', [0]), corporate('c1', [1])],
			requests: [{ id: 'r1', a: 's1', b: 'c1', weight: 1 }]
		};
		expect(reasonOf(input, 'r1')).toEqual({ requestId: 'r1', reason: 'no_common_slot' });
	});

	it('says participant_full, naming the side whose slots are all taken', () => {
		const input: ScheduleInput = {
			slotCount: 2,
			tableCount: 2,
			participants: [startup('s1', [0, 1]), startup('s2', [0, 1]), corporate('c1', [0])],
			requests: [
				{ id: 'r1', a: 's1', b: 'c1', weight: 3 },
				{ id: 'r2', a: 's2', b: 'c1', weight: 1 }
			]
		};
		expect(reasonOf(input, 'r2')).toEqual({
			requestId: 'r2',
			reason: 'participant_full',
			participantId: 'c1'
		});
	});

	it('says no_table when both sides are free but every table is taken', () => {
		const input: ScheduleInput = {
			slotCount: 1,
			tableCount: 1,
			participants: [startup('s1', [0]), startup('s2', [0]), corporate('c1', [0]), corporate('c2', [0])],
			requests: [
				{ id: 'r1', a: 's1', b: 'c1', weight: 2 },
				{ id: 'r2', a: 's2', b: 'c2', weight: 1 }
			]
		};
		expect(reasonOf(input, 'r2')).toEqual({ requestId: 'r2', reason: 'no_table' });
	});

	it('says conflict when one shared slot is blocked by a meeting and another by a full room', () => {
		const input: ScheduleInput = {
			slotCount: 2,
			tableCount: 1,
			participants: [
				startup('s1', [0, 1]),
				startup('s2', [1]),
				corporate('c1', [0, 1]),
				corporate('c2', [0]),
				corporate('c3', [1])
			],
			requests: [
				{ id: 'r1', a: 's1', b: 'c1', weight: 3 },
				{ id: 'lockedA', a: 's1', b: 'c2', weight: 1 },
				{ id: 'lockedB', a: 's2', b: 'c3', weight: 1 }
			],
			locked: [
				{ requestId: 'lockedA', slot: 0, table: 0 },
				{ requestId: 'lockedB', slot: 1, table: 0 }
			]
		};
		expect(reasonOf(input, 'r1')).toEqual({ requestId: 'r1', reason: 'conflict' });
	});
});
