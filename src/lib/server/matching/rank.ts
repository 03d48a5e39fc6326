/**
 * Rankings both ways. Hard filters come first (a closed challenge, excluded ids — declined applications,
 * `no_thanks` — and any pair with a `no_thanks` stance), then exact scoring and a bounded heap; only the
 * k winners get a full breakdown with reasons. Reciprocity is part of the score (stances.ts), so a pair
 * both sides want ranks above a one-sided one at equal fit.
 *
 * For a challenge the kernel is select-startups.ts (columns, bounds, pruning); its scores equal
 * `score(startup, challenge).exact` bit for bit, so the breakdown shown is the score ranked by.
 */
import { countTerms } from './bm25';
import { FACTOR_COUNT, combine, valuesOfDoc, valuesOfStartup, weightShares } from './factors';
import { prepareChallenge } from './prepare';
import { selectStartups } from './select-startups';
import { score, type MatchContext } from './score';
import { isBlocked, stanceValue } from './stances';
import { TopK, type Ranked } from './top-k';
import {
	DEFAULT_WEIGHTS,
	type MatchChallenge,
	type MatchScore,
	type MatchStartup,
	type Weights
} from './types';

export interface RankOptions {
	/** ids to leave out: startups (for a challenge) or challenges (for a startup) */
	exclude?: ReadonlySet<string>;
}

export { selectStartups };

export interface RankedStartup {
	startup: MatchStartup;
	match: MatchScore;
}

export interface RankedChallenge {
	challenge: MatchChallenge;
	match: MatchScore;
}

/** A corporate challenge can be matched to startups until it is closed or archived. */
export function isRankable(challenge: MatchChallenge): boolean {
	return challenge.status !== 'closed' && challenge.status !== 'archived';
}

/** Startups can be pointed to a challenge only while it takes applications. */
export function isOpenForStartups(challenge: MatchChallenge): boolean {
	return challenge.status === undefined || challenge.status === 'open';
}

/** The best `k` startups for a challenge, best first, each with its score and reasons. */
export function rankStartupsForChallenge(
	challenge: MatchChallenge,
	startups: readonly MatchStartup[],
	ctx: MatchContext,
	weights: Weights = DEFAULT_WEIGHTS,
	k = 20,
	options: RankOptions = {}
): RankedStartup[] {
	if (k <= 0 || !isRankable(challenge)) return [];
	return selectStartups(challenge, startups, ctx, weights, k, options).map(({ item }) => ({
		startup: item,
		match: score(item, challenge, ctx, weights)
	}));
}

/** Weights for every challenge, or per challenge (a center's tuning applies to the challenges it hosts). */
export type WeightsFor = Weights | ((challenge: MatchChallenge) => Weights);

/** The best `k` open challenges for a startup by exact score, without breakdowns. */
export function selectChallenges(
	startup: MatchStartup,
	challenges: readonly MatchChallenge[],
	ctx: MatchContext,
	weights: WeightsFor,
	k: number,
	options: RankOptions = {}
): Ranked<MatchChallenge>[] {
	const { index, stances } = ctx;
	const doc = index.text.indexOf(startup.id);
	const isIndexed = doc >= 0 && index.startups[doc] === startup;
	const terms = isIndexed ? undefined : countTerms(startup.text);
	const weightsOf = typeof weights === 'function' ? weights : () => weights;
	const top = new TopK<MatchChallenge>(k);
	const values = new Float64Array(FACTOR_COUNT);
	for (const challenge of challenges) {
		if (!isOpenForStartups(challenge) || options.exclude?.has(challenge.id)) continue;
		const pair = stances?.between(startup.id, challenge);
		if (pair && isBlocked(pair)) continue;
		const p = prepareChallenge(challenge, index);
		const stance = pair ? stanceValue(pair) : 0;
		if (terms) valuesOfStartup(p, startup, index.text.scoreCounts(p.query, terms), stance, values);
		else valuesOfDoc(p, index, doc, index.text.scoreDoc(p.query, doc), stance, values);
		top.push(challenge, combine(weightShares(weightsOf(challenge)), values), challenge.id);
	}
	return top.results();
}

/** The best `k` open challenges for a startup, best first, each with its score and reasons. */
export function rankChallengesForStartup(
	startup: MatchStartup,
	challenges: readonly MatchChallenge[],
	ctx: MatchContext,
	weights: WeightsFor = DEFAULT_WEIGHTS,
	k = 20,
	options: RankOptions = {}
): RankedChallenge[] {
	return selectChallenges(startup, challenges, ctx, weights, k, options).map(({ item }) =>
		explainChallenge(startup, item, ctx, weights)
	);
}

/**
 * The best `k` corporates for a startup, each represented by its best open challenge (a corporate with
 * three fitting challenges is one meeting to have, not three).
 */
export function rankCorporatesForStartup(
	startup: MatchStartup,
	challenges: readonly MatchChallenge[],
	ctx: MatchContext,
	weights: WeightsFor = DEFAULT_WEIGHTS,
	k = 20,
	options: RankOptions = {}
): (RankedChallenge & { corporateId: string })[] {
	const seen = new Set<string>();
	const best: (RankedChallenge & { corporateId: string })[] = [];
	for (const { item } of selectChallenges(startup, challenges, ctx, weights, challenges.length, options)) {
		if (seen.has(item.corporateId)) continue;
		seen.add(item.corporateId);
		best.push({ ...explainChallenge(startup, item, ctx, weights), corporateId: item.corporateId });
		if (best.length >= k) break;
	}
	return best;
}

function explainChallenge(
	startup: MatchStartup,
	challenge: MatchChallenge,
	ctx: MatchContext,
	weights: WeightsFor
): RankedChallenge {
	const w = typeof weights === 'function' ? weights(challenge) : weights;
	return { challenge, match: score(startup, challenge, ctx, w) };
}
