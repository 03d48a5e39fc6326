import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../src/lib/server/db/index';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60_000;

export const DEMO_EVENT_TITLE = '강원 디지털헬스 오픈이노베이션 매칭데이';

/** Who takes part in the demo day (slugs of the demo data) and the requests already made. */
const STARTUPS = [
	'glucofit',
	'heartline',
	'xray-lite',
	'mindbridge',
	'skyfarmer',
	'sangol-market',
	'tripgangwon',
	'dataforest',
	'medibuddy'
];
const CORPORATES = ['naver', 'kepco', 'kt', 'celltrion'];
/** [startup, corporate, priority]: filed by the center's manager, so accepted by both sides. */
const FILED: [string, string, number][] = [
	['heartline', 'naver', 3],
	['heartline', 'celltrion', 2],
	['xray-lite', 'naver', 2],
	['xray-lite', 'celltrion', 3],
	['mindbridge', 'naver', 2],
	['mindbridge', 'kt', 2],
	['skyfarmer', 'kt', 1],
	['skyfarmer', 'kepco', 2],
	['sangol-market', 'naver', 1],
	['tripgangwon', 'kt', 2],
	['dataforest', 'naver', 3],
	['dataforest', 'kepco', 2],
	['medibuddy', 'celltrion', 3],
	['medibuddy', 'kt', 1],
	['glucofit', 'celltrion', 2]
];
/** [from, to, priority]: sent by a participant and waiting for the other side. */
const PENDING: [string, string, number][] = [
	['glucofit', 'naver', 3],
	['kt', 'dataforest', 2]
];

/**
 * A matchmaking day of the Gangwon center two weeks ahead (13:00–17:30 Seoul, 20-minute slots, a
 * break at 15:00, 6 tables), open for requests, with participants and requests but no schedule yet:
 * the manager runs the scheduler and publishes, as a center would. Added once (keyed by title).
 */
export async function loadDemoEvent(
	db: Database,
	now: Date,
	ids: { centers: Map<string, string>; orgs: Map<string, string>; managerId: string }
): Promise<void> {
	const centerId = ids.centers.get('gangwon');
	if (!centerId) return;
	const existing = await db
		.selectFrom('events')
		.select('id')
		.where('centerId', '=', centerId)
		.where('title', '=', DEMO_EVENT_TITLE)
		.executeTakeFirst();
	if (existing) return;
	// 13:00 in Seoul is 04:00 UTC, fourteen days from now.
	const day = new Date(now.getTime() + 14 * DAY_MS);
	day.setUTCHours(4, 0, 0, 0);
	const at = (minutes: number) => new Date(day.getTime() + minutes * MINUTE_MS);
	const range = (a: Date, b: Date) =>
		sql<string>`tstzrange(${a.toISOString()}::timestamptz, ${b.toISOString()}::timestamptz, '[)')`;
	const event = await db
		.insertInto('events')
		.values({
			centerId,
			title: DEMO_EVENT_TITLE,
			venue: '강원창조경제혁신센터 원주사무소 3층 이벤트홀',
			period: range(at(0), at(270)),
			slotMinutes: 20,
			breaks: JSON.stringify([{ startsAt: at(120).toISOString(), endsAt: at(140).toISOString() }]),
			tables: 6,
			halls: JSON.stringify([
				{ name: 'A홀', fromTable: 1, toTable: 3 },
				{ name: 'B홀', fromTable: 4, toTable: 6 }
			]),
			timeZone: 'Asia/Seoul',
			phase: 'requests_open',
			pendingRequestCap: 5,
			createdBy: ids.managerId
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const org = (slug: string) => {
		const id = ids.orgs.get(slug);
		if (!id) throw new Error(`demo event refers to unknown ${slug}`);
		return id;
	};
	await db
		.insertInto('eventParticipants')
		.values(
			[
				...STARTUPS.map((slug) => ({ slug, side: 'startup' })),
				...CORPORATES.map((slug) => ({ slug, side: 'corporate' }))
			].map(({ slug, side }) => ({
				eventId: event.id,
				organizationId: org(slug),
				side,
				// KT's team leaves after the break: individual availability for the scheduler to respect.
				availability:
					slug === 'kt'
						? JSON.stringify([{ startsAt: at(0).toISOString(), endsAt: at(140).toISOString() }])
						: null,
				checkinCode: randomBytes(12).toString('base64url'),
				invitedBy: ids.managerId
			}))
		)
		.execute();
	const isStartup = (slug: string) => STARTUPS.includes(slug);
	await db
		.insertInto('meetingRequests')
		.values(
			[
				...FILED.map(([s, c, priority]) => ({
					from: s,
					to: c,
					priority,
					status: 'accepted',
					filedByManager: true
				})),
				...PENDING.map(([from, to, priority]) => ({
					from,
					to,
					priority,
					status: 'pending',
					filedByManager: false
				}))
			].map((r) => ({
				eventId: event.id,
				fromOrgId: org(r.from),
				toOrgId: org(r.to),
				startupId: org(isStartup(r.from) ? r.from : r.to),
				corporateId: org(isStartup(r.from) ? r.to : r.from),
				priority: r.priority,
				status: r.status,
				filedByManager: r.filedByManager,
				createdBy: r.filedByManager ? ids.managerId : null,
				decidedBy: r.filedByManager ? ids.managerId : null,
				decidedAt: r.filedByManager ? now : null
			}))
		)
		.execute();
}
