import { describe, expect, it } from 'vitest';
import {
	bucketByMonth,
	monthsOf,
	rate,
	resolvePeriod,
	seoulDate
} from '../../src/lib/server/reporting/period';
import { refusal, isForward } from '../../src/lib/server/outcomes/stages';

describe('reporting periods', () => {
	it('reads dates as whole days in Korean time', () => {
		const p = resolvePeriod({ from: '2026-01-01', to: '2026-03-31' }, new Date());
		expect(p.from.toISOString()).toBe('2025-12-31T15:00:00.000Z');
		expect(p.to.toISOString()).toBe('2026-03-31T15:00:00.000Z');
	});

	it('defaults to January 1st of this year until today in Seoul', () => {
		// 2026-06-30 20:00 UTC is already July 1st in Seoul.
		const p = resolvePeriod({}, new Date('2026-06-30T20:00:00Z'));
		expect(p.fromDate).toBe('2026-01-01');
		expect(p.toDate).toBe('2026-07-01');
		expect(seoulDate(new Date('2026-06-30T14:59:59Z'))).toBe('2026-06-30');
	});

	it('lists the months a period touches, across a year end', () => {
		expect(monthsOf({ fromDate: '2025-11-15', toDate: '2026-02-01' })).toEqual([
			'2025-11',
			'2025-12',
			'2026-01',
			'2026-02'
		]);
		expect(monthsOf({ fromDate: '2026-05-01', toDate: '2026-05-31' })).toEqual(['2026-05']);
	});

	it('fills empty months with zeros and totals the months', () => {
		const { byMonth, totals } = bucketByMonth(['2026-01', '2026-02', '2026-03'], ['a', 'b'] as const, [
			{ month: '2026-01', a: 2 },
			{ month: '2026-03', a: 1, b: 500 },
			{ month: '2026-03', b: 250 },
			{ month: '2025-12', a: 99 }
		]);
		expect(byMonth).toEqual([
			{ month: '2026-01', a: 2, b: 0 },
			{ month: '2026-02', a: 0, b: 0 },
			{ month: '2026-03', a: 1, b: 750 }
		]);
		expect(totals).toEqual({ a: 3, b: 750 });
	});

	it('gives a conversion rate only when there is something to convert', () => {
		expect(rate(1, 3)).toBe(0.333);
		expect(rate(0, 0)).toBeNull();
	});
});

describe('pipeline moves', () => {
	it('allows the next steps and refuses the rest with a reason', () => {
		expect(refusal('matched', 'meetup_held')).toBeUndefined();
		expect(refusal('meetup_held', 'poc')).toBeUndefined();
		expect(refusal('matched', 'contract')).toBe('not_next');
		expect(refusal('poc', 'poc')).toBe('same_stage');
		expect(refusal('dropped', 'matched')).toBe('final_stage');
		expect(refusal('investment', 'dropped')).toBe('final_stage');
	});

	it('lets the system move only forward', () => {
		expect(isForward('matched', 'poc')).toBe(true);
		expect(isForward('contract', 'poc')).toBe(false);
		expect(isForward('dropped', 'poc')).toBe(false);
	});
});
