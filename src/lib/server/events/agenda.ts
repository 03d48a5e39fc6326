/**
 * A participant's personal agenda for a matchmaking day: their meetings with table, time and the
 * organization they meet, as JSON for the live agenda page and as an iCalendar file. Participants see
 * it only once the schedule is published; the event's managers may read any participant's.
 */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import { m } from '$lib/paraglide/messages';
import { forbidden } from '$lib/server/errors';
import type { Viewer } from '$lib/server/catalog/viewer';
import { ACTIVE_STATUSES } from '$lib/server/meetups/schema';
import { writeCalendar } from '$lib/server/meetups/ics';
import { eventFor, eventGrid, type EventRow } from './access';
import { eventSlots, slotAt } from './slots';

export interface AgendaMeeting {
	id: string;
	startsAt: string;
	endsAt: string;
	slot: number;
	table: number;
	location: string | null;
	priority: number;
	sequence: number;
	counterpart: { id: string; name: string; nameEn: string | null; side: 'startup' | 'corporate' };
}

export interface AgendaOrganization {
	id: string;
	name: string;
	nameEn: string | null;
	meetings: AgendaMeeting[];
}

export interface Agenda {
	event: {
		id: string;
		title: string;
		venue: string;
		timezone: string;
		startsAt: string;
		endsAt: string;
		version: number;
		publishedAt: string | null;
	};
	/** false before publication: participants then see no meetings yet */
	published: boolean;
	organizations: AgendaOrganization[];
}

/** The meetings of some participating organizations, by organization, earliest first. */
export async function agendaMeetings(
	db: Database,
	event: EventRow,
	organizationIds: readonly string[]
): Promise<AgendaOrganization[]> {
	if (organizationIds.length === 0) return [];
	const slots = eventSlots(eventGrid(event));
	const [orgs, rows] = await Promise.all([
		db
			.selectFrom('organizations')
			.select(['id', 'name', 'nameEn'])
			.where('id', 'in', [...organizationIds])
			.orderBy('name')
			.execute(),
		db
			.selectFrom('meetups')
			.innerJoin('organizations as s', 's.id', 'meetups.startupId')
			.innerJoin('organizations as c', 'c.id', 'meetups.corporateId')
			.leftJoin('meetingRequests as r', 'r.id', 'meetups.requestId')
			.select([
				'meetups.id',
				'meetups.startupId',
				'meetups.corporateId',
				's.name as startupName',
				's.nameEn as startupNameEn',
				'c.name as corporateName',
				'c.nameEn as corporateNameEn',
				sql<Date>`lower(meetups.period)`.as('start'),
				sql<Date>`upper(meetups.period)`.as('end'),
				'meetups.tableNumber',
				'meetups.location',
				'meetups.sequence',
				'r.priority'
			])
			.where('meetups.eventId', '=', event.id)
			.where('meetups.status', 'in', [...ACTIVE_STATUSES])
			.where((eb) =>
				eb.or([
					eb('meetups.startupId', 'in', [...organizationIds]),
					eb('meetups.corporateId', 'in', [...organizationIds])
				])
			)
			.orderBy(sql`lower(meetups.period)`)
			.orderBy('meetups.tableNumber')
			.execute()
	]);
	return orgs.map((org) => ({
		...org,
		meetings: rows
			.filter((r) => r.startupId === org.id || r.corporateId === org.id)
			.map((r) => {
				const isStartup = r.startupId === org.id;
				return {
					id: r.id,
					startsAt: r.start.toISOString(),
					endsAt: r.end.toISOString(),
					slot: slotAt(slots, r.start.getTime())?.index ?? -1,
					table: r.tableNumber ?? 0,
					location: r.location,
					priority: r.priority ?? 2,
					sequence: r.sequence,
					counterpart: isStartup
						? {
								id: r.corporateId,
								name: r.corporateName,
								nameEn: r.corporateNameEn,
								side: 'corporate' as const
							}
						: { id: r.startupId, name: r.startupName, nameEn: r.startupNameEn, side: 'startup' as const }
				};
			})
	}));
}

/**
 * The viewer's agenda: their participating organizations' meetings (or, for a manager, the one
 * `organizationId` names). Before publication a participant gets `published: false` and no meetings.
 */
export async function getAgenda(
	db: Database,
	viewer: Viewer,
	eventId: string,
	options: { organizationId?: string } = {}
): Promise<Agenda> {
	const { event, manages, ownParticipantIds } = await eventFor(db, viewer, eventId);
	let orgIds = ownParticipantIds;
	if (options.organizationId) {
		if (!manages && !ownParticipantIds.includes(options.organizationId)) throw forbidden();
		orgIds = [options.organizationId];
	}
	const published = event.publishedAt !== null;
	const organizations = await agendaMeetings(db, event, orgIds);
	return {
		event: {
			id: event.id,
			title: event.title,
			venue: event.venue,
			timezone: event.timeZone,
			startsAt: event.start.toISOString(),
			endsAt: event.end.toISOString(),
			version: event.scheduleVersion,
			publishedAt: event.publishedAt?.toISOString() ?? null
		},
		published,
		organizations: published || manages ? organizations : organizations.map((o) => ({ ...o, meetings: [] }))
	};
}

/**
 * The agenda as an iCalendar file. Each meeting keeps the UID and SEQUENCE of its meetup's own .ics,
 * so a calendar that imported both holds one entry that follows every move.
 */
export function agendaIcs(agenda: Agenda, locale: 'ko' | 'en', now = new Date()): string {
	const o = { locale };
	const name = (org: { name: string; nameEn: string | null }) => (locale === 'en' && org.nameEn) || org.name;
	return writeCalendar({
		method: 'PUBLISH',
		name: m.ics_agenda_name({ title: agenda.event.title }, o),
		language: locale,
		generatedAt: now,
		events: agenda.organizations.flatMap((org) =>
			org.meetings.map((mt) => {
				const [startup, corporate] =
					mt.counterpart.side === 'startup'
						? [name(mt.counterpart), name(org)]
						: [name(org), name(mt.counterpart)];
				return {
					uid: `${mt.id}@innomatch`,
					sequence: mt.sequence,
					status: 'CONFIRMED' as const,
					start: new Date(mt.startsAt),
					end: new Date(mt.endsAt),
					summary: m.ics_meetup_summary({ startup, corporate }, o),
					location: mt.location ?? undefined
				};
			})
		)
	});
}
