/**
 * The matcher's rankings as the pages and the API show them: who may see which ranking, loading the
 * candidates and stances, and dressing the k winners as cards with reasons in the viewer's language.
 * The scoring itself stays pure (score.ts, rank.ts); stances are recorded in interests.ts.
 */
import type { Database } from '$lib/server/db';
import { forbidden } from '$lib/server/errors';
import { getChallenge } from '$lib/server/catalog/challenges';
import { canSeeStartup } from '$lib/server/catalog/startups';
import { canActFor, type Viewer } from '$lib/server/catalog/viewer';
import { challengeCards, startupCards, type ChallengeCard, type StartupCard } from './cards';
import {
	closedApplicants,
	closedApplications,
	interestsAboutChallenge,
	interestsAboutStartup,
	loadMatchChallenge,
	loadOpenChallengesFor,
	loadVisibleStartups,
	loadWeights
} from './queries';
import { rankChallengesForStartup, rankStartupsForChallenge } from './rank';
import { StanceIndex } from './stances';
import { StartupIndex } from './startup-index';
import {
	DEFAULT_WEIGHTS,
	type Factor,
	type MatchChallenge,
	type MatchScore,
	type Stance,
	type Weights
} from './types';

export { setInterest } from './interests';

export type Locale = 'ko' | 'en';

export interface BreakdownLine {
	factor: Factor;
	weight: number;
	value: number;
	contribution: number;
	reason: string;
	improve?: string;
}

export interface MatchLine {
	score: number;
	mutual: boolean;
	/** the stance the viewer's side has taken on this pair, if any (the other side's stays theirs) */
	stance: Stance | null;
	breakdown: BreakdownLine[];
}

/** A score with its reasons in one language. */
function localize(match: MatchScore, stance: Stance | undefined, locale: Locale): MatchLine {
	return {
		score: match.score,
		mutual: match.mutual,
		stance: stance ?? null,
		breakdown: match.breakdown.map((entry) => {
			const line: BreakdownLine = {
				factor: entry.factor,
				weight: entry.weight,
				value: entry.value,
				contribution: entry.contribution,
				reason: entry.reason[locale]
			};
			if (entry.improve) line.improve = entry.improve[locale];
			return line;
		})
	};
}

export interface ChallengeMatches {
	challenge: { id: string; title: string; corporateId: string; hostCenterId: string | null };
	/** the weights the ranking used: the host center's, the defaults, or a preview's */
	weights: Weights;
	/** whether the viewer acts for the corporate, and so may take its stances */
	canTakeStance: boolean;
	matches: (MatchLine & { startup: StartupCard })[];
}

export interface RankOptions {
	/** rank with these weights instead of the host center's (a manager's preview; nothing is saved) */
	weights?: Weights;
}

/**
 * The best startups for a challenge. Undefined when the challenge does not exist for the viewer (404);
 * a DomainError 403 for those who may see it but do not run it.
 */
export async function matchesForChallenge(
	db: Database,
	viewer: Viewer,
	challengeId: string,
	limit: number,
	locale: Locale = 'ko',
	options: RankOptions = {}
): Promise<ChallengeMatches | undefined> {
	const view = await getChallenge(db, viewer, challengeId);
	if (!view) return undefined;
	if (!view.access.manages) throw forbidden();
	const challenge = await loadMatchChallenge(db, challengeId);
	if (!challenge) return undefined;
	const [startups, interests, exclude, weights, corporate] = await Promise.all([
		loadVisibleStartups(db, viewer),
		interestsAboutChallenge(db, challenge),
		closedApplicants(db, challengeId),
		loadWeights(db, challenge.hostCenterId ? [challenge.hostCenterId] : []),
		db
			.selectFrom('organizations')
			.select(['id', 'stewardCenterId'])
			.where('id', '=', challenge.corporateId)
			.executeTakeFirstOrThrow()
	]);
	const stances = new StanceIndex(interests);
	const ctx = { index: StartupIndex.from(startups), stances };
	const w =
		options.weights ?? ((challenge.hostCenterId && weights.get(challenge.hostCenterId)) || DEFAULT_WEIGHTS);
	const ranked = rankStartupsForChallenge(challenge, startups, ctx, w, limit, { exclude });
	const cards = await startupCards(
		db,
		ranked.map((r) => r.startup.id)
	);
	return {
		challenge: {
			id: challenge.id,
			title: challenge.title,
			corporateId: challenge.corporateId,
			hostCenterId: challenge.hostCenterId
		},
		weights: w,
		canTakeStance: canActFor(viewer, corporate),
		matches: ranked.flatMap(({ startup, match }) => {
			const card = cards.get(startup.id);
			if (!card) return [];
			const ours = stances.between(startup.id, challenge).corporateOnStartup;
			return [{ startup: card, ...localize(match, ours, locale) }];
		})
	};
}

/**
 * The best open challenges for a startup. Undefined when the startup does not exist for the viewer
 * (404); a DomainError 403 for those who may see it but not act for it.
 */
export async function matchesForStartup(
	db: Database,
	viewer: Viewer,
	startupId: string,
	limit: number,
	locale: Locale = 'ko'
): Promise<{ matches: (MatchLine & { challenge: ChallengeCard })[] } | undefined> {
	const org = await db
		.selectFrom('organizations')
		.innerJoin('startupProfiles', 'startupProfiles.organizationId', 'organizations.id')
		.select(['organizations.id', 'organizations.stewardCenterId', 'startupProfiles.visibility'])
		.where('organizations.id', '=', startupId)
		.where('organizations.kind', '=', 'startup')
		.executeTakeFirst();
	if (!org || !canSeeStartup(viewer, org)) return undefined;
	if (!canActFor(viewer, org)) throw forbidden();
	const [startups, challenges, interests, exclude] = await Promise.all([
		loadVisibleStartups(db, viewer),
		loadOpenChallengesFor(db, startupId),
		interestsAboutStartup(db, startupId),
		closedApplications(db, startupId)
	]);
	const startup = startups.find((s) => s.id === startupId);
	if (!startup) return undefined;
	const weights = await loadWeights(
		db,
		challenges.flatMap((c) => (c.hostCenterId ? [c.hostCenterId] : []))
	);
	const weightsFor = (c: MatchChallenge) =>
		(c.hostCenterId && weights.get(c.hostCenterId)) || DEFAULT_WEIGHTS;
	const stances = new StanceIndex(interests);
	const ctx = { index: StartupIndex.from(startups), stances };
	const ranked = rankChallengesForStartup(startup, challenges, ctx, weightsFor, limit, { exclude });
	const cards = await challengeCards(
		db,
		ranked.map((r) => r.challenge.id)
	);
	return {
		matches: ranked.flatMap(({ challenge, match }) => {
			const card = cards.get(challenge.id);
			if (!card) return [];
			const ours = stances.between(startupId, challenge).startupOnChallenge;
			return [{ challenge: card, ...localize(match, ours, locale) }];
		})
	};
}
