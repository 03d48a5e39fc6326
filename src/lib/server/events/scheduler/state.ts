/**
 * A schedule under construction at slot level: which slot each request has, who is busy when, how
 * many meetings each slot holds. Tables are interchangeable, so a slot is full when it holds as many
 * meetings as there are tables; table numbers are given at the very end (tables.ts). Every change
 * can be journaled and undone, which is how the local search tries a move and takes it back.
 */
import type { Instance } from './instance';

export const UNPLACED = -1;

export class ScheduleState {
	/** Per request: its slot, or UNPLACED. */
	readonly slot: Int32Array;
	/** At p * S + s: the request participant p meets in slot s, or -1. */
	readonly busy: Int32Array;
	/** Per slot: meetings in it (locked ones included). */
	readonly load: Int32Array;
	/** At s * T + i: the i-th meeting of slot s (i < load[s]); `pos` is each request's i. */
	readonly members: Int32Array;
	readonly pos: Int32Array;
	readonly locked: Uint8Array;
	/** Per participant: available slots without a meeting. */
	readonly free: Int32Array;
	weight = 0;
	count = 0;
	/** Previously placed requests that are not in their previous slot now (table moves come later). */
	moves = 0;
	private readonly journal: number[] = [];
	private journaling = false;

	constructor(readonly inst: Instance) {
		const { R, P, S, T } = inst;
		this.slot = new Int32Array(R).fill(UNPLACED);
		this.busy = new Int32Array(P * S).fill(-1);
		this.load = new Int32Array(S);
		this.members = new Int32Array(S * T);
		this.pos = new Int32Array(R);
		this.locked = new Uint8Array(R);
		this.free = new Int32Array(P);
		for (let p = 0; p < P; p++) for (let s = 0; s < S; s++) this.free[p]! += inst.avail[p * S + s]!;
		for (let r = 0; r < R; r++) if (inst.prevSlot[r] !== -1) this.moves++;
		for (let r = 0; r < R; r++) {
			if (inst.lockSlot[r] === -1) continue;
			this.place(r, inst.lockSlot[r]!);
			this.locked[r] = 1;
		}
	}

	/** Both sides free in slot s and a table left (availability is the caller's: s ∈ common[r]). */
	fits(r: number, s: number): boolean {
		const { S, T, startup, corporate } = this.inst;
		return (
			this.load[s]! < T && this.busy[startup[r]! * S + s] === -1 && this.busy[corporate[r]! * S + s] === -1
		);
	}

	place(r: number, s: number): void {
		const { S, T, startup, corporate, weight, prevSlot } = this.inst;
		if (this.journaling) this.journal.push(r, UNPLACED);
		this.slot[r] = s;
		this.busy[startup[r]! * S + s] = r;
		this.busy[corporate[r]! * S + s] = r;
		this.free[startup[r]!]!--;
		this.free[corporate[r]!]!--;
		const i = this.load[s]!++;
		this.members[s * T + i] = r;
		this.pos[r] = i;
		this.weight += weight[r]!;
		this.count++;
		if (prevSlot[r] === s) this.moves--;
	}

	unplace(r: number): void {
		const { S, T, startup, corporate, weight, prevSlot } = this.inst;
		const s = this.slot[r]!;
		if (this.journaling) this.journal.push(r, s);
		this.slot[r] = UNPLACED;
		this.busy[startup[r]! * S + s] = -1;
		this.busy[corporate[r]! * S + s] = -1;
		this.free[startup[r]!]!++;
		this.free[corporate[r]!]!++;
		const last = --this.load[s]!;
		const moved = this.members[s * T + last]!;
		this.members[s * T + this.pos[r]!] = moved;
		this.pos[moved] = this.pos[r]!;
		this.weight -= weight[r]!;
		this.count--;
		if (prevSlot[r] === s) this.moves++;
	}

	move(r: number, s: number): void {
		this.unplace(r);
		this.place(r, s);
	}

	/** Starts (or continues) recording changes; returns a mark to undo back to. */
	mark(): number {
		this.journaling = true;
		return this.journal.length;
	}

	/** Reverts every change made since `mark`. */
	undo(mark: number): void {
		const was = this.journaling;
		this.journaling = false;
		while (this.journal.length > mark) {
			const from = this.journal.pop()!;
			const r = this.journal.pop()!;
			if (this.slot[r] !== UNPLACED) this.unplace(r);
			if (from !== UNPLACED) this.place(r, from);
		}
		this.journaling = was;
	}

	/**
	 * Keeps the changes since `mark`. Only the outermost mark (0) drops the journal: an inner commit
	 * leaves its entries so that an enclosing attempt can still be undone as a whole.
	 */
	commit(mark: number): void {
		if (mark !== 0) return;
		this.journal.length = 0;
		this.journaling = false;
	}

	snapshot(): Int32Array {
		return this.slot.slice();
	}

	/** Goes back to a snapshot taken from this state (locked meetings never change). */
	restore(snap: Int32Array): void {
		const { R } = this.inst;
		for (let r = 0; r < R; r++) if (this.slot[r] !== snap[r] && this.slot[r] !== UNPLACED) this.unplace(r);
		for (let r = 0; r < R; r++) if (this.slot[r] !== snap[r]) this.place(r, snap[r]!);
	}

	/** Free available slots of participant p between their first and last meeting. */
	gapsOf(p: number): number {
		const { S, avail } = this.inst;
		let first = -1;
		let last = -1;
		let meetings = 0;
		let open = 0;
		for (let s = 0; s < S; s++) {
			if (this.busy[p * S + s] !== -1) {
				if (first === -1) first = s;
				last = s;
				meetings++;
			}
		}
		if (meetings < 2) return 0;
		for (let s = first; s <= last; s++) if (avail[p * S + s] && this.busy[p * S + s] === -1) open++;
		return open;
	}

	totalGaps(): number {
		let sum = 0;
		for (let p = 0; p < this.inst.P; p++) sum += this.gapsOf(p);
		return sum;
	}
}
