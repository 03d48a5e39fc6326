import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { availableSlots, eventSlots, slotAt } from '../../src/lib/server/events/slots';
import { eventInput, eventPatch } from '../../src/lib/server/events/schema';

const MIN = 60_000;
const t0 = Date.UTC(2026, 11, 3, 4, 0); // 13:00 in Seoul

describe('eventSlots', () => {
	it('cuts the day into slots and leaves out those overlapping a break, with dense indices', () => {
		const slots = eventSlots({
			start: t0,
			end: t0 + 130 * MIN,
			slotMinutes: 20,
			breaks: [{ start: t0 + 60 * MIN, end: t0 + 70 * MIN }]
		});
		// 0–20, 20–40, 40–60 | break 60–70 removes 60–80 | 80–100, 100–120; 120–140 runs past closing.
		expect(slots.map((s) => (s.start - t0) / MIN)).toEqual([0, 20, 40, 80, 100]);
		expect(slots.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
		expect(slotAt(slots, t0 + 80 * MIN)?.index).toBe(3);
		expect(slotAt(slots, t0 + 60 * MIN)).toBeUndefined();
	});

	it('never yields a slot outside the day or touching a break (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 5, max: 120 }),
				fc.integer({ min: 0, max: 600 }),
				fc.array(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 90 })), {
					maxLength: 4
				}),
				(slotMinutes, length, breaks) => {
					const grid = {
						start: t0,
						end: t0 + length * MIN,
						slotMinutes,
						breaks: breaks.map(([s, l]) => ({ start: t0 + s * MIN, end: t0 + (s + l) * MIN }))
					};
					const slots = eventSlots(grid);
					for (const s of slots) {
						expect(s.end - s.start).toBe(slotMinutes * MIN);
						expect(s.start >= grid.start && s.end <= grid.end).toBe(true);
						expect(grid.breaks.some((b) => b.start < s.end && s.start < b.end)).toBe(false);
					}
					expect(slots.length).toBeLessThanOrEqual(Math.floor(length / slotMinutes));
				}
			)
		);
	});
});

describe('availableSlots', () => {
	const slots = eventSlots({ start: t0, end: t0 + 120 * MIN, slotMinutes: 30, breaks: [] });

	it('keeps the slots wholly inside a window and clear of other meetups', () => {
		expect(availableSlots(slots, null)).toEqual([0, 1, 2, 3]);
		// A window 10:15–11:15 holds only the 30–60 slot wholly.
		expect(availableSlots(slots, [{ start: t0 + 15 * MIN, end: t0 + 75 * MIN }])).toEqual([1]);
		// Another meetup 61–62 blocks the 60–90 slot.
		expect(availableSlots(slots, null, [{ start: t0 + 61 * MIN, end: t0 + 62 * MIN }])).toEqual([0, 1, 3]);
	});
});

describe('event schemas', () => {
	it('an edit carries only what it changes (no defaults resetting the cap or breaks)', () => {
		expect(eventPatch.parse({ phase: 'requests_open' })).toEqual({ phase: 'requests_open' });
	});

	it('names the field of a day that is too long, a break outside it, a hall past the last table', () => {
		const base = {
			centerId: '00000000-0000-4000-8000-000000000000',
			title: '매칭데이',
			venue: '춘천',
			startsAt: '2026-12-03T13:00:00+09:00',
			endsAt: '2026-12-03T17:00:00+09:00',
			slotMinutes: 20,
			tables: 4,
			timezone: 'Asia/Seoul'
		};
		const paths = (input: object) =>
			eventInput.safeParse({ ...base, ...input }).error?.issues.map((i) => i.path.join('.'));
		expect(paths({ endsAt: '2026-12-07T13:00:00+09:00' })).toEqual(['endsAt']);
		expect(
			paths({ breaks: [{ startsAt: '2026-12-03T12:00:00+09:00', endsAt: '2026-12-03T12:30:00+09:00' }] })
		).toEqual(['breaks.0.startsAt']);
		expect(paths({ halls: [{ name: 'A', fromTable: 1, toTable: 5 }] })).toEqual(['halls.0.toTable']);
		expect(paths({ timezone: 'Mars/Olympus' })).toEqual(['timezone']);
		expect(eventInput.parse(base).pendingRequestCap).toBe(10);
	});
});
