import type { Viewer } from '$lib/server/catalog/viewer';
import { matchesForChallenge, type Locale } from '$lib/server/matching/service';
import type { Weights } from '$lib/server/matching/types';
import { db } from '$lib/server/runtime';

const PREVIEW_SIZE = 10;

/**
 * The top startups for a challenge under the proposed weights, each with where it stood under the
 * saved ones (null: it was not in the top), so a manager sees what a change would move.
 */
export async function previewRanking(
	viewer: Viewer,
	challengeId: string,
	saved: Weights,
	proposed: Weights | undefined,
	locale: Locale
) {
	const [before, after] = await Promise.all([
		matchesForChallenge(db(), viewer, challengeId, PREVIEW_SIZE * 2, locale, { weights: saved }),
		proposed
			? matchesForChallenge(db(), viewer, challengeId, PREVIEW_SIZE, locale, { weights: proposed })
			: undefined
	]);
	if (!before) return null;
	const shown = (after ?? before).matches.slice(0, PREVIEW_SIZE);
	const rankBefore = new Map(before.matches.map((x, i) => [x.startup.id, i + 1]));
	return {
		title: before.challenge.title,
		isProposed: after !== undefined,
		rows: shown.map((x, i) => ({
			startup: { id: x.startup.id, name: x.startup.name, nameEn: x.startup.nameEn },
			score: x.score,
			mutual: x.mutual,
			rank: i + 1,
			rankBefore: rankBefore.get(x.startup.id) ?? null,
			top: [...x.breakdown].sort((a, b) => b.contribution - a.contribution).slice(0, 2)
		}))
	};
}
