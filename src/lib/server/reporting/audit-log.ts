/**
 * The audit log for managers and admins. An admin reads everything; a manager reads what their centers
 * did (entries by their members) and what happened to things in their centers: organizations whose
 * home or stewarding center it is, challenges, events, applications, meetups, collaborations, outcomes
 * and check-ins that belong to it by the reporting rule. Anyone else: 403.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '$lib/server/db';
import { forbidden } from '$lib/server/errors';
import type { Viewer } from '$lib/server/catalog/viewer';
import { seoulMidnight } from './period';
import type { AuditQuery } from './schema';

export interface AuditEntry {
	id: number;
	at: string;
	actor: { id: string; name: string } | null;
	action: string;
	subjectType: string;
	subjectId: string;
	data: unknown;
}

/** subject_id as a uuid, or NULL when it is not one (CASE guarantees the cast runs only on a match). */
const SUBJECT_UUID = sql`(CASE WHEN l.subject_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN l.subject_id::uuid END)`;

function inCenters(centers: readonly string[]): RawBuilder<boolean> {
	const c = sql.join(centers.map((id) => sql`${id}::uuid`));
	const org = (alias: string) =>
		sql`(${sql.id(alias, 'home_center_id')} IN (${c}) OR ${sql.id(alias, 'steward_center_id')} IN (${c}))`;
	return sql<boolean>`(
		l.actor_user_id IN (SELECT user_id FROM memberships WHERE organization_id IN (${c}))
		OR (l.subject_type = 'organization' AND EXISTS (SELECT 1 FROM organizations o
			WHERE o.id = ${SUBJECT_UUID} AND (o.id IN (${c}) OR ${org('o')})))
		OR (l.subject_type = 'challenge' AND EXISTS (SELECT 1 FROM challenges ch JOIN organizations k ON k.id = ch.corporate_id
			WHERE ch.id = ${SUBJECT_UUID} AND (ch.host_center_id IN (${c}) OR ${org('k')})))
		OR (l.subject_type = 'event' AND EXISTS (SELECT 1 FROM events e WHERE e.id = ${SUBJECT_UUID} AND e.center_id IN (${c})))
		OR (l.subject_type = 'meeting_request' AND EXISTS (SELECT 1 FROM meeting_requests r JOIN events e ON e.id = r.event_id
			WHERE r.id = ${SUBJECT_UUID} AND e.center_id IN (${c})))
		OR (l.subject_type = 'application' AND EXISTS (SELECT 1 FROM applications a
			JOIN challenges ch ON ch.id = a.challenge_id JOIN organizations s ON s.id = a.startup_id
			JOIN organizations k ON k.id = ch.corporate_id
			WHERE a.id = ${SUBJECT_UUID} AND (ch.host_center_id IN (${c}) OR ${org('s')} OR ${org('k')})))
		OR (l.subject_type IN ('meetup', 'checkin') AND EXISTS (SELECT 1 FROM meetups m
			JOIN organizations s ON s.id = m.startup_id JOIN organizations k ON k.id = m.corporate_id
			LEFT JOIN challenges ch ON ch.id = m.challenge_id LEFT JOIN events e ON e.id = m.event_id
			WHERE m.id = (CASE WHEN l.subject_type = 'meetup' THEN ${SUBJECT_UUID}
				ELSE (SELECT f.meetup_id FROM followup_checkins f WHERE f.id = ${SUBJECT_UUID}) END)
				AND (ch.host_center_id IN (${c}) OR e.center_id IN (${c}) OR ${org('s')} OR ${org('k')})))
		OR (l.subject_type = 'collaboration' AND EXISTS (SELECT 1 FROM collaborations x
			JOIN organizations s ON s.id = x.startup_id JOIN organizations k ON k.id = x.corporate_id
			LEFT JOIN challenges ch ON ch.id = x.challenge_id
			WHERE x.id = ${SUBJECT_UUID} AND (ch.host_center_id IN (${c}) OR ${org('s')} OR ${org('k')})))
		OR (l.subject_type = 'outcome' AND EXISTS (SELECT 1 FROM outcomes x
			JOIN organizations s ON s.id = x.startup_id LEFT JOIN organizations k ON k.id = x.corporate_id
			LEFT JOIN challenges ch ON ch.id = x.challenge_id
			WHERE x.id = ${SUBJECT_UUID} AND (ch.host_center_id IN (${c}) OR ${org('s')} OR ${org('k')})))
	)`;
}

/** A page of audit entries, newest first, filtered by subject, actor, action (or prefix) and dates. */
export async function listAuditLog(
	db: Database,
	viewer: Viewer,
	q: AuditQuery
): Promise<{ hits: AuditEntry[]; total: number; page: number; limit: number }> {
	let centers: string[] | null;
	if (q.centerId) {
		if (!viewer.isAdmin && !viewer.managedCenterIds.includes(q.centerId)) throw forbidden();
		centers = [q.centerId];
	} else if (viewer.isAdmin) centers = null;
	else if (viewer.managedCenterIds.length > 0) centers = viewer.managedCenterIds;
	else throw forbidden();
	const action = q.action?.endsWith('.')
		? sql`l.action LIKE ${q.action.replace(/[\\%_]/g, (ch) => `\\${ch}`) + '%'}`
		: q.action
			? sql`l.action = ${q.action}`
			: sql`true`;
	const where = sql<boolean>`${centers ? inCenters(centers) : sql`true`}
		AND ${q.subjectType ? sql`l.subject_type = ${q.subjectType}` : sql`true`}
		AND ${q.subjectId ? sql`l.subject_id = ${q.subjectId}` : sql`true`}
		AND ${q.actorUserId ? sql`l.actor_user_id = ${q.actorUserId}::uuid` : sql`true`}
		AND ${action}
		AND ${q.from ? sql`l.at >= ${seoulMidnight(q.from).toISOString()}::timestamptz` : sql`true`}
		AND ${q.to ? sql`l.at < ${seoulMidnight(q.to).toISOString()}::timestamptz + interval '1 day'` : sql`true`}`;
	const offset = (q.page - 1) * q.limit;
	const [rows, count] = await Promise.all([
		sql<{
			id: number;
			at: Date;
			actorUserId: string | null;
			actorName: string | null;
			action: string;
			subjectType: string;
			subjectId: string;
			data: unknown;
		}>`
			SELECT l.id, l.at, l.actor_user_id, u.name AS actor_name, l.action, l.subject_type, l.subject_id, l.data
			FROM audit_log l LEFT JOIN users u ON u.id = l.actor_user_id
			WHERE ${where}
			ORDER BY l.at DESC, l.id DESC
			LIMIT ${q.limit} OFFSET ${offset}`.execute(db),
		sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log l WHERE ${where}`.execute(db)
	]);
	return {
		hits: rows.rows.map((r) => ({
			id: Number(r.id),
			at: new Date(r.at).toISOString(),
			actor: r.actorUserId ? { id: r.actorUserId, name: r.actorName ?? '' } : null,
			action: r.action,
			subjectType: r.subjectType,
			subjectId: r.subjectId,
			data: r.data
		})),
		total: count.rows[0]?.n ?? 0,
		page: q.page,
		limit: q.limit
	};
}
