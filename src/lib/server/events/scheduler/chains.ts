/**
 * Ejection chains: the moves the local search is made of. To fit an unplaced request r into slot s,
 * take out what blocks it there (the sides' meetings in s, or, if s is full, one meeting of s), put r
 * in, and fit each taken-out meeting elsewhere the same way, to a bounded depth. Like an augmenting
 * path in matching, a successful chain places one more meeting and moves a few; a failed one is
 * undone through the state's journal. Each request moves at most once per chain, so chains end.
 */
import type { Random } from './random';
import { randomInt } from './random';
import type { ScheduleState } from './state';
import { UNPLACED } from './state';

/** Tables of a full slot to try emptying by moving one of their meetings deeper down the chain. */
const EVICT_TRIES = 2;

export class Chains {
	private readonly inChain: Uint8Array;
	/** The requests marked in inChain, to clear them without touching the whole array. */
	private readonly marked: number[] = [];
	private nodes = 0;
	/** Search nodes one top-level attempt may visit; keeps a hopeless attempt cheap. */
	nodeBudget = 400;

	constructor(
		private readonly state: ScheduleState,
		private readonly random: Random
	) {
		this.inChain = new Uint8Array(state.inst.R);
	}

	/** Tries to place unplaced r, moving others; on failure nothing has changed. */
	tryPlace(r: number, depth: number): boolean {
		const { S, T } = this.state.inst;
		// A chain ends in a free table; with every table taken only an exchange can help.
		if (this.state.count >= S * T) return false;
		const mark = this.state.mark();
		this.nodes = 0;
		this.markChain(r);
		const ok = this.insert(r, depth);
		this.clearChain();
		if (ok) this.state.commit(mark);
		else {
			this.state.undo(mark);
			this.state.commit(mark);
		}
		return ok;
	}

	/**
	 * Places r by displacing meetings worth less in total, then tries to fit those again; keeps the
	 * change only if weight rises. Returns whether it did.
	 */
	tryExchange(r: number, depth: number): boolean {
		const { state } = this;
		const { weight, common } = state.inst;
		const before = state.weight;
		for (const s of common[r]!) {
			const blockers = this.blockersOf(r, s, true);
			if (!blockers) continue;
			let lost = 0;
			for (const m of blockers) lost += weight[m]!;
			if (lost >= weight[r]!) continue;
			const mark = state.mark();
			this.nodes = 0;
			for (const m of blockers) state.unplace(m);
			state.place(r, s);
			this.markChain(r);
			for (const m of blockers) this.markChain(m);
			for (const m of blockers) if (!this.insert(m, depth)) this.dropIn(m);
			this.clearChain();
			if (state.weight > before) {
				state.commit(mark);
				return true;
			}
			state.undo(mark);
			state.commit(mark);
		}
		return false;
	}

	/**
	 * Places m where it displaces the least weight, if that is less than its own (a second exchange
	 * at the end of the first, e.g. when every table is taken). Displaced meetings stay unplaced.
	 */
	private dropIn(m: number): void {
		const { state } = this;
		const { weight, common } = state.inst;
		let best = -1;
		let bestLost = weight[m]!;
		for (const s of common[m]!) {
			const blockers = this.blockersOf(m, s, true);
			if (!blockers) continue;
			let lost = 0;
			for (const b of blockers) lost += weight[b]!;
			if (lost < bestLost) {
				bestLost = lost;
				best = s;
			}
		}
		if (best === -1) return;
		for (const b of this.blockersOf(m, best, true)!) {
			state.unplace(b);
			this.markChain(b);
		}
		state.place(m, best);
	}

	/**
	 * What must leave slot s for r to fit there: the sides' meetings, plus the lightest movable one if
	 * the slot would still be full. Undefined when a locked or already-moved meeting is in the way.
	 */
	blockersOf(r: number, s: number, lightest: boolean): number[] | undefined {
		const { state } = this;
		const { S, T, startup, corporate, weight } = state.inst;
		const out: number[] = [];
		for (const p of [startup[r]!, corporate[r]!]) {
			const m = state.busy[p * S + s]!;
			if (m === -1 || out.includes(m)) continue;
			if (state.locked[m] || this.inChain[m]) return undefined;
			out.push(m);
		}
		if (out.length === 0 && state.load[s] === T) {
			let pick = -1;
			const start = randomInt(this.random, T);
			for (let i = 0; i < T; i++) {
				const m = state.members[s * T + ((start + i) % T)]!;
				if (state.locked[m] || this.inChain[m]) continue;
				if (pick === -1 || (lightest && weight[m]! < weight[pick]!)) pick = m;
				if (!lightest) break;
			}
			if (pick === -1) return undefined;
			out.push(pick);
		}
		return out;
	}

	/** Depth-first ejection chain; leaves its changes in the journal for the caller to keep or undo. */
	private insert(r: number, depth: number): boolean {
		const { state } = this;
		const { S, common, T, startup, corporate } = state.inst;
		const slots = common[r]!;
		// A chain only shuffles the sides' other meetings, so each side needs a free slot of its own.
		if (state.free[startup[r]!] === 0 || state.free[corporate[r]!] === 0) return false;
		for (const s of slots) {
			if (state.fits(r, s)) {
				state.place(r, s);
				return true;
			}
		}
		if (depth === 0 || slots.length === 0) return false;
		const start = randomInt(this.random, slots.length);
		for (let i = 0; i < slots.length; i++) {
			if (++this.nodes > this.nodeBudget) return false;
			const s = slots[(start + i) % slots.length]!;
			// Only a full room offers a choice of whom to move out; a side's own meeting is the one blocker.
			const roomOnly = state.busy[startup[r]! * S + s] === -1 && state.busy[corporate[r]! * S + s] === -1;
			const tries = roomOnly && state.load[s] === T ? EVICT_TRIES : 1;
			for (let t = 0; t < tries; t++) {
				const blockers = this.blockersOf(r, s, false);
				if (!blockers || blockers.length === 0) break;
				if (this.moveThrough(r, s, blockers, depth)) return true;
			}
		}
		return false;
	}

	private moveThrough(r: number, s: number, blockers: number[], depth: number): boolean {
		const { state } = this;
		const mark = state.mark();
		for (const m of blockers) {
			state.unplace(m);
			this.markChain(m);
		}
		state.place(r, s);
		let ok = true;
		for (const m of blockers) {
			if (!this.insert(m, depth - 1)) {
				ok = false;
				break;
			}
		}
		if (ok) return true;
		state.undo(mark);
		for (const m of blockers) this.inChain[m] = 0;
		return false;
	}

	private markChain(r: number): void {
		this.inChain[r] = 1;
		this.marked.push(r);
	}

	private clearChain(): void {
		for (const r of this.marked) this.inChain[r] = 0;
		this.marked.length = 0;
	}

	/** Whether r has any chance at all: some shared slot. */
	static hasSlots(state: ScheduleState, r: number): boolean {
		return state.slot[r] === UNPLACED && state.inst.common[r]!.length > 0;
	}
}
