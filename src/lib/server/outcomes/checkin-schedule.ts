/**
 * Which follow-up check-ins exist: one per held meetup, side and wave, due 2 weeks, 3 months and 6
 * months after the meetup ended. Inserting is idempotent (the unique key), so the hook on completion
 * and the worker's sweep may both run for one meetup.
 */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';

/** Waves and how long after the meetup's end each is due. */
export const WAVES = [
	{ wave: '2w', after: '14 days' },
	{ wave: '3m', after: '3 months' },
	{ wave: '6m', after: '6 months' }
] as const;

/** Schedules a held meetup's check-ins (both sides, three waves); nothing for a meetup not held. */
export async function scheduleCheckinsFor(db: Database, meetupId: string): Promise<number> {
	const result = await sql`
		INSERT INTO followup_checkins (meetup_id, organization_id, side, wave, due_at)
		SELECT m.id, s.organization_id, s.side, w.wave, upper(m.period) + w.after::interval
		FROM meetups m
		CROSS JOIN (VALUES ${sql.join(WAVES.map((w) => sql`(${w.wave}::text, ${w.after}::text)`))}) AS w (wave, after)
		CROSS JOIN LATERAL (VALUES (m.startup_id, 'startup'), (m.corporate_id, 'corporate')) AS s (organization_id, side)
		WHERE m.id = ${meetupId} AND m.status = 'done'
		ON CONFLICT DO NOTHING`.execute(db);
	return Number(result.numAffectedRows ?? 0);
}

/**
 * Held meetups of the last 30 days without check-ins: ones completed by a path without the hook (a
 * matchmaking day's floor, a failed hook). Older ones are left alone so a first start on an old
 * database does not mail a backlog of stale questions.
 */
export async function listUnscheduledHeldMeetups(db: Database, now: Date, limit = 50): Promise<string[]> {
	const rows = await db
		.selectFrom('meetups as m')
		.select('m.id')
		.where('m.status', '=', 'done')
		.where(sql`upper(m.period)`, '>', sql<Date>`${now.toISOString()}::timestamptz - interval '30 days'`)
		.where(sql`upper(m.period)`, '<=', sql<Date>`${now.toISOString()}::timestamptz`)
		.where((eb) =>
			eb.not(
				eb.exists(eb.selectFrom('followupCheckins as f').select('f.id').whereRef('f.meetupId', '=', 'm.id'))
			)
		)
		.limit(limit)
		.execute();
	return rows.map((r) => r.id);
}
