/**
 * The scheduler's rules as a checker, independent of how a schedule was made: used by the tests on
 * every result, and by the server before it accepts a meeting a manager moved by hand.
 */
import type {
	Placement,
	ScheduleInput,
	ScheduleParticipant,
	ScheduleRequest,
	Violation
} from './schedule-types';

const MAX_WEIGHT = 100;

const isIndex = (n: number, size: number) => Number.isInteger(n) && n >= 0 && n < size;

/** Problems with the input itself: sizes, ids, sides, weights, and locked meetings that break a rule. */
export function checkInput(input: ScheduleInput): Violation[] {
	const out: Violation[] = [];
	const { slotCount, tableCount } = input;
	if (!Number.isInteger(slotCount) || slotCount < 0 || !Number.isInteger(tableCount) || tableCount < 0) {
		out.push({ code: 'invalid_size', message: 'slotCount and tableCount must be whole numbers ≥ 0' });
		return out;
	}
	const participants = new Map<string, ScheduleParticipant>();
	for (const p of input.participants) {
		if (participants.has(p.id)) {
			out.push({ code: 'duplicate_participant', participantId: p.id, message: `participant ${p.id} twice` });
		}
		participants.set(p.id, p);
		for (const s of p.available) {
			if (!isIndex(s, slotCount)) {
				out.push({
					code: 'invalid_slot',
					participantId: p.id,
					slot: s,
					message: `participant ${p.id}: no slot ${s}`
				});
			}
		}
	}
	const requestIds = new Set<string>();
	for (const r of input.requests) {
		if (requestIds.has(r.id)) {
			out.push({ code: 'duplicate_request', requestId: r.id, message: `request ${r.id} twice` });
		}
		requestIds.add(r.id);
		const a = participants.get(r.a);
		const b = participants.get(r.b);
		if (!a || !b) {
			const missing = a ? r.b : r.a;
			out.push({
				code: 'unknown_participant',
				requestId: r.id,
				participantId: missing,
				message: `request ${r.id}: unknown participant ${missing}`
			});
		} else if (a.side === b.side) {
			out.push({ code: 'same_side', requestId: r.id, message: `request ${r.id}: both sides are ${a.side}s` });
		}
		if (!Number.isInteger(r.weight) || r.weight < 1 || r.weight > MAX_WEIGHT) {
			out.push({ code: 'invalid_weight', requestId: r.id, message: `request ${r.id}: weight ${r.weight}` });
		}
	}
	if (out.length > 0) return out;
	return checkPlacements(input, input.locked ?? []);
}

/**
 * Every rule a schedule must keep: known requests placed at most once, slots and tables in range,
 * both sides available, nobody in two meetings in one slot, no table used twice in one slot, and
 * every locked meeting exactly where it was locked. Empty when the schedule is valid.
 */
export function validateSchedule(
	input: ScheduleInput,
	schedule: { placements: readonly Placement[] }
): Violation[] {
	const out = checkPlacements(input, schedule.placements);
	const at = new Map<string, Placement>();
	for (const p of schedule.placements) if (!at.has(p.requestId)) at.set(p.requestId, p);
	for (const lock of input.locked ?? []) {
		const now = at.get(lock.requestId);
		if (!now || now.slot !== lock.slot || now.table !== lock.table) {
			out.push({
				code: 'lock_moved',
				requestId: lock.requestId,
				slot: lock.slot,
				table: lock.table,
				message: `locked meeting ${lock.requestId} is not at slot ${lock.slot}, table ${lock.table}`
			});
		}
	}
	return out;
}

function checkPlacements(input: ScheduleInput, placements: readonly Placement[]): Violation[] {
	const out: Violation[] = [];
	const { slotCount, tableCount } = input;
	const requests = new Map<string, ScheduleRequest>(input.requests.map((r) => [r.id, r]));
	const available = new Map(input.participants.map((p) => [p.id, new Set(p.available)]));
	const seen = new Set<string>();
	const seat = new Map<string, string>(); // `${participant}@${slot}` → request id
	const table = new Map<string, string>(); // `${slot}:${table}` → request id
	for (const p of placements) {
		const r = requests.get(p.requestId);
		const where = { requestId: p.requestId, slot: p.slot, table: p.table };
		if (!r) {
			out.push({ code: 'unknown_request', ...where, message: `no request ${p.requestId}` });
			continue;
		}
		if (seen.has(r.id)) {
			out.push({ code: 'placed_twice', ...where, message: `request ${r.id} placed twice` });
			continue;
		}
		seen.add(r.id);
		if (!isIndex(p.slot, slotCount)) {
			out.push({ code: 'invalid_slot', ...where, message: `request ${r.id}: no slot ${p.slot}` });
			continue;
		}
		if (!isIndex(p.table, tableCount)) {
			out.push({ code: 'invalid_table', ...where, message: `request ${r.id}: no table ${p.table}` });
			continue;
		}
		for (const who of [r.a, r.b]) {
			if (!available.get(who)?.has(p.slot)) {
				out.push({
					code: 'not_available',
					...where,
					participantId: who,
					message: `${who} is not available in slot ${p.slot}`
				});
			}
			const key = `${who}@${p.slot}`;
			const other = seat.get(key);
			if (other !== undefined) {
				out.push({
					code: 'double_booked',
					...where,
					participantId: who,
					message: `${who} has ${other} and ${r.id} in slot ${p.slot}`
				});
			} else seat.set(key, r.id);
		}
		const key = `${p.slot}:${p.table}`;
		const other = table.get(key);
		if (other !== undefined) {
			out.push({
				code: 'table_taken',
				...where,
				message: `table ${p.table} in slot ${p.slot} holds ${other} and ${r.id}`
			});
		} else table.set(key, r.id);
	}
	return out;
}
