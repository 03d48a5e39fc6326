/**
 * The live floor's arithmetic (pure; `now` is passed in): which cells a no-show freed, which standby
 * requests could take one, and the manager's counters. Times are epoch milliseconds.
 */
import type { Interval } from '$lib/server/meetups/availability';
import { availableSlots, slotAt, type Slot } from './slots';

export interface OfferParticipant {
	organizationId: string;
	checkedIn: boolean;
	noShow: boolean;
	late: boolean;
	/** stated windows, or null: there all day */
	windows: Interval[] | null;
}

export interface OfferMeeting {
	id: string;
	startupId: string;
	corporateId: string;
	tableNumber: number | null;
	start: number;
	end: number;
	status: string;
	reason: string | null;
}

export interface OfferRequest {
	id: string;
	startupId: string;
	corporateId: string;
	priority: number;
	createdAt: number;
}

export interface FloorWorld {
	slots: readonly Slot[];
	participants: readonly OfferParticipant[];
	/** the event's meetings, every status */
	meetings: readonly OfferMeeting[];
	/** accepted requests without an active meeting */
	requests: readonly OfferRequest[];
	/** every active meetup of the participants that day, in or outside the event */
	busy: readonly { startupId: string; corporateId: string; start: number; end: number }[];
	now: number;
}

export interface FreedCell {
	slot: Slot;
	table: number;
	/** the side of the cancelled meeting that came and is now free in that slot */
	freedOrgIds: string[];
	candidates: OfferRequest[];
}

export interface FloorCounters {
	participants: number;
	checkedIn: number;
	late: number;
	noShow: number;
	meetingsDone: number;
	meetingsInProgress: number;
	meetingsUpcoming: number;
	cancelledNoShow: number;
	openStandby: number;
}

/** How many candidates a cell lists: enough to choose, few enough to read on a phone. */
export const CANDIDATES_PER_CELL = 5;

const isActive = (status: string) => status === 'proposed' || status === 'confirmed';
const isNoShowCancel = (m: OfferMeeting) =>
	(m.status === 'cancelled' && m.reason === 'no_show') || m.status === 'no_show';

/**
 * Cells (slot × table) freed by a no-show, in slots that have not started, whose table nobody has taken
 * since, each with the standby requests that fit it, best first.
 */
export function freedCells(world: FloorWorld): FreedCell[] {
	const byOrg = new Map(world.participants.map((p) => [p.organizationId, p]));
	const cells = new Map<string, FreedCell>();
	for (const m of world.meetings) {
		if (m.status !== 'cancelled' || m.reason !== 'no_show' || m.tableNumber === null) continue;
		if (m.start <= world.now) continue;
		const slot = slotAt(world.slots, m.start);
		if (!slot) continue;
		const table = m.tableNumber;
		const taken = world.meetings.some(
			(o) => isActive(o.status) && o.tableNumber === table && o.start < slot.end && slot.start < o.end
		);
		if (taken) continue;
		const key = `${slot.index}:${table}`;
		const cell = cells.get(key) ?? { slot, table, freedOrgIds: [], candidates: [] };
		for (const orgId of [m.startupId, m.corporateId]) {
			const p = byOrg.get(orgId);
			if (p && !p.noShow && !cell.freedOrgIds.includes(orgId)) cell.freedOrgIds.push(orgId);
		}
		cells.set(key, cell);
	}
	const list = [...cells.values()].sort((a, b) => a.slot.index - b.slot.index || a.table - b.table);
	for (const cell of list) cell.candidates = standbyCandidates(world, cell.slot, cell.freedOrgIds);
	return list;
}

/**
 * Standby requests that fit a slot: both sides checked in and not marked no-show, both there then
 * (their stated windows) and free (no active meetup overlapping it). Ranked by priority, then those
 * involving someone the no-show left idle, then pairs with fewer meetings today, then the oldest.
 */
export function standbyCandidates(world: FloorWorld, slot: Slot, freedOrgIds: readonly string[] = []) {
	const byOrg = new Map(world.participants.map((p) => [p.organizationId, p]));
	const busyOf = (orgId: string) =>
		world.busy.filter((b) => b.startupId === orgId || b.corporateId === orgId);
	const fits = (orgId: string) => {
		const p = byOrg.get(orgId);
		if (!p || !p.checkedIn || p.noShow) return false;
		return availableSlots([slot], p.windows, busyOf(orgId)).length === 1;
	};
	const load = (orgId: string) =>
		world.meetings.filter(
			(m) =>
				m.status !== 'cancelled' &&
				m.status !== 'declined' &&
				(m.startupId === orgId || m.corporateId === orgId)
		).length;
	const freed = (r: OfferRequest) =>
		freedOrgIds.includes(r.startupId) || freedOrgIds.includes(r.corporateId) ? 1 : 0;
	return world.requests
		.filter((r) => fits(r.startupId) && fits(r.corporateId))
		.sort(
			(a, b) =>
				b.priority - a.priority ||
				freed(b) - freed(a) ||
				load(a.startupId) + load(a.corporateId) - (load(b.startupId) + load(b.corporateId)) ||
				a.createdAt - b.createdAt
		)
		.slice(0, CANDIDATES_PER_CELL);
}

/** The manager's counters; a confirmed meeting that has ended counts as done until marked otherwise. */
export function floorCountersOf(
	world: FloorWorld,
	cells: readonly FreedCell[] = freedCells(world)
): FloorCounters {
	const counters: FloorCounters = {
		participants: world.participants.length,
		checkedIn: world.participants.filter((p) => p.checkedIn).length,
		late: world.participants.filter((p) => p.late).length,
		noShow: world.participants.filter((p) => p.noShow).length,
		meetingsDone: 0,
		meetingsInProgress: 0,
		meetingsUpcoming: 0,
		cancelledNoShow: 0,
		openStandby: cells.filter((c) => c.candidates.length > 0).length
	};
	for (const m of world.meetings) {
		if (isNoShowCancel(m)) counters.cancelledNoShow++;
		else if (m.status === 'done' || (m.status === 'confirmed' && m.end <= world.now)) counters.meetingsDone++;
		else if (m.status === 'confirmed' && m.start <= world.now) counters.meetingsInProgress++;
		else if (m.status === 'confirmed') counters.meetingsUpcoming++;
	}
	return counters;
}
