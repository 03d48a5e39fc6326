/** Reading the pipeline: the board (a page of cards) and one card with its history. */
import { sql, type SqlBool } from 'kysely';
import type { Database } from '$lib/server/db';
import { forbidden } from '$lib/server/errors';
import type { Viewer } from '$lib/server/catalog/viewer';
import { canSee, inCentersSql, inIds, loadParties, managesAny, visibleSql } from './access';
import {
	findCollaborationById,
	listCollaborationRows,
	listEvents,
	type CollaborationRow
} from './collab-queries';
import type { CollaborationsQuery } from './schema';
import { MOVES, type DropReason, type Stage } from './stages';

export interface CollaborationPayload {
	id: string;
	startup: { id: string; name: string; nameEn: string | null };
	corporate: { id: string; name: string; nameEn: string | null };
	challenge: { id: string; title: string } | null;
	applicationId: string | null;
	source: string;
	stage: Stage;
	dropReason: DropReason | null;
	note: string | null;
	version: number;
	/** the stages a person may move it to next (the board's drop targets) */
	allowedMoves: Stage[];
	createdAt: string;
	updatedAt: string;
	stageChangedAt: string;
}

export interface CollaborationEventPayload {
	from: Stage | null;
	to: Stage;
	reason: string | null;
	note: string | null;
	version: number;
	at: string;
	actor: { id: string; name: string | null } | null;
}

export function toCollaborationPayload(row: CollaborationRow): CollaborationPayload {
	const stage = row.stage as Stage;
	return {
		id: row.id,
		startup: { id: row.startupId, name: row.startupName, nameEn: row.startupNameEn },
		corporate: { id: row.corporateId, name: row.corporateName, nameEn: row.corporateNameEn },
		challenge: row.challengeId ? { id: row.challengeId, title: row.challengeTitle ?? '' } : null,
		applicationId: row.applicationId,
		source: row.source,
		stage,
		dropReason: row.dropReason as DropReason | null,
		note: row.note,
		version: row.version,
		allowedMoves: [...MOVES[stage]],
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString(),
		stageChangedAt: row.stageChangedAt.toISOString()
	};
}

/** The parties of a loaded row, for access checks. */
export async function partiesOfRow(db: Database, row: CollaborationRow) {
	return (await loadParties(db, row)).parties;
}

/**
 * The cards the viewer may see, most recently moved first: one center's board (`centerId`, which
 * the viewer must manage), one corporate's or startup's (`corporateId`/`startupId`), optionally one
 * column (`stage`). 403 for a center the viewer does not manage.
 */
export async function listCollaborations(
	db: Database,
	viewer: Viewer,
	query: CollaborationsQuery
): Promise<{ hits: CollaborationPayload[]; total: number; page: number; limit: number }> {
	if (query.centerId && !managesAny(viewer, [query.centerId])) throw forbidden();
	const where = sql<SqlBool>`${visibleSql(viewer)}
		AND ${query.centerId ? inCentersSql([query.centerId]) : sql<SqlBool>`true`}
		AND ${query.corporateId ? inIds('c.corporateId', [query.corporateId]) : sql<SqlBool>`true`}
		AND ${query.startupId ? inIds('c.startupId', [query.startupId]) : sql<SqlBool>`true`}
		AND ${query.stage ? sql<SqlBool>`c.stage = ${query.stage}` : sql<SqlBool>`true`}`;
	const { rows, total } = await listCollaborationRows(db, where, {
		limit: query.limit,
		offset: (query.page - 1) * query.limit
	});
	return { hits: rows.map(toCollaborationPayload), total, page: query.page, limit: query.limit };
}

/** One card with its history of moves; undefined (404) when missing or not visible to the viewer. */
export async function getCollaboration(
	db: Database,
	viewer: Viewer,
	id: string
): Promise<(CollaborationPayload & { history: CollaborationEventPayload[] }) | undefined> {
	const row = await findCollaborationById(db, id);
	if (!row || !canSee(viewer, await partiesOfRow(db, row))) return undefined;
	const events = await listEvents(db, id);
	return {
		...toCollaborationPayload(row),
		history: events.map((e) => ({
			from: e.fromStage as Stage | null,
			to: e.toStage as Stage,
			reason: e.reason,
			note: e.note,
			version: e.version,
			at: e.at.toISOString(),
			actor: e.actorUserId ? { id: e.actorUserId, name: e.actorName } : null
		}))
	};
}
