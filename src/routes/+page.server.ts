import type { PageServerLoad } from './$types';
import * as stats from '$lib/server/accounts/stats';
import { db } from '$lib/server/runtime';

// Public: every figure and teaser here is what an anonymous visitor may see (see stats.ts).
export const load = (async ({ locals }) => {
	const [figures, startups, challenges] = await Promise.all([
		stats.platformFigures(db()),
		stats.listFeaturedStartups(db(), 6),
		stats.listOpenChallengeTeasers(db(), 4)
	]);
	return { figures, startups, challenges, timeZone: locals.user?.timeZone ?? 'Asia/Seoul' };
}) satisfies PageServerLoad;
