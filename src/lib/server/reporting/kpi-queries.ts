/**
 * The KPI figures by month, one query per source table. A center's figures count the organizations
 * whose home center it is and the challenges and events it hosts (API.md, "Reporting"): each row counts
 * once for a center however many of its links point there, and once nationally (center NULL).
 * Outcomes count when current (not superseded by a correction) and confirmed by a manager.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '$lib/server/db';
import { REPORTING_TIME_ZONE, type Period } from './period';

export const KPI_KEYS = [
	'startupsRegistered',
	'startupsDiscovered',
	'challengesPosted',
	'applications',
	'mutualMatches',
	'meetupsHeld',
	'pocsStarted',
	'contracts',
	'contractKrw',
	'investments',
	'investmentKrw',
	'jobsCreated'
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];
export type MonthRow = { month: string } & Partial<Record<KpiKey, number>>;

const month = (column: RawBuilder<unknown>) =>
	sql`to_char(${column} AT TIME ZONE ${sql.lit(REPORTING_TIME_ZONE)}, 'YYYY-MM')`;

/** `true` nationally, else "any of these center columns is the center". */
export function centerIs(centerId: string | null, columns: string[]): RawBuilder<boolean> {
	if (centerId === null) return sql<boolean>`true`;
	return sql<boolean>`(${sql.join(
		columns.map((c) => sql`${sql.ref(c)} = ${centerId}::uuid`),
		sql` OR `
	)})`;
}

async function rows(db: Database, query: RawBuilder<MonthRow>): Promise<MonthRow[]> {
	return (await query.execute(db)).rows;
}

/** Every KPI by month for one center (or nationally with null) over a period. */
export async function monthlyFigures(db: Database, centerId: string | null, p: Period): Promise<MonthRow[]> {
	const from = p.from.toISOString();
	const to = p.to.toISOString();
	const within = (column: RawBuilder<unknown>) =>
		sql`${column} >= ${from}::timestamptz AND ${column} < ${to}::timestamptz`;
	const parts = await Promise.all([
		rows(
			db,
			sql<MonthRow>`
			SELECT ${month(sql`o.created_at`)} AS month,
				count(*)::int AS "startupsRegistered",
				-- Discovered: registered by a center (a manager on the company's behalf, or an import).
				count(*) FILTER (WHERE o.steward_center_id IS NOT NULL OR EXISTS (
					SELECT 1 FROM memberships mm JOIN organizations cc ON cc.id = mm.organization_id AND cc.kind = 'center'
					WHERE mm.user_id = o.created_by))::int AS "startupsDiscovered"
			FROM organizations o
			WHERE o.kind = 'startup' AND ${within(sql`o.created_at`)} AND ${centerIs(centerId, ['o.home_center_id'])}
			GROUP BY 1`
		),
		rows(
			db,
			sql<MonthRow>`
			SELECT ${month(sql`ch.created_at`)} AS month, count(*)::int AS "challengesPosted"
			FROM challenges ch JOIN organizations k ON k.id = ch.corporate_id
			WHERE ch.status <> 'draft' AND ${within(sql`ch.created_at`)}
				AND ${centerIs(centerId, ['ch.host_center_id', 'k.home_center_id'])}
			GROUP BY 1`
		),
		rows(
			db,
			sql<MonthRow>`
			SELECT ${month(sql`a.created_at`)} AS month, count(*)::int AS applications
			FROM applications a
			JOIN challenges ch ON ch.id = a.challenge_id
			JOIN organizations s ON s.id = a.startup_id
			JOIN organizations k ON k.id = ch.corporate_id
			WHERE ${within(sql`a.created_at`)}
				AND ${centerIs(centerId, ['s.home_center_id', 'k.home_center_id', 'ch.host_center_id'])}
			GROUP BY 1`
		),
		rows(db, mutualMatchesByMonth(centerId, within)),
		rows(
			db,
			sql<MonthRow>`
			SELECT ${month(sql`lower(m.period)`)} AS month, count(*)::int AS "meetupsHeld"
			FROM meetups m
			JOIN organizations s ON s.id = m.startup_id
			JOIN organizations k ON k.id = m.corporate_id
			LEFT JOIN challenges ch ON ch.id = m.challenge_id
			LEFT JOIN events e ON e.id = m.event_id
			WHERE m.status = 'done' AND ${within(sql`lower(m.period)`)}
				AND ${centerIs(centerId, ['s.home_center_id', 'k.home_center_id', 'ch.host_center_id', 'e.center_id'])}
			GROUP BY 1`
		),
		rows(
			db,
			sql<MonthRow>`
			SELECT ${month(sql`o.occurred_at`)} AS month,
				count(*) FILTER (WHERE o.kind = 'poc')::int AS "pocsStarted",
				count(*) FILTER (WHERE o.kind = 'contract')::int AS contracts,
				coalesce(sum(o.amount_krw) FILTER (WHERE o.kind = 'contract'), 0)::bigint AS "contractKrw",
				count(*) FILTER (WHERE o.kind = 'investment')::int AS investments,
				coalesce(sum(o.amount_krw) FILTER (WHERE o.kind = 'investment'), 0)::bigint AS "investmentKrw",
				coalesce(sum(o.jobs), 0)::int AS "jobsCreated"
			FROM outcomes o
			JOIN organizations s ON s.id = o.startup_id
			LEFT JOIN organizations k ON k.id = o.corporate_id
			LEFT JOIN challenges ch ON ch.id = o.challenge_id
			WHERE o.superseded_by IS NULL AND o.status = 'confirmed' AND ${within(sql`o.occurred_at`)}
				AND ${centerIs(centerId, ['s.home_center_id', 'k.home_center_id', 'ch.host_center_id'])}
			GROUP BY 1`
		)
	]);
	return parts.flat();
}

/**
 * Mutual matches: startup–corporate pairs where each side has a positive stance on the other (the
 * startup's on the corporate or one of its challenges) and neither said no_thanks; dated when the
 * second side's first positive stance was given. Counted per pair, not per challenge.
 */
function mutualMatchesByMonth(
	centerId: string | null,
	within: (column: RawBuilder<unknown>) => RawBuilder<unknown>
): RawBuilder<MonthRow> {
	return sql<MonthRow>`
		WITH stances AS (
			SELECT i.from_org_id AS startup_id, coalesce(i.to_org_id, c.corporate_id) AS corporate_id,
				'startup' AS side, i.stance, i.updated_at
			FROM interests i
			JOIN organizations f ON f.id = i.from_org_id AND f.kind = 'startup'
			LEFT JOIN challenges c ON c.id = i.challenge_id
			UNION ALL
			SELECT i.to_org_id, i.from_org_id, 'corporate', i.stance, i.updated_at
			FROM interests i
			JOIN organizations f ON f.id = i.from_org_id AND f.kind = 'corporate'
			WHERE i.to_org_id IS NOT NULL
		), pairs AS (
			SELECT startup_id, corporate_id,
				greatest(
					min(updated_at) FILTER (WHERE side = 'startup' AND stance <> 'no_thanks'),
					min(updated_at) FILTER (WHERE side = 'corporate' AND stance <> 'no_thanks')
				) AS matched_at
			FROM stances
			WHERE corporate_id IS NOT NULL
			GROUP BY startup_id, corporate_id
			HAVING bool_and(stance <> 'no_thanks')
				AND bool_or(side = 'startup') AND bool_or(side = 'corporate')
		)
		SELECT ${month(sql`p.matched_at`)} AS month, count(*)::int AS "mutualMatches"
		FROM pairs p
		JOIN organizations s ON s.id = p.startup_id
		JOIN organizations k ON k.id = p.corporate_id
		WHERE ${within(sql`p.matched_at`)} AND ${centerIs(centerId, ['s.home_center_id', 'k.home_center_id'])}
		GROUP BY 1`;
}
