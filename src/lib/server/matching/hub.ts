/**
 * The "Matches" page: where each of the viewer's roles finds its recommendations. A startup member
 * sees their startups' best challenges; a corporate member their challenges, each leading to its
 * ranked startups; a center manager the challenges the center hosts and the matcher's settings.
 */
import type { Database } from '$lib/server/db';
import { organizationNames } from '$lib/server/accounts/stats';
import type { Viewer } from '$lib/server/catalog/viewer';
import { matchesForStartup, type Locale } from './service';

/** Startups shown with their top matches inline (each costs one ranking). */
const STARTUPS_WITH_PREVIEW = 3;
const PREVIEW_MATCHES = 3;

export async function matchHub(db: Database, viewer: Viewer, locale: Locale) {
	const [names, challenges] = await Promise.all([
		organizationNames(db, [...viewer.startupIds, ...viewer.managedCenterIds]),
		viewer.corporateIds.length || viewer.managedCenterIds.length
			? db
					.selectFrom('challenges')
					.innerJoin('organizations', 'organizations.id', 'challenges.corporateId')
					.select([
						'challenges.id',
						'challenges.title',
						'challenges.status',
						'challenges.corporateId',
						'challenges.hostCenterId',
						'organizations.name as corporateName',
						'organizations.nameEn as corporateNameEn'
					])
					.where((eb) => {
						const ors = [];
						if (viewer.corporateIds.length) ors.push(eb('challenges.corporateId', 'in', viewer.corporateIds));
						if (viewer.managedCenterIds.length)
							ors.push(eb('challenges.hostCenterId', 'in', viewer.managedCenterIds));
						return eb.or(ors);
					})
					.where('challenges.status', 'not in', ['closed', 'archived'])
					.orderBy('challenges.createdAt', 'desc')
					.limit(100)
					.execute()
			: []
	]);
	const startups = await Promise.all(
		viewer.startupIds.slice(0, STARTUPS_WITH_PREVIEW).map(async (id) => ({
			startup: names.get(id) ?? { id, name: '', nameEn: null },
			matches: ((await matchesForStartup(db, viewer, id, PREVIEW_MATCHES, locale))?.matches ?? []).map(
				(x) => ({ challenge: x.challenge, score: x.score, mutual: x.mutual })
			)
		}))
	);
	const own = new Set(viewer.corporateIds);
	return {
		startups,
		corporateChallenges: challenges.filter((c) => own.has(c.corporateId)),
		centerChallenges: challenges.filter((c) => !own.has(c.corporateId)),
		centers: viewer.managedCenterIds.map((id) => names.get(id) ?? { id, name: '', nameEn: null })
	};
}
