/**
 * What the live floor shows: the world the offers are computed from, the manager's counters and
 * standby offers, the participant list, and a participant's own QR code.
 */
import QRCode from 'qrcode';
import type { Database } from '$lib/server/db';
import type { Viewer } from '$lib/server/catalog/viewer';
import { eventFor, eventForManager, eventGrid, toIntervals, type EventRow } from './access';
import {
	listBusyMeetups,
	listEventMeetings,
	listFloorParticipants,
	listUnmetRequests,
	type FloorParticipant
} from './floor-queries';
import { floorCountersOf, freedCells, type FloorCounters, type FloorWorld } from './floor-offers';
import { eventSlots } from './slots';

export interface OrgRef {
	id: string;
	name: string;
	nameEn: string | null;
}

export interface StandbyOffer {
	slot: number;
	startsAt: string;
	endsAt: string;
	table: number;
	/** who the no-show left idle in that slot */
	freedOrganizationIds: string[];
	candidates: { requestId: string; priority: number; startup: OrgRef; corporate: OrgRef }[];
}

export interface FloorParticipantView {
	organization: OrgRef;
	side: 'startup' | 'corporate';
	checkedInAt: string | null;
	floorStatus: 'late' | 'no_show' | null;
	/** confirmed meetings still to come or in progress */
	remainingMeetings: number;
}

/** Everything the offers and counters are computed from, read at once. */
export async function loadFloorWorld(db: Database, event: EventRow, now: Date) {
	const [participants, meetings, requests] = await Promise.all([
		listFloorParticipants(db, event.id),
		listEventMeetings(db, event.id),
		listUnmetRequests(db, event.id)
	]);
	const busy = await listBusyMeetups(
		db,
		participants.map((p) => p.organizationId),
		{ start: event.start, end: event.end }
	);
	const world: FloorWorld = {
		slots: eventSlots(eventGrid(event)),
		participants: participants.map((p) => ({
			organizationId: p.organizationId,
			checkedIn: p.checkedInAt !== null,
			noShow: p.floorStatus === 'no_show',
			late: p.floorStatus === 'late',
			windows: p.availability ? toIntervals(p.availability) : null
		})),
		meetings: meetings.map((m) => ({ ...m, start: m.startsAt.getTime(), end: m.endsAt.getTime() })),
		requests: requests.map((r) => ({ ...r, createdAt: r.createdAt.getTime() })),
		busy: busy.map((b) => ({ ...b, start: b.start.getTime(), end: b.end.getTime() })),
		now: now.getTime()
	};
	return { world, participants, meetings };
}

const refOf = (p: FloorParticipant | undefined, id: string): OrgRef => ({
	id,
	name: p?.name ?? '',
	nameEn: p?.nameEn ?? null
});

/** Counters and offers from one read, for the floor page, the API and the live event. */
export async function floorState(
	db: Database,
	event: EventRow,
	now: Date
): Promise<{ counters: FloorCounters; offers: StandbyOffer[]; participants: FloorParticipantView[] }> {
	const { world, participants, meetings } = await loadFloorWorld(db, event, now);
	const cells = freedCells(world);
	const byOrg = new Map(participants.map((p) => [p.organizationId, p]));
	const offers = cells.map((c) => ({
		slot: c.slot.index,
		startsAt: new Date(c.slot.start).toISOString(),
		endsAt: new Date(c.slot.end).toISOString(),
		table: c.table,
		freedOrganizationIds: c.freedOrgIds,
		candidates: c.candidates.map((r) => ({
			requestId: r.id,
			priority: r.priority,
			startup: refOf(byOrg.get(r.startupId), r.startupId),
			corporate: refOf(byOrg.get(r.corporateId), r.corporateId)
		}))
	}));
	const remaining = (orgId: string) =>
		meetings.filter(
			(m) => m.status === 'confirmed' && m.endsAt > now && (m.startupId === orgId || m.corporateId === orgId)
		).length;
	return {
		counters: floorCountersOf(world, cells),
		offers,
		participants: participants.map((p) => ({
			organization: refOf(p, p.organizationId),
			side: p.side,
			checkedInAt: p.checkedInAt?.toISOString() ?? null,
			floorStatus: p.floorStatus,
			remainingMeetings: remaining(p.organizationId)
		}))
	};
}

/** The manager's counters: checked in of expected, meetings by state, late, no-shows, open offers. */
export async function floorCounters(db: Database, viewer: Viewer, eventId: string, now: Date) {
	const event = await eventForManager(db, viewer, eventId);
	return (await floorState(db, event, now)).counters;
}

/** The cells no-shows freed and the standby requests that could take each, best first (managers only). */
export async function standbyOffers(db: Database, viewer: Viewer, eventId: string, now: Date) {
	const event = await eventForManager(db, viewer, eventId);
	return (await floorState(db, event, now)).offers;
}

export interface ParticipantQr {
	organization: OrgRef;
	code: string;
	/** absolute when an origin was given, else the path */
	url: string;
	svg: string;
}

/**
 * The viewer's own QR codes for the day (one per organization of theirs taking part). The code only
 * lets the event's managers check the participant in, so showing it to its members is safe.
 */
export async function participantQr(
	db: Database,
	viewer: Viewer,
	eventId: string,
	origin = ''
): Promise<ParticipantQr[]> {
	const access = await eventFor(db, viewer, eventId);
	if (access.ownParticipantIds.length === 0) return [];
	const own = (await listFloorParticipants(db, eventId)).filter((p) =>
		access.ownParticipantIds.includes(p.organizationId)
	);
	return Promise.all(
		own.map(async (p) => {
			const url = `${origin}/events/${eventId}/checkin/${p.checkinCode}`;
			// Margin 1 and level M: scannable from a printed badge or a phone screen at arm's length.
			const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
			return { organization: refOf(p, p.organizationId), code: p.checkinCode, url, svg };
		})
	);
}
