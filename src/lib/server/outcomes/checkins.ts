/**
 * The follow-up check-in worker: asks both sides of a held meetup, 2 weeks, 3 months and 6 months
 * later, what it led to, in the app and by mail with a one-click link.
 *
 * Safe with several app processes: due rows are claimed with FOR UPDATE SKIP LOCKED and marked sent in
 * the transaction that writes the notifications and the mail, so a second worker skips them while the
 * first holds them and sees them sent after its commit; a crash rolls the claim back with the mail, so
 * a check-in is sent once or retried, never lost. The link's token is 160 random bits; only its SHA-256
 * is stored, and a lookup by that hash reveals nothing a guess could use.
 */
import type { Database } from '$lib/server/db';
import { m } from '$lib/paraglide/messages';
import { logger } from '$lib/server/log';
import { generateSecureRandomString, hashSecret } from '$lib/server/auth/secrets';
import { deliverMail, queueMail, type QueuedMail } from '$lib/server/mail';
import { emitNotifications, notify, type NotificationRow } from '$lib/server/notifications/service';
import { listUnscheduledHeldMeetups } from './checkin-schedule';
import { recordMeetupHeld } from './hooks';

/** At most this many check-ins per run; a backlog is worked off run after run. */
const BATCH = 100;
/** A one-click link works this long after it was sent. */
export const CHECKIN_LINK_MS = 60 * 24 * 60 * 60 * 1000;

async function claimDue(tx: Database, now: Date) {
	return tx
		.selectFrom('followupCheckins as f')
		.innerJoin('meetups as mt', 'mt.id', 'f.meetupId')
		.innerJoin('organizations as s', 's.id', 'mt.startupId')
		.innerJoin('organizations as k', 'k.id', 'mt.corporateId')
		.select([
			'f.id',
			'f.organizationId',
			'f.wave',
			'f.meetupId',
			's.name as startupName',
			'k.name as corporateName'
		])
		.where('f.sentAt', 'is', null)
		.where('f.answeredAt', 'is', null)
		.where('f.dueAt', '<=', now)
		.orderBy('f.dueAt')
		.limit(BATCH)
		.forUpdate('f')
		.skipLocked()
		.execute();
}

async function membersOf(tx: Database, organizationId: string) {
	return tx
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.userId')
		.select(['users.id', 'users.email', 'users.name', 'users.locale'])
		.where('memberships.organizationId', '=', organizationId)
		.execute();
}

/**
 * Sends every check-in due at `now` (after scheduling those of held meetups the hook missed); returns
 * how many check-ins (not messages) went out.
 */
export async function sendDueCheckins(db: Database, origin: string, now = new Date()): Promise<number> {
	for (const meetupId of await listUnscheduledHeldMeetups(db, now))
		await recordMeetupHeld(db, meetupId, null);
	let notifications: NotificationRow[] = [];
	const mails: QueuedMail[] = [];
	const sent = await db.transaction().execute(async (tx) => {
		const due = await claimDue(tx, now);
		for (const c of due) {
			const token = generateSecureRandomString(32);
			await tx
				.updateTable('followupCheckins')
				.set({
					sentAt: now,
					tokenHash: hashSecret(token),
					tokenExpiresAt: new Date(now.getTime() + CHECKIN_LINK_MS)
				})
				.where('id', '=', c.id)
				.execute();
			const people = await membersOf(tx, c.organizationId);
			const pair = { startup: c.startupName, corporate: c.corporateName };
			notifications = notifications.concat(
				await notify(
					tx,
					people.map((p) => p.id),
					'checkin.due',
					{ checkinId: c.id, meetupId: c.meetupId, wave: c.wave, ...pair }
				)
			);
			for (const person of people) {
				const o = { locale: person.locale === 'en' ? 'en' : 'ko' } as const;
				const text = [
					m.mail_checkin_greeting({ name: person.name }, o),
					'',
					m.mail_checkin_question({ ...pair, wave: waveLabel(c.wave, o.locale) }, o),
					'',
					`${origin}/checkins/${token}`
				].join('\n');
				mails.push(await queueMail(tx, { to: person.email, subject: m.mail_checkin_subject(pair, o), text }));
			}
		}
		return due.length;
	});
	emitNotifications(notifications);
	for (const mail of mails) await deliverMail(db, mail);
	return sent;
}

export function waveLabel(wave: string, locale: 'ko' | 'en'): string {
	const o = { locale };
	if (wave === '2w') return m.checkin_wave_2w({}, o);
	if (wave === '3m') return m.checkin_wave_3m({}, o);
	return m.checkin_wave_6m({}, o);
}

/** Runs sendDueCheckins every `intervalMs` (5 minutes: a check-in is a question, not an alarm); runs never overlap. */
export function startCheckinWorker(
	db: Database,
	options: { origin: string; intervalMs?: number }
): () => Promise<void> {
	const intervalMs = options.intervalMs ?? 5 * 60_000;
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let running: Promise<void> | undefined;
	const run = async () => {
		try {
			const sent = await sendDueCheckins(db, options.origin);
			if (sent > 0) logger.info({ sent }, 'follow-up check-ins sent');
		} catch (error) {
			logger.error({ err: error }, 'follow-up check-ins failed');
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
