import { describe, expect, it } from 'vitest';
import {
	ALWAYS,
	availableIntervals,
	intersect,
	isAvailable,
	subtract,
	suggestSlots,
	zonedInstant,
	type Availability,
	type Interval
} from '../../src/lib/server/meetups/availability';

const at = (iso: string) => Date.parse(iso);
const span = (from: string, to: string): Interval => ({ start: at(from), end: at(to) });
const iso = (intervals: Interval[]) =>
	intervals.map((i) => `${new Date(i.start).toISOString()}/${new Date(i.end).toISOString()}`);
const weekdays = (startMinute: number, endMinute: number) =>
	[1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute, endMinute }));

const seoul: Availability = { timeZone: 'Asia/Seoul', rules: weekdays(9 * 60, 18 * 60), blackouts: [] };
// A New York partner taking evening calls with Seoul; the US switches to daylight time on 8 March 2026.
const newYork: Availability = {
	timeZone: 'America/New_York',
	rules: weekdays(17 * 60, 22 * 60),
	blackouts: []
};

describe('local times to instants', () => {
	it('reads the same wall-clock hour with the offset in force on each side of the March switch', () => {
		expect(new Date(zonedInstant(2026, 3, 6, 9 * 60, 'America/New_York')).toISOString()).toBe(
			'2026-03-06T14:00:00.000Z'
		);
		expect(new Date(zonedInstant(2026, 3, 9, 9 * 60, 'America/New_York')).toISOString()).toBe(
			'2026-03-09T13:00:00.000Z'
		);
	});

	it('moves a skipped time forward and takes the first of a repeated one', () => {
		// 02:30 does not exist on 8 March in New York: it is read as 03:30 daylight time.
		expect(new Date(zonedInstant(2026, 3, 8, 150, 'America/New_York')).toISOString()).toBe(
			'2026-03-08T07:30:00.000Z'
		);
		// 01:30 happens twice on 1 November: the first one, still daylight time.
		expect(new Date(zonedInstant(2026, 11, 1, 90, 'America/New_York')).toISOString()).toBe(
			'2026-11-01T05:30:00.000Z'
		);
		expect(new Date(zonedInstant(2026, 3, 2, 600, 'Asia/Seoul')).toISOString()).toBe(
			'2026-03-02T01:00:00.000Z'
		);
	});
});

describe('weekly hours', () => {
	it('keeps a New Yorker’s hours local across the DST switch, so the overlap with Seoul shrinks by an hour', () => {
		const window = span('2026-03-05T00:00:00Z', '2026-03-11T00:00:00Z');
		const both = intersect(availableIntervals(seoul, window), availableIntervals(newYork, window));
		expect(iso(both)).toEqual([
			// Seoul Thursday/Friday mornings meet New York's Wednesday/Thursday evenings (EST, UTC−5) …
			'2026-03-05T00:00:00.000Z/2026-03-05T03:00:00.000Z',
			'2026-03-06T00:00:00.000Z/2026-03-06T03:00:00.000Z',
			// … and after the switch (EDT, UTC−4) New York's 22:00 is 02:00 UTC: two hours left.
			'2026-03-10T00:00:00.000Z/2026-03-10T02:00:00.000Z'
		]);
	});

	it('leaves out blackout dates, read as whole local days in the organization’s zone', () => {
		const closed: Availability = { ...seoul, blackouts: [{ from: '2026-03-02', to: '2026-03-03' }] };
		const window = span('2026-03-01T15:00:00Z', '2026-03-05T15:00:00Z');
		expect(iso(availableIntervals(closed, window))).toEqual([
			'2026-03-04T00:00:00.000Z/2026-03-04T09:00:00.000Z',
			'2026-03-05T00:00:00.000Z/2026-03-05T09:00:00.000Z'
		]);
		// With no stated hours a blackout still closes its days, from local midnight to local midnight.
		const always: Availability = { timeZone: 'Asia/Seoul', rules: ALWAYS, blackouts: closed.blackouts };
		expect(isAvailable(always, span('2026-03-01T14:00:00Z', '2026-03-01T14:59:00Z'))).toBe(true);
		expect(isAvailable(always, span('2026-03-01T14:30:00Z', '2026-03-01T15:30:00Z'))).toBe(false);
		expect(isAvailable(always, span('2026-03-03T15:00:00Z', '2026-03-03T16:00:00Z'))).toBe(true);
	});

	it('accepts a meetup inside the hours and refuses one that runs past them or falls on a weekend', () => {
		expect(isAvailable(seoul, span('2026-03-02T01:00:00Z', '2026-03-02T02:00:00Z'))).toBe(true);
		expect(isAvailable(seoul, span('2026-03-02T08:30:00Z', '2026-03-02T09:30:00Z'))).toBe(false);
		expect(isAvailable(seoul, span('2026-03-07T01:00:00Z', '2026-03-07T02:00:00Z'))).toBe(false);
	});

	it('joins hours that run to midnight with the next day’s hours from midnight', () => {
		const nights: Availability = {
			timeZone: 'Asia/Seoul',
			rules: [
				{ weekday: 1, startMinute: 22 * 60, endMinute: 1440 },
				{ weekday: 2, startMinute: 0, endMinute: 2 * 60 }
			],
			blackouts: []
		};
		// Monday 23:00 to Tuesday 01:00 in Seoul.
		expect(isAvailable(nights, span('2026-03-02T14:00:00Z', '2026-03-02T16:00:00Z'))).toBe(true);
	});
});

describe('interval arithmetic', () => {
	it('subtracts busy times from free ones, keeping the pieces around them', () => {
		const free = [span('2026-03-02T00:00:00Z', '2026-03-02T04:00:00Z')];
		const busy = [span('2026-03-02T01:00:00Z', '2026-03-02T02:00:00Z')];
		expect(iso(subtract(free, busy))).toEqual([
			'2026-03-02T00:00:00.000Z/2026-03-02T01:00:00.000Z',
			'2026-03-02T02:00:00.000Z/2026-03-02T04:00:00.000Z'
		]);
	});
});

describe('suggested slots', () => {
	it('offers non-overlapping slots on the half-hour grid, after now, around busy times, up to the limit', () => {
		const slots = suggestSlots({
			sides: [seoul, seoul],
			busy: [span('2026-03-02T01:00:00Z', '2026-03-02T02:00:00Z')],
			window: span('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'),
			minutes: 45,
			limit: 4,
			now: at('2026-03-02T00:10:00Z')
		});
		// 00:30–01:15 would run into the busy hour; after it, one slot an hour (45 minutes, then the grid).
		expect(iso(slots)).toEqual([
			'2026-03-02T02:00:00.000Z/2026-03-02T02:45:00.000Z',
			'2026-03-02T03:00:00.000Z/2026-03-02T03:45:00.000Z',
			'2026-03-02T04:00:00.000Z/2026-03-02T04:45:00.000Z',
			'2026-03-02T05:00:00.000Z/2026-03-02T05:45:00.000Z'
		]);
	});

	it('suggests only times inside both sides’ hours, each in its own zone', () => {
		const slots = suggestSlots({
			sides: [seoul, newYork],
			busy: [],
			window: span('2026-03-09T12:00:00Z', '2026-03-11T00:00:00Z'),
			minutes: 60,
			limit: 10,
			now: at('2026-03-01T00:00:00Z')
		});
		expect(iso(slots)).toEqual([
			'2026-03-10T00:00:00.000Z/2026-03-10T01:00:00.000Z',
			'2026-03-10T01:00:00.000Z/2026-03-10T02:00:00.000Z'
		]);
	});
});
