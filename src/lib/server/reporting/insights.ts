/**
 * The dashboard's views beside the figures: the conversion funnel of the period's collaborations, the
 * top industries, how fast partners answer, and outcomes waiting for a manager. Same center rule as
 * kpi-queries.ts.
 */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import { centerIs } from './kpi-queries';
import { rate, type Period } from './period';

export const FUNNEL_STEPS = ['matched', 'meetup_held', 'follow_up', 'poc', 'result'] as const;
export interface FunnelStep {
	step: (typeof FUNNEL_STEPS)[number];
	/** collaborations opened in the period that reached this step (or went past it) */
	count: number;
	/** share of the previous step's count; null for the first step or an empty previous step */
	conversion: number | null;
}

/** Of the collaborations opened in the period, how many reached each stage (contract or investment = result). */
export async function funnel(db: Database, centerId: string | null, p: Period): Promise<FunnelStep[]> {
	const { rows } = await sql<Record<string, number>>`
		WITH reached AS (
			SELECT c.id, max(CASE e.to_stage
				WHEN 'matched' THEN 0 WHEN 'meetup_held' THEN 1 WHEN 'follow_up' THEN 2
				WHEN 'poc' THEN 3 WHEN 'contract' THEN 4 WHEN 'investment' THEN 4 ELSE 0 END) AS r
			FROM collaborations c
			JOIN collaboration_events e ON e.collaboration_id = c.id
			JOIN organizations s ON s.id = c.startup_id
			JOIN organizations k ON k.id = c.corporate_id
			LEFT JOIN challenges ch ON ch.id = c.challenge_id
			WHERE c.created_at >= ${p.from.toISOString()}::timestamptz AND c.created_at < ${p.to.toISOString()}::timestamptz
				AND ${centerIs(centerId, ['s.home_center_id', 'k.home_center_id', 'ch.host_center_id'])}
			GROUP BY c.id
		)
		SELECT count(*)::int AS s0, count(*) FILTER (WHERE r >= 1)::int AS s1, count(*) FILTER (WHERE r >= 2)::int AS s2,
			count(*) FILTER (WHERE r >= 3)::int AS s3, count(*) FILTER (WHERE r >= 4)::int AS s4
		FROM reached`.execute(db);
	const counts = FUNNEL_STEPS.map((_, i) => Number(rows[0]?.[`s${i}`] ?? 0));
	return FUNNEL_STEPS.map((step, i) => ({
		step,
		count: counts[i]!,
		conversion: i === 0 ? null : rate(counts[i]!, counts[i - 1]!)
	}));
}

export interface IndustryFigure {
	industry: string;
	startupsRegistered: number;
	meetupsHeld: number;
}

/** The ten industries with the most startups registered plus meetups held in the period. */
export async function topIndustries(
	db: Database,
	centerId: string | null,
	p: Period
): Promise<IndustryFigure[]> {
	const from = p.from.toISOString();
	const to = p.to.toISOString();
	const { rows } = await sql<IndustryFigure>`
		WITH registered AS (
			SELECT unnest(sp.industries) AS industry, count(*)::int AS n
			FROM organizations o JOIN startup_profiles sp ON sp.organization_id = o.id
			WHERE o.kind = 'startup' AND o.created_at >= ${from}::timestamptz AND o.created_at < ${to}::timestamptz
				AND ${centerIs(centerId, ['o.home_center_id'])}
			GROUP BY 1
		), met AS (
			SELECT unnest(sp.industries) AS industry, count(*)::int AS n
			FROM meetups m
			JOIN startup_profiles sp ON sp.organization_id = m.startup_id
			JOIN organizations s ON s.id = m.startup_id
			JOIN organizations k ON k.id = m.corporate_id
			LEFT JOIN challenges ch ON ch.id = m.challenge_id
			LEFT JOIN events e ON e.id = m.event_id
			WHERE m.status = 'done' AND lower(m.period) >= ${from}::timestamptz AND lower(m.period) < ${to}::timestamptz
				AND ${centerIs(centerId, ['s.home_center_id', 'k.home_center_id', 'ch.host_center_id', 'e.center_id'])}
			GROUP BY 1
		)
		SELECT coalesce(r.industry, m.industry) AS industry,
			coalesce(r.n, 0) AS "startupsRegistered", coalesce(m.n, 0) AS "meetupsHeld"
		FROM registered r FULL JOIN met m ON m.industry = r.industry
		ORDER BY coalesce(r.n, 0) + coalesce(m.n, 0) DESC, 1
		LIMIT 10`.execute(db);
	return rows;
}

export interface PartnerResponsiveness {
	corporate: { id: string; name: string };
	/** applications to its challenges and meetup requests from startups, received in the period */
	received: number;
	answered: number;
	/** median hours from receipt to the first answer (a screening move, a confirmation or a decline) */
	medianHours: number | null;
}

/** How fast each corporate answers, the 20 that received the most first. */
export async function partnerResponsiveness(
	db: Database,
	centerId: string | null,
	p: Period
): Promise<PartnerResponsiveness[]> {
	const from = p.from.toISOString();
	const to = p.to.toISOString();
	const { rows } = await sql<{
		id: string;
		name: string;
		received: number;
		answered: number;
		medianHours: number | null;
	}>`
		WITH items AS (
			SELECT ch.corporate_id, a.created_at AS received_at,
				(SELECT min(l.at) FROM audit_log l
					WHERE l.subject_type = 'application' AND l.subject_id = a.id::text AND l.action = 'application.moved') AS answered_at
			FROM applications a
			JOIN challenges ch ON ch.id = a.challenge_id
			JOIN organizations s ON s.id = a.startup_id
			JOIN organizations k ON k.id = ch.corporate_id
			WHERE a.created_at >= ${from}::timestamptz AND a.created_at < ${to}::timestamptz
				AND ${centerIs(centerId, ['s.home_center_id', 'k.home_center_id', 'ch.host_center_id'])}
			UNION ALL
			SELECT m.corporate_id, m.created_at,
				(SELECT min(l.at) FROM audit_log l
					WHERE l.subject_type = 'meetup' AND l.subject_id = m.id::text
						AND l.action IN ('meetup.confirmed', 'meetup.declined', 'meetup.rescheduled'))
			FROM meetups m
			JOIN organizations s ON s.id = m.startup_id
			JOIN organizations k ON k.id = m.corporate_id
			LEFT JOIN challenges ch ON ch.id = m.challenge_id
			WHERE m.requested_by_org_id = m.startup_id AND m.event_id IS NULL
				AND m.created_at >= ${from}::timestamptz AND m.created_at < ${to}::timestamptz
				AND ${centerIs(centerId, ['s.home_center_id', 'k.home_center_id', 'ch.host_center_id'])}
		)
		SELECT k.id, k.name, count(*)::int AS received, count(i.answered_at)::int AS answered,
			round((percentile_cont(0.5) WITHIN GROUP (
				ORDER BY extract(epoch FROM i.answered_at - i.received_at) / 3600.0))::numeric, 1)::float8 AS "medianHours"
		FROM items i JOIN organizations k ON k.id = i.corporate_id
		GROUP BY k.id, k.name
		ORDER BY received DESC, k.name
		LIMIT 20`.execute(db);
	return rows.map((r) => ({
		corporate: { id: r.id, name: r.name },
		received: r.received,
		answered: r.answered,
		medianHours: r.medianHours === null ? null : Number(r.medianHours)
	}));
}

/** Outcomes reported and waiting for a manager's decision. */
export async function pendingOutcomes(db: Database, centerId: string | null): Promise<number> {
	const { rows } = await sql<{ n: number }>`
		SELECT count(*)::int AS n FROM outcomes o
		JOIN organizations s ON s.id = o.startup_id
		LEFT JOIN organizations k ON k.id = o.corporate_id
		LEFT JOIN challenges ch ON ch.id = o.challenge_id
		WHERE o.status = 'reported' AND o.superseded_by IS NULL
			AND ${centerIs(centerId, ['s.home_center_id', 'k.home_center_id', 'ch.host_center_id'])}`.execute(db);
	return rows[0]?.n ?? 0;
}
