/**
 * Browsing a matchmaking day's other side with match scores, so a participant can decide whom to ask
 * and with what priority. A startup sees corporates scored by that corporate's best open challenge for
 * it; a corporate sees startups scored by its best open challenge for each (the matcher's own ranking,
 * reasons included). Organizations without an open challenge to score against are listed unscored.
 */
import type { Database } from '$lib/server/db';
import { forbidden } from '$lib/server/errors';
import { asStartup, canActFor, type Viewer } from '$lib/server/catalog/viewer';
import { canSeeStartup } from '$lib/server/catalog/startups';
import { matchesForChallenge, matchesForStartup, type Locale } from '$lib/server/matching/service';
import { eventFor } from './access';
import type { RequestStatus } from './schema';

export interface BrowseEntry {
	organizationId: string;
	name: string;
	nameEn: string | null;
	logoPath: string | null;
	summary: string | null;
	/** 0–100, or null when there is nothing to score against */
	score: number | null;
	/** the best reason, in the viewer's language */
	reason: string | null;
	/** the challenge the score comes from */
	challengeTitle: string | null;
	/** the request between the two, if any, and who sent it */
	request: { id: string; status: RequestStatus; sentByMe: boolean; priority: number } | null;
}

/** How many of a corporate's open challenges are scored against the startups (newest first). */
const CHALLENGES_SCORED = 5;
const RANKED = 500;

interface Best {
	score: number;
	reason: string | null;
	challengeTitle: string;
}

function keepBest(best: Map<string, Best>, id: string, candidate: Best) {
	const current = best.get(id);
	if (!current || candidate.score > current.score) best.set(id, candidate);
}

async function scoresForStartup(db: Database, viewer: Viewer, startupId: string, locale: Locale) {
	const best = new Map<string, Best>();
	const result = await matchesForStartup(db, asStartup(viewer, startupId), startupId, RANKED, locale);
	for (const m of result?.matches ?? [])
		keepBest(best, m.challenge.corporate.id, {
			score: m.score,
			reason: m.breakdown[0]?.reason ?? null,
			challengeTitle: m.challenge.title
		});
	return best;
}

async function scoresForCorporate(db: Database, viewer: Viewer, corporateId: string, locale: Locale) {
	const best = new Map<string, Best>();
	const challenges = await db
		.selectFrom('challenges')
		.select(['id', 'title'])
		.where('corporateId', '=', corporateId)
		.where('status', '=', 'open')
		.orderBy('createdAt', 'desc')
		.limit(CHALLENGES_SCORED)
		.execute();
	for (const c of challenges) {
		const result = await matchesForChallenge(db, viewer, c.id, RANKED, locale).catch(() => undefined);
		for (const m of result?.matches ?? [])
			keepBest(best, m.startup.id, {
				score: m.score,
				reason: m.breakdown[0]?.reason ?? null,
				challengeTitle: c.title
			});
	}
	return best;
}

/**
 * The other side of the day as `asOrgId` (one of the viewer's participating organizations) sees it,
 * best score first. 403 when the viewer does not act for that organization.
 */
export async function browseParticipants(
	db: Database,
	viewer: Viewer,
	eventId: string,
	asOrgId: string,
	locale: Locale
): Promise<BrowseEntry[]> {
	const { event } = await eventFor(db, viewer, eventId);
	const self = await db
		.selectFrom('eventParticipants as p')
		.innerJoin('organizations as o', 'o.id', 'p.organizationId')
		.select(['p.side', 'o.id', 'o.stewardCenterId'])
		.where('p.eventId', '=', event.id)
		.where('p.organizationId', '=', asOrgId)
		.executeTakeFirst();
	if (!self || !canActFor(viewer, self)) throw forbidden();
	const otherSide = self.side === 'startup' ? 'corporate' : 'startup';
	const [others, requests, scores] = await Promise.all([
		db
			.selectFrom('eventParticipants as p')
			.innerJoin('organizations as o', 'o.id', 'p.organizationId')
			.leftJoin('startupProfiles as sp', 'sp.organizationId', 'o.id')
			.select([
				'o.id',
				'o.name',
				'o.nameEn',
				'o.logoPath',
				'o.stewardCenterId',
				'o.description',
				'sp.summary',
				'sp.visibility'
			])
			.where('p.eventId', '=', event.id)
			.where('p.side', '=', otherSide)
			.execute(),
		db
			.selectFrom('meetingRequests')
			.select(['id', 'status', 'fromOrgId', 'toOrgId', 'priority'])
			.where('eventId', '=', event.id)
			.where((eb) => eb.or([eb('fromOrgId', '=', asOrgId), eb('toOrgId', '=', asOrgId)]))
			.execute(),
		self.side === 'startup'
			? scoresForStartup(db, viewer, asOrgId, locale)
			: scoresForCorporate(db, viewer, asOrgId, locale)
	]);
	const entries = others.map((o): BrowseEntry => {
		const best = scores.get(o.id);
		const r = requests.find((x) => x.fromOrgId === o.id || x.toOrgId === o.id);
		return {
			organizationId: o.id,
			name: o.name,
			nameEn: o.nameEn,
			logoPath: o.logoPath,
			// A startup's summary only where its profile is visible to the viewer (taking part shows the name).
			summary:
				o.visibility === null
					? o.description || null
					: canSeeStartup(viewer, { id: o.id, stewardCenterId: o.stewardCenterId, visibility: o.visibility })
						? o.summary || null
						: null,
			score: best?.score ?? null,
			reason: best?.reason ?? null,
			challengeTitle: best?.challengeTitle ?? null,
			request: r
				? {
						id: r.id,
						status: r.status as RequestStatus,
						sentByMe: r.fromOrgId === asOrgId,
						priority: r.priority
					}
				: null
		};
	});
	return entries.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name));
}
