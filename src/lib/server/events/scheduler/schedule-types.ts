/**
 * The auto-scheduler's contract (DESIGN.md "The scheduler"). Pure data: the caller maps slot
 * indices to times and table indices to the numbers shown on the floor (index 0 is shown as "1").
 *
 * Units: a slot is one meeting length; slots are indices 0..slotCount-1 in time order, and idle gaps
 * are counted on those indices (so a break the caller leaves out of the slot list is not a gap).
 * Tables are indices 0..tableCount-1, all alike: any meeting can take any free table.
 */

/** Every meeting pairs one startup with one corporate. */
export type Side = 'startup' | 'corporate';

export interface ScheduleParticipant {
	id: string;
	side: Side;
	/** Slot indices the participant can meet in; order and duplicates do not matter. */
	available: readonly number[];
}

export interface ScheduleRequest {
	id: string;
	/** Participant ids, one startup and one corporate, in either order. */
	a: string;
	b: string;
	/** Priority 1 (nice to have) to 3 (must meet): a weight-3 meeting is worth three weight-1 ones. */
	weight: number;
}

/** A meeting's place: slot index and table index (0-based). */
export interface Placement {
	requestId: string;
	slot: number;
	table: number;
}

export interface ScheduleInput {
	slotCount: number;
	tableCount: number;
	participants: readonly ScheduleParticipant[];
	requests: readonly ScheduleRequest[];
	/** Meetings a manager pinned: kept exactly here, and they must themselves be valid. */
	locked?: readonly Placement[];
	/** The last published or saved schedule: a re-run moves as few of these as it can. */
	previous?: readonly Placement[];
}

export interface ScheduleOptions {
	/**
	 * Local-search attempts after the greedy start (each tries to fit one unplaced request by moving
	 * others). Default: a budget that scales with the instance and stays well under 2 s for 4,000
	 * requests. The search also stops early once it stops finding anything.
	 */
	maxIterations?: number;
	/** Wall-clock budget in ms, measured only through `now` (ignored without it): no clock is read here. */
	timeBudgetMs?: number;
	/** A monotonic clock in ms supplied by the caller (e.g. `performance.now`). */
	now?: () => number;
	/** Called with unitless, non-decreasing `done` out of `total`; the last call has done === total. */
	onProgress?: (done: number, total: number) => void;
	/** Seed of the search's PRNG: the same input and seed give the same schedule. */
	seed?: number;
}

/**
 * Why a request has no place:
 * - `no_common_slot`: the two sides share no slot they are both available in (or only slots pinned
 *   by locked meetings);
 * - `participant_full`: every available slot of one side (`participantId`) already holds a meeting;
 * - `no_table`: in every shared slot both sides are free but every table is taken;
 * - `conflict`: each shared slot is blocked, by one side's meeting or by a full room, and moving
 *   meetings around found no room worth more than what it would displace.
 */
export type UnplacedReason = 'no_common_slot' | 'participant_full' | 'no_table' | 'conflict';

export interface UnplacedRequest {
	requestId: string;
	reason: UnplacedReason;
	/** For `participant_full`: the participant whose slots are all used. */
	participantId?: string;
}

export interface ScheduleResult {
	/** Sorted by slot, then table. */
	placements: Placement[];
	unplaced: UnplacedRequest[];
	/** Meetings placed, locked ones included. */
	placed: number;
	requested: number;
	placedWeight: number;
	requestedWeight: number;
	/**
	 * At least as many as any valid schedule can place (a relaxation's optimum, see upper-bound.ts),
	 * so "placed of at most upperBound" is an honest statement.
	 */
	upperBound: number;
	/** Previous placements (of requests still requested) now at another slot or table, or dropped. */
	moved: number;
	/** Per participant, free available slots between their first and last meeting; summed. */
	idleGaps: number;
	/** 'exact-uniform': the placed weight is provably the maximum; 'heuristic': it is not proven. */
	method: 'exact-uniform' | 'heuristic';
}

/** One broken rule, in an input or in a schedule. */
export interface Violation {
	code:
		| 'invalid_size'
		| 'duplicate_participant'
		| 'invalid_slot'
		| 'duplicate_request'
		| 'unknown_participant'
		| 'same_side'
		| 'invalid_weight'
		| 'unknown_request'
		| 'placed_twice'
		| 'invalid_table'
		| 'not_available'
		| 'double_booked'
		| 'table_taken'
		| 'lock_moved';
	message: string;
	requestId?: string;
	participantId?: string;
	slot?: number;
	table?: number;
}

/** Thrown by `scheduleEvent` when the input itself breaks a rule (e.g. two locked meetings clash). */
export class ScheduleInputError extends Error {
	override name = 'ScheduleInputError';
	constructor(readonly violations: Violation[]) {
		super(violations.map((v) => v.message).join('; '));
	}
}
