/**
 * Choices the matchmaking-day forms offer: the centers a viewer may host a day for, and the startups
 * and corporates a manager may still add to one (found by name, those already in left out).
 */
import type { Database } from '$lib/server/db';
import type { Viewer } from '$lib/server/catalog/viewer';
import { eventForManager } from './access';

export interface CenterChoice {
	id: string;
	name: string;
	nameEn: string | null;
}

/** Centers the viewer manages (every center for an admin), by name. */
export async function hostCenters(db: Database, viewer: Viewer): Promise<CenterChoice[]> {
	if (!viewer.isAdmin && viewer.managedCenterIds.length === 0) return [];
	let query = db
		.selectFrom('organizations')
		.select(['id', 'name', 'nameEn'])
		.where('kind', '=', 'center')
		.orderBy('name');
	if (!viewer.isAdmin) query = query.where('id', 'in', viewer.managedCenterIds);
	return query.execute();
}

export interface Candidate {
	id: string;
	name: string;
	nameEn: string | null;
	kind: 'startup' | 'corporate';
}

/** How many matches one search shows; a manager narrows the name rather than pages through. */
export const CANDIDATE_LIMIT = 20;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Startups and corporates whose Korean or English name contains `q`, not yet taking part in the
 * event; managers only (403 for participants, 404 for others, as eventForManager decides).
 */
export async function searchCandidates(
	db: Database,
	viewer: Viewer,
	eventId: string,
	q: string
): Promise<Candidate[]> {
	await eventForManager(db, viewer, eventId);
	const text = q.trim();
	if (text === '') return [];
	const pattern = `%${escapeLike(text)}%`;
	const rows = await db
		.selectFrom('organizations as o')
		.select(['o.id', 'o.name', 'o.nameEn', 'o.kind'])
		.where('o.kind', 'in', ['startup', 'corporate'])
		.where((eb) => eb.or([eb('o.name', 'ilike', pattern), eb('o.nameEn', 'ilike', pattern)]))
		.where(({ not, exists, selectFrom }) =>
			not(
				exists(
					selectFrom('eventParticipants as p')
						.select('p.organizationId')
						.whereRef('p.organizationId', '=', 'o.id')
						.where('p.eventId', '=', eventId)
				)
			)
		)
		.orderBy('o.name')
		.limit(CANDIDATE_LIMIT)
		.execute();
	return rows.map((r) => ({ ...r, kind: r.kind as 'startup' | 'corporate' }));
}
