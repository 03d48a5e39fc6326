/** fast-check arbitraries and brute-force references for the auto-scheduler's tests. */
import fc from 'fast-check';
import type {
	Placement,
	ScheduleInput,
	ScheduleParticipant,
	ScheduleRequest
} from '../../src/lib/server/events/scheduler/schedule-types';

export interface Shape {
	maxSlots: number;
	maxTables: number;
	maxStartups: number;
	maxCorporates: number;
	maxRequests: number;
	/** Everyone available in every slot and nothing locked. */
	uniform?: boolean;
	/** Try to lock up to this many meetings (only valid ones are kept). */
	maxLocks?: number;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Random events: availability, requests (repeated pairs allowed), weights 1–3, valid locks. */
export function instanceArb(shape: Shape): fc.Arbitrary<ScheduleInput> {
	return fc
		.record({
			slots: fc.integer({ min: 1, max: shape.maxSlots }),
			tables: fc.integer({ min: 1, max: shape.maxTables }),
			startups: fc.integer({ min: 1, max: shape.maxStartups }),
			corporates: fc.integer({ min: 1, max: shape.maxCorporates })
		})
		.chain(({ slots, tables, startups, corporates }) =>
			fc.record({
				slots: fc.constant(slots),
				tables: fc.constant(tables),
				startups: fc.constant(startups),
				availability: fc.array(shape.uniform ? fc.constant(range(slots)) : fc.subarray(range(slots)), {
					minLength: startups + corporates,
					maxLength: startups + corporates
				}),
				requests: fc.array(
					fc.record({
						a: fc.nat(startups - 1),
						b: fc.nat(corporates - 1),
						weight: fc.integer({ min: 1, max: 3 }),
						flip: fc.boolean()
					}),
					{ maxLength: shape.maxRequests }
				),
				locks: fc.array(fc.record({ r: fc.nat(), s: fc.nat(), t: fc.nat() }), {
					maxLength: shape.uniform ? 0 : (shape.maxLocks ?? 0)
				})
			})
		)
		.map(({ slots, tables, startups, availability, requests, locks }) => {
			const participants: ScheduleParticipant[] = availability.map((available, i) =>
				i < startups
					? { id: `s${i}`, side: 'startup', available }
					: { id: `c${i - startups}`, side: 'corporate', available }
			);
			const reqs: ScheduleRequest[] = requests.map((r, i) => {
				const [a, b] = r.flip ? [`c${r.b}`, `s${r.a}`] : [`s${r.a}`, `c${r.b}`];
				return { id: `r${i}`, a, b, weight: r.weight };
			});
			const input: ScheduleInput = { slotCount: slots, tableCount: tables, participants, requests: reqs };
			return { ...input, locked: validLocks(input, locks) };
		});
}

/** Turns random picks into locked placements that break no rule (picks that would are dropped). */
function validLocks(input: ScheduleInput, picks: { r: number; s: number; t: number }[]): Placement[] {
	const out: Placement[] = [];
	if (input.requests.length === 0) return out;
	const avail = new Map(input.participants.map((p) => [p.id, new Set(p.available)]));
	const busy = new Set<string>();
	for (const pick of picks) {
		const r = input.requests[pick.r % input.requests.length]!;
		const shared = [...avail.get(r.a)!].filter((s) => avail.get(r.b)!.has(s)).sort((x, y) => x - y);
		if (shared.length === 0 || out.some((l) => l.requestId === r.id)) continue;
		const slot = shared[pick.s % shared.length]!;
		const table = pick.t % input.tableCount;
		const keys = [`${r.a}@${slot}`, `${r.b}@${slot}`, `t${table}@${slot}`];
		if (keys.some((k) => busy.has(k))) continue;
		keys.forEach((k) => busy.add(k));
		out.push({ requestId: r.id, slot, table });
	}
	return out;
}

export interface Optimum {
	weight: number;
	count: number;
}

/**
 * The true optima by exhaustive search over slot assignments (tables are interchangeable, so a slot
 * may hold as many meetings as tables): the best weight, and separately the most meetings.
 */
export function bruteForce(input: ScheduleInput): Optimum {
	const S = input.slotCount;
	const avail = new Map(input.participants.map((p) => [p.id, new Set(p.available)]));
	const locked = new Map((input.locked ?? []).map((l) => [l.requestId, l.slot]));
	const busy = new Set<string>();
	const load = new Array<number>(S).fill(0);
	let base = { weight: 0, count: 0 };
	const free: ScheduleRequest[] = [];
	for (const r of input.requests) {
		const s = locked.get(r.id);
		if (s === undefined) {
			free.push(r);
			continue;
		}
		busy.add(`${r.a}@${s}`).add(`${r.b}@${s}`);
		load[s]!++;
		base = { weight: base.weight + r.weight, count: base.count + 1 };
	}
	const best = { ...base };
	const go = (i: number, weight: number, count: number) => {
		best.weight = Math.max(best.weight, weight);
		best.count = Math.max(best.count, count);
		if (i === free.length) return;
		const r = free[i]!;
		for (let s = 0; s < S; s++) {
			const ka = `${r.a}@${s}`;
			const kb = `${r.b}@${s}`;
			if (!avail.get(r.a)!.has(s) || !avail.get(r.b)!.has(s)) continue;
			if (busy.has(ka) || busy.has(kb) || load[s]! >= input.tableCount) continue;
			busy.add(ka).add(kb);
			load[s]!++;
			go(i + 1, weight + r.weight, count + 1);
			busy.delete(ka);
			busy.delete(kb);
			load[s]!--;
		}
		go(i + 1, weight, count);
	};
	go(0, base.weight, base.count);
	return best;
}

/**
 * For uniform availability: the best weight of a request subset with at most `slotCount` meetings
 * per participant and at most slotCount × tableCount in all, by trying every subset.
 */
export function bruteForceBMatching(input: ScheduleInput): number {
	const { requests, slotCount: S, tableCount: T } = input;
	let best = 0;
	for (let mask = 0; mask < 1 << requests.length; mask++) {
		const degree = new Map<string, number>();
		let weight = 0;
		let count = 0;
		let ok = true;
		for (let i = 0; i < requests.length && ok; i++) {
			if (!(mask & (1 << i))) continue;
			const r = requests[i]!;
			for (const p of [r.a, r.b]) {
				const d = (degree.get(p) ?? 0) + 1;
				degree.set(p, d);
				if (d > S) ok = false;
			}
			weight += r.weight;
			count++;
		}
		if (ok && count <= S * T) best = Math.max(best, weight);
	}
	return best;
}
