/**
 * The last pass over a schedule whose set of meetings is settled: it never removes a meeting, so the
 * placed weight cannot drop. First it puts moved meetings back in their previous slot where that
 * slot is free again (fewer moves outrank fewer gaps); then it closes idle gaps by moving a meeting
 * to a free slot, by trading slots with a meeting of a full slot, and by swapping two meetings of
 * one participant (which changes only the partners' days). A change is taken only if it moves no
 * previous meeting away and shortens the gaps.
 */
import type { ScheduleState } from './state';
import { UNPLACED } from './state';

const MAX_PASSES = 8;

/** +1 if moving r to slot `to` leaves its previous slot, −1 if it returns there, else 0. */
function moveDelta(state: ScheduleState, r: number, to: number): number {
	const prev = state.inst.prevSlot[r]!;
	if (prev === -1) return 0;
	return (to === prev ? 0 : 1) - (state.slot[r] === prev ? 0 : 1);
}

/** Compacts `state` in place; `expired` stops it between passes. */
export function compact(state: ScheduleState, expired: () => boolean): void {
	restorePrevious(state);
	for (let pass = 0; pass < MAX_PASSES && !expired(); pass++) {
		const moved = moveSingles(state);
		const swapped = swapPairs(state);
		if (!moved && !swapped) break;
	}
}

function restorePrevious(state: ScheduleState): void {
	const { R, prevSlot, common } = state.inst;
	for (let r = 0; r < R; r++) {
		const prev = prevSlot[r]!;
		if (state.locked[r] || prev < 0 || state.slot[r] === prev || !common[r]!.includes(prev)) continue;
		if (!state.fits(r, prev)) continue;
		if (state.slot[r] === UNPLACED) state.place(r, prev);
		else state.move(r, prev);
	}
}

/** Idle gaps participant p would have if its meeting in slot `from` were in slot `to` instead. */
function gapsIf(state: ScheduleState, p: number, from: number, to: number): number {
	const { S, avail } = state.inst;
	const base = p * S;
	let first = -1;
	let last = -1;
	let meetings = 0;
	for (let s = 0; s < S; s++) {
		if (s === to || (s !== from && state.busy[base + s] !== -1)) {
			if (first === -1) first = s;
			last = s;
			meetings++;
		}
	}
	if (meetings < 2) return 0;
	let open = 0;
	for (let s = first + 1; s < last; s++) {
		if (avail[base + s] && s !== to && (s === from || state.busy[base + s] === -1)) open++;
	}
	return open;
}

function moveSingles(state: ScheduleState): boolean {
	const { R, common, startup, corporate } = state.inst;
	let improved = false;
	for (let r = 0; r < R; r++) {
		if (state.slot[r] === UNPLACED || state.locked[r]) continue;
		const a = startup[r]!;
		const b = corporate[r]!;
		let gaps = state.gapsOf(a) + state.gapsOf(b);
		for (const s of common[r]!) {
			if (gaps === 0) break;
			const from = state.slot[r]!;
			if (s === from || moveDelta(state, r, s) > 0) continue;
			const gain = gaps - gapsIf(state, a, from, s) - gapsIf(state, b, from, s);
			if (gain <= 0) continue;
			if (state.fits(r, s)) state.move(r, s);
			else if (!trade(state, r, s, gain)) continue;
			gaps -= gain;
			improved = true;
		}
	}
	return improved;
}

/** Candidates a trade looks at per full slot: bounds the pass on big events. */
const TRADE_TRIES = 24;

/**
 * When slot s has no table left but both sides of r are free there, r may trade slots with a meeting
 * of s whose sides are free in r's slot. `gain` is what r's own move saves; the trade is made if the
 * other meeting's move does not cost as much. The four participants are distinct: r's sides are free
 * in s, the other's sides free in r's slot.
 */
function trade(state: ScheduleState, r: number, s: number, gain: number): boolean {
	const { S, T, avail, startup, corporate } = state.inst;
	const from = state.slot[r]!;
	if (state.load[s]! < T) return false;
	if (state.busy[startup[r]! * S + s] !== -1 || state.busy[corporate[r]! * S + s] !== -1) return false;
	let tries = 0;
	for (let i = 0; i < state.load[s]! && tries < TRADE_TRIES; i++) {
		const m = state.members[s * T + i]!;
		const x = startup[m]!;
		const y = corporate[m]!;
		if (state.locked[m] || !avail[x * S + from] || !avail[y * S + from]) continue;
		if (state.busy[x * S + from] !== -1 || state.busy[y * S + from] !== -1) continue;
		if (moveDelta(state, r, s) + moveDelta(state, m, from) > 0) continue;
		tries++;
		const cost = gapsIf(state, x, s, from) + gapsIf(state, y, s, from) - state.gapsOf(x) - state.gapsOf(y);
		if (cost < gain) {
			swap(state, r, m, from, s);
			return true;
		}
	}
	return false;
}

function swapPairs(state: ScheduleState): boolean {
	const { P, S, avail, startup, corporate, requestsOf } = state.inst;
	let improved = false;
	const partner = (m: number, p: number) => (startup[m] === p ? corporate[m]! : startup[m]!);
	for (let p = 0; p < P; p++) {
		const mine = requestsOf[p]!;
		for (let i = 0; i < mine.length; i++) {
			const m1 = mine[i]!;
			for (let j = i + 1; j < mine.length; j++) {
				const m2 = mine[j]!;
				const s1 = state.slot[m1]!;
				const s2 = state.slot[m2]!;
				if (s1 === UNPLACED || s2 === UNPLACED || state.locked[m1] || state.locked[m2]) continue;
				const x = partner(m1, p);
				const y = partner(m2, p);
				if (x === y || !avail[x * S + s2] || !avail[y * S + s1]) continue;
				if (state.busy[x * S + s2] !== -1 || state.busy[y * S + s1] !== -1) continue;
				if (moveDelta(state, m1, s2) + moveDelta(state, m2, s1) > 0) continue;
				const gaps = state.gapsOf(x) + state.gapsOf(y);
				if (gaps === 0) continue;
				swap(state, m1, m2, s1, s2);
				if (state.gapsOf(x) + state.gapsOf(y) < gaps) improved = true;
				else swap(state, m1, m2, s2, s1);
			}
		}
	}
	return improved;
}

function swap(state: ScheduleState, m1: number, m2: number, s1: number, s2: number): void {
	state.unplace(m1);
	state.unplace(m2);
	state.place(m1, s2);
	state.place(m2, s1);
}
