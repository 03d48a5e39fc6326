/**
 * Meetups in people's calendars: one meetup as an .ics download, and personal subscription feeds
 * whose URL carries a secret, revocable token ("<id>.<secret>", only SHA-256 of the secret stored,
 * compared in constant time, as sessions and API tokens are). A feed is computed at every fetch from
 * the owner's current memberships, so leaving an organization takes its meetups out of the feed.
 */
import type { Database } from '$lib/server/db';
import type { MeetupPayload } from '$lib/realtime/events';
import { m } from '$lib/paraglide/messages';
import { constantTimeEqual, hashSecret, newCredential, splitCredential } from '$lib/server/auth/secrets';
import { loadViewer } from '$lib/server/catalog/viewer';
import { writeCalendar, type IcsEvent, type IcsStatus } from './ics';
import { listMeetupsInScope } from './queries';
import { toPayload } from './announce';

type Locale = 'ko' | 'en';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A feed shows meetups from 90 days back to 400 days ahead: enough for any calendar view people use. */
const FEED_PAST_DAYS = 90;
const FEED_FUTURE_DAYS = 400;
const FEED_MAX_EVENTS = 1000;
/** Subscribing clients are asked to refresh hourly (most poll less often whatever we say). */
const FEED_REFRESH_MINUTES = 60;

const STATUS: Record<MeetupPayload['status'], IcsStatus> = {
	proposed: 'TENTATIVE',
	confirmed: 'CONFIRMED',
	done: 'CONFIRMED',
	no_show: 'CONFIRMED',
	declined: 'CANCELLED',
	cancelled: 'CANCELLED'
};

/** One meetup as a calendar event, its texts in `locale`. */
export function meetupEvent(meetup: MeetupPayload, locale: Locale): IcsEvent {
	const o = { locale };
	const name = (org: { name: string; nameEn: string | null }) => (locale === 'en' && org.nameEn) || org.name;
	const description: string[] = [];
	if (meetup.status === 'proposed') description.push(m.ics_meetup_tentative({}, o));
	if (meetup.videoUrl) description.push(m.ics_meetup_video({ url: meetup.videoUrl }, o));
	if (meetup.note) description.push(m.ics_meetup_note({ note: meetup.note }, o));
	return {
		uid: `${meetup.id}@innomatch`,
		sequence: meetup.sequence,
		status: STATUS[meetup.status],
		start: new Date(meetup.startsAt),
		end: new Date(meetup.endsAt),
		summary: m.ics_meetup_summary({ startup: name(meetup.startup), corporate: name(meetup.corporate) }, o),
		description: description.join('\n') || undefined,
		location: meetup.location ?? undefined,
		url: meetup.videoUrl ?? undefined,
		created: new Date(meetup.createdAt),
		lastModified: new Date(meetup.updatedAt)
	};
}

/** A single meetup as an iCalendar file (a cancelled one says STATUS:CANCELLED). */
export function meetupIcs(meetup: MeetupPayload, locale: Locale, now = new Date()): string {
	return writeCalendar({
		method: 'PUBLISH',
		language: locale,
		generatedAt: now,
		events: [meetupEvent(meetup, locale)]
	});
}

/** Creates a feed for the user; the token is shown once and never stored. */
export async function createFeed(db: Database, userId: string, name: string) {
	const cred = newCredential();
	const row = await db
		.insertInto('calendarFeeds')
		.values({ id: cred.id, userId, name, secretHash: cred.secretHash })
		.returning(['id', 'name', 'createdAt'])
		.executeTakeFirstOrThrow();
	return { ...row, token: cred.token };
}

/** The user's feeds, newest first, without their secrets. */
export async function listFeeds(db: Database, userId: string) {
	return db
		.selectFrom('calendarFeeds')
		.select(['id', 'name', 'createdAt', 'lastUsedAt', 'revokedAt'])
		.where('userId', '=', userId)
		.orderBy('createdAt', 'desc')
		.execute();
}

/** Revokes one of the user's own feeds; false for anyone else's, an unknown one or one already revoked. */
export async function revokeFeed(
	db: Database,
	userId: string,
	feedId: string,
	now = new Date()
): Promise<boolean> {
	const result = await db
		.updateTable('calendarFeeds')
		.set({ revokedAt: now })
		.where('id', '=', feedId)
		.where('userId', '=', userId)
		.where('revokedAt', 'is', null)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

/**
 * The feed for a token, or undefined when the token is malformed, unknown, wrong or revoked (all
 * answered alike, so a probe learns nothing).
 */
export async function renderFeed(db: Database, token: string, now = new Date()): Promise<string | undefined> {
	const cred = splitCredential(token);
	if (!cred) return undefined;
	const feed = await db
		.selectFrom('calendarFeeds')
		.innerJoin('users', 'users.id', 'calendarFeeds.userId')
		.select([
			'calendarFeeds.id',
			'calendarFeeds.secretHash',
			'calendarFeeds.revokedAt',
			'calendarFeeds.lastUsedAt',
			'users.id as userId',
			'users.email',
			'users.name',
			'users.locale',
			'users.timeZone',
			'users.isAdmin'
		])
		.where('calendarFeeds.id', '=', cred.id)
		.executeTakeFirst();
	if (!feed || feed.revokedAt || !constantTimeEqual(hashSecret(cred.secret), feed.secretHash))
		return undefined;
	// Written at most hourly, like API tokens, so a polling calendar is not a write per fetch.
	if (!feed.lastUsedAt || now.getTime() - feed.lastUsedAt.getTime() > 60 * 60 * 1000)
		await db.updateTable('calendarFeeds').set({ lastUsedAt: now }).where('id', '=', feed.id).execute();
	const locale: Locale = feed.locale === 'en' ? 'en' : 'ko';
	const viewer = await loadViewer(db, {
		id: feed.userId,
		email: feed.email,
		name: feed.name,
		locale,
		timeZone: feed.timeZone,
		isAdmin: feed.isAdmin
	});
	const { rows } = await listMeetupsInScope(
		db,
		{ organizationIds: viewer.organizationIds, managedCenterIds: viewer.managedCenterIds },
		{
			from: new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS),
			to: new Date(now.getTime() + FEED_FUTURE_DAYS * DAY_MS)
		},
		{ page: 1, limit: FEED_MAX_EVENTS }
	);
	return writeCalendar({
		method: 'PUBLISH',
		name: m.ics_feed_name({}, { locale }),
		refreshMinutes: FEED_REFRESH_MINUTES,
		language: locale,
		generatedAt: now,
		// Alternatives are not events: only the time a meetup holds is in anyone's calendar.
		events: rows.map((r) => meetupEvent(toPayload(r, []), locale))
	});
}
