/**
 * The input turned into dense integer arrays, which every algorithm here works on: participants and
 * requests become indices, availability a participant × slot matrix. Built once per run.
 */
import type { ScheduleInput } from './schedule-types';

const NONE = -1;
/** A previous placement that cannot be kept as it is (its slot or table no longer exists). */
export const GONE = -2;

export interface Instance {
	/** Slots, tables, participants, requests. */
	S: number;
	T: number;
	P: number;
	R: number;
	participantIds: string[];
	requestIds: string[];
	/** 1 where participant p is available in slot s, at p * S + s. */
	avail: Uint8Array;
	/** Per request: the startup's and the corporate's participant index. */
	startup: Int32Array;
	corporate: Int32Array;
	weight: Int32Array;
	/** Per request: the slots both sides are available in, ascending. */
	common: Int32Array[];
	/** Per participant: its requests. */
	requestsOf: Int32Array[];
	/** Per request: the locked slot and table, or -1. */
	lockSlot: Int32Array;
	lockTable: Int32Array;
	/** Per request: the previous slot and table, -1 when it had none, GONE when out of range. */
	prevSlot: Int32Array;
	prevTable: Int32Array;
	/** Everyone available in every slot and nothing locked: the exactly solvable case. */
	uniform: boolean;
}

/** Indexes a checked input (see `checkInput`); unknown ids in `previous` are ignored. */
export function buildInstance(input: ScheduleInput): Instance {
	const S = input.slotCount;
	const T = input.tableCount;
	const P = input.participants.length;
	const R = input.requests.length;
	const participantIds = input.participants.map((p) => p.id);
	const requestIds = input.requests.map((r) => r.id);
	const pIndex = new Map(participantIds.map((id, i) => [id, i]));
	const rIndex = new Map(requestIds.map((id, i) => [id, i]));

	const avail = new Uint8Array(P * S);
	input.participants.forEach((p, i) => {
		for (const s of p.available) avail[i * S + s] = 1;
	});

	const startup = new Int32Array(R);
	const corporate = new Int32Array(R);
	const weight = new Int32Array(R);
	const common: Int32Array[] = [];
	const degree = new Int32Array(P);
	input.requests.forEach((r, i) => {
		let a = pIndex.get(r.a)!;
		let b = pIndex.get(r.b)!;
		if (input.participants[a]!.side === 'corporate') [a, b] = [b, a];
		startup[i] = a;
		corporate[i] = b;
		weight[i] = r.weight;
		degree[a]!++;
		degree[b]!++;
		const slots: number[] = [];
		for (let s = 0; s < S; s++) if (avail[a * S + s] && avail[b * S + s]) slots.push(s);
		common.push(Int32Array.from(slots));
	});
	// Uniform when nothing is locked and everyone with a request can meet in every slot.
	let uniform = (input.locked ?? []).length === 0;
	for (let p = 0; p < P && uniform; p++) {
		if (degree[p] === 0) continue;
		for (let s = 0; s < S; s++) if (!avail[p * S + s]) uniform = false;
	}
	const requestsOf = Array.from({ length: P }, (_, p) => new Int32Array(degree[p]!));
	const fill = new Int32Array(P);
	for (let r = 0; r < R; r++) {
		for (const p of [startup[r]!, corporate[r]!]) requestsOf[p]![fill[p]!++] = r;
	}

	const lockSlot = new Int32Array(R).fill(NONE);
	const lockTable = new Int32Array(R).fill(NONE);
	for (const l of input.locked ?? []) {
		const r = rIndex.get(l.requestId)!;
		lockSlot[r] = l.slot;
		lockTable[r] = l.table;
	}
	const prevSlot = new Int32Array(R).fill(NONE);
	const prevTable = new Int32Array(R).fill(NONE);
	for (const p of input.previous ?? []) {
		const r = rIndex.get(p.requestId);
		if (r === undefined || prevSlot[r] !== NONE) continue;
		const valid =
			Number.isInteger(p.slot) && p.slot >= 0 && p.slot < S && Number.isInteger(p.table) && p.table >= 0;
		prevSlot[r] = valid ? p.slot : GONE;
		prevTable[r] = valid && p.table < T ? p.table : GONE;
	}

	return {
		S,
		T,
		P,
		R,
		participantIds,
		requestIds,
		avail,
		startup,
		corporate,
		weight,
		common,
		requestsOf,
		lockSlot,
		lockTable,
		prevSlot,
		prevTable,
		uniform
	};
}
