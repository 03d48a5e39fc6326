/**
 * Reminders 24 hours and 10 minutes before a confirmed meetup, in the app and by mail, to the members
 * of both organizations. Safe with several app processes: a reminder is claimed by inserting its row
 * into meetup_reminders (primary key: meetup, kind, the start it announces) with ON CONFLICT DO
 * NOTHING, in the transaction that writes the notifications and the mail. A second process racing for
 * the same reminder waits for the first's commit and then inserts nothing; a crash rolls the claim
 * back with the notices, so a reminder is sent once or retried, never lost to a half-done run.
 */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import { m } from '$lib/paraglide/messages';
import { formatMeetupTime } from '$lib/meetup-time';
import { logger } from '$lib/server/log';
import { deliverMail, queueMail, type QueuedMail } from '$lib/server/mail';
import { emitNotifications, notify, type NotificationRow } from '$lib/server/notifications/service';
import { findMeetupById } from './queries';

export type ReminderKind = '24h' | '10m';

/** At most this many reminders per run; a backlog is worked off run after run. */
const BATCH = 100;

interface Claimed {
	meetupId: string;
	kind: ReminderKind;
}

/**
 * Claims the reminders due at `now`: a confirmed meetup starting within 24 hours (but more than an
 * hour away: closer than that the 10-minute one is the useful one), or within 10 minutes.
 */
async function claimDue(tx: Database, now: Date): Promise<Claimed[]> {
	const at = now.toISOString();
	const result = await sql<Claimed>`
		INSERT INTO meetup_reminders (meetup_id, kind, starts_at)
		SELECT m.id, k.kind, lower(m.period)
		FROM meetups m
		CROSS JOIN (VALUES ('24h', interval '24 hours', interval '1 hour'), ('10m', interval '10 minutes', interval '0 seconds'))
			AS k (kind, lead, least_left)
		WHERE m.status = 'confirmed'
			-- A matchmaking day's meetings are announced only once its schedule is published.
			AND (m.event_id IS NULL OR EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id AND e.published_at IS NOT NULL))
			AND lower(m.period) - k.lead <= ${at}::timestamptz
			AND lower(m.period) - ${at}::timestamptz > k.least_left
			-- Sent ones are left out here, not only by ON CONFLICT, so they cannot fill the batch.
			AND NOT EXISTS (
				SELECT 1 FROM meetup_reminders r
				WHERE r.meetup_id = m.id AND r.kind = k.kind AND r.starts_at = lower(m.period)
			)
		ORDER BY lower(m.period)
		LIMIT ${BATCH}
		ON CONFLICT DO NOTHING
		RETURNING meetup_id AS "meetupId", kind`.execute(tx);
	return result.rows;
}

async function recipientsOf(tx: Database, organizationIds: string[]) {
	const rows = await tx
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.userId')
		.select(['users.id', 'users.email', 'users.name', 'users.locale', 'users.timeZone'])
		.where('memberships.organizationId', 'in', organizationIds)
		.execute();
	return [...new Map(rows.map((r) => [r.id, r])).values()];
}

/** Sends every reminder due at `now`; returns how many reminders (not messages) went out. */
export async function sendDueReminders(db: Database, now = new Date()): Promise<number> {
	let notifications: NotificationRow[] = [];
	const mails: QueuedMail[] = [];
	const claimed = await db.transaction().execute(async (tx) => {
		const due = await claimDue(tx, now);
		for (const { meetupId, kind } of due) {
			const meetup = await findMeetupById(tx, meetupId);
			if (!meetup) continue;
			const people = await recipientsOf(tx, [meetup.startupId, meetup.corporateId]);
			notifications = notifications.concat(
				await notify(
					tx,
					people.map((p) => p.id),
					'meetup.reminder',
					{
						meetupId,
						lead: kind,
						startupId: meetup.startupId,
						startupName: meetup.startupName,
						startupNameEn: meetup.startupNameEn,
						corporateId: meetup.corporateId,
						corporateName: meetup.corporateName,
						corporateNameEn: meetup.corporateNameEn,
						startsAt: meetup.startsAt.toISOString(),
						endsAt: meetup.endsAt.toISOString()
					}
				)
			);
			for (const person of people) {
				const locale = person.locale === 'en' ? 'en' : 'ko';
				const o = { locale } as const;
				const pair = {
					startup: (locale === 'en' && meetup.startupNameEn) || meetup.startupName,
					corporate: (locale === 'en' && meetup.corporateNameEn) || meetup.corporateName
				};
				const lines = [
					m.mail_meetup_reminder_greeting({ name: person.name }, o),
					'',
					`${pair.startup} × ${pair.corporate}`,
					m.mail_meetup_reminder_time(
						{
							time: `${formatMeetupTime(meetup.startsAt, meetup.endsAt, locale, person.timeZone)} (${person.timeZone})`
						},
						o
					),
					...(meetup.location ? [m.mail_meetup_reminder_place({ place: meetup.location }, o)] : []),
					...(meetup.videoUrl ? [m.mail_meetup_reminder_video({ url: meetup.videoUrl }, o)] : [])
				];
				mails.push(
					await queueMail(tx, {
						to: person.email,
						subject: m.mail_meetup_reminder_subject(pair, o),
						text: lines.join('\n')
					})
				);
			}
		}
		return due.length;
	});
	emitNotifications(notifications);
	for (const mail of mails) await deliverMail(db, mail);
	return claimed;
}

/**
 * Sends due reminders every `intervalMs` (30 s: a 10-minute reminder is at most that late). Runs
 * never overlap. Returns a function that stops the worker once the current run has finished.
 */
export function startReminderWorker(
	db: Database,
	options: { intervalMs?: number } = {}
): () => Promise<void> {
	const intervalMs = options.intervalMs ?? 30_000;
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let running: Promise<void> | undefined;
	const run = async () => {
		try {
			const sent = await sendDueReminders(db);
			if (sent > 0) logger.info({ sent }, 'meetup reminders sent');
		} catch (error) {
			logger.error({ err: error }, 'meetup reminders failed');
		}
		if (!stopped) schedule();
	};
	const schedule = () => {
		timer = setTimeout(() => {
			running = run();
		}, intervalMs);
		timer.unref?.();
	};
	schedule();
	return async () => {
		stopped = true;
		if (timer) clearTimeout(timer);
		await running;
	};
}
