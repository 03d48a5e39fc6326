/**
 * A matchmaking day's time grid: the slots between opening and closing, minus breaks, and which of
 * them a participant can meet in. Pure; times are epoch milliseconds (half-open intervals, as in
 * meetups/availability.ts).
 */
import { intersect, normalize, type Interval } from '$lib/server/meetups/availability';

export interface EventGrid {
	start: number;
	end: number;
	slotMinutes: number;
	breaks: readonly Interval[];
}

export interface Slot extends Interval {
	/** 0-based, in time order; the scheduler's slot index */
	index: number;
}

/**
 * Slots of `slotMinutes` from the opening; a slot that would overlap a break, or run past closing, is
 * left out. Indices are dense over the slots kept, so a break is not an idle gap to the scheduler.
 */
export function eventSlots(grid: EventGrid): Slot[] {
	const step = grid.slotMinutes * 60_000;
	const breaks = normalize(grid.breaks);
	const slots: Slot[] = [];
	for (let start = grid.start; start + step <= grid.end; start += step) {
		const end = start + step;
		if (breaks.some((b) => b.start < end && start < b.end)) continue;
		slots.push({ index: slots.length, start, end });
	}
	return slots;
}

/**
 * The slots wholly inside the participant's windows (null: there all day) and clear of every busy
 * interval (their other meetups).
 */
export function availableSlots(
	slots: readonly Slot[],
	windows: readonly Interval[] | null,
	busy: readonly Interval[] = []
): number[] {
	const open = windows === null ? null : normalize(windows);
	const taken = normalize(busy);
	return slots
		.filter((s) => open === null || open.some((w) => w.start <= s.start && s.end <= w.end))
		.filter((s) => !taken.some((b) => b.start < s.end && s.start < b.end))
		.map((s) => s.index);
}

/** The slot that starts exactly at `start`, if any. */
export function slotAt(slots: readonly Slot[], start: number): Slot | undefined {
	return slots.find((s) => s.start === start);
}

/** Windows clipped to the event's hours; what a participant's stated availability means for the day. */
export function clipToEvent(
	windows: readonly Interval[],
	grid: Pick<EventGrid, 'start' | 'end'>
): Interval[] {
	return intersect(windows, [{ start: grid.start, end: grid.end }]);
}
