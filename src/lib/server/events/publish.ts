/**
 * Publishing a matchmaking day's schedule (managers): from then on participants see their meetings.
 * Every member of every participating organization gets a notification and a mail with their
 * organization's agenda; sockets in the event's room and the organizations' rooms hear
 * `schedule:published`. Publishing again (after changes) sends the current agenda again.
 */
import type { Database } from '$lib/server/db';
import type { SchedulePublishedPayload } from '$lib/realtime/events';
import { m } from '$lib/paraglide/messages';
import { formatMeetupTime } from '$lib/meetup-time';
import type { Viewer } from '$lib/server/catalog/viewer';
import { deliverMail, queueMail, type QueuedMail } from '$lib/server/mail';
import { emitNotifications, notify, type NotificationRow } from '$lib/server/notifications/service';
import { emitTo } from '$lib/server/realtime/emit';
import { eventForManager, findEvent, type EventRow } from './access';
import { agendaMeetings, type AgendaOrganization } from './agenda';

/** Publishes the schedule and tells every participant; returns the published state. */
export async function publishSchedule(
	db: Database,
	viewer: Viewer,
	eventId: string,
	now = new Date()
): Promise<SchedulePublishedPayload> {
	await eventForManager(db, viewer, eventId);
	const notifications: NotificationRow[] = [];
	const mails: QueuedMail[] = [];
	let orgIds: string[] = [];
	const event = await db.transaction().execute(async (trx) => {
		const locked = (await findEvent(trx, eventId, { forUpdate: true }))!;
		await trx
			.updateTable('events')
			.set({ publishedAt: now, updatedAt: now })
			.where('id', '=', eventId)
			.execute();
		const current = { ...locked, publishedAt: now };
		const participants = await trx
			.selectFrom('eventParticipants')
			.select('organizationId')
			.where('eventId', '=', eventId)
			.execute();
		orgIds = participants.map((p) => p.organizationId);
		const agendas = await agendaMeetings(trx, current, orgIds);
		for (const agenda of agendas) {
			const people = await trx
				.selectFrom('memberships')
				.innerJoin('users', 'users.id', 'memberships.userId')
				.select(['users.id', 'users.email', 'users.name', 'users.locale'])
				.where('memberships.organizationId', '=', agenda.id)
				.execute();
			notifications.push(
				...(await notify(
					trx,
					people.map((p) => p.id),
					'event.agenda_published',
					{ eventId, title: current.title, organizationId: agenda.id, meetings: agenda.meetings.length }
				))
			);
			for (const person of people) {
				const locale = person.locale === 'en' ? 'en' : 'ko';
				mails.push(await queueMail(trx, agendaMail(current, agenda, { ...person, locale })));
			}
		}
		return current;
	});
	const payload = {
		eventId,
		version: event.scheduleVersion,
		publishedAt: now.toISOString()
	};
	emitTo([`event:${eventId}`, ...orgIds.map((id) => `org:${id}`)], 'schedule:published', payload);
	emitNotifications(notifications);
	for (const mail of mails) await deliverMail(db, mail);
	return payload;
}

/** One person's mail: their organization's meetings, in the event's time zone (where they will be). */
function agendaMail(
	event: EventRow,
	agenda: AgendaOrganization,
	person: { email: string; name: string; locale: 'ko' | 'en' }
) {
	const o = { locale: person.locale };
	const name = (org: { name: string; nameEn: string | null }) =>
		(person.locale === 'en' && org.nameEn) || org.name;
	const lines = [
		m.mail_agenda_greeting({ name: person.name }, o),
		'',
		m.mail_agenda_intro({ organization: name(agenda), title: event.title, venue: event.venue }, o),
		'',
		...(agenda.meetings.length === 0
			? [m.mail_agenda_empty({}, o)]
			: agenda.meetings.map((mt) =>
					m.mail_agenda_line(
						{
							time: formatMeetupTime(mt.startsAt, mt.endsAt, person.locale, event.timeZone),
							table: String(mt.table),
							counterpart: name(mt.counterpart)
						},
						o
					)
				)),
		'',
		m.mail_agenda_zone({ zone: event.timeZone }, o)
	];
	return {
		to: person.email,
		subject: m.mail_agenda_subject({ title: event.title }, o),
		text: lines.join('\n')
	};
}
