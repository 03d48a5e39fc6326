/**
 * `score(startup, challenge)`: pure — no I/O, no clock, no randomness. The same pair, context and
 * weights always give the same score, breakdown and reasons.
 *
 * Rounding: the score is an integer 0–100, `round(exact)`, where `exact` = Σ share × value (shares of
 * 100 from the weights). Each contribution starts as ⌊share × value⌋ and the points left over go, one
 * each, to the factors with the largest fractional parts (largest remainder; ties to the earlier
 * factor). So the contributions are integers that add up to the score exactly — also in JavaScript
 * floating point — and a factor with value 0 always contributes 0.
 */
import { countTerms } from './bm25';
import { explain } from './explain';
import { FACTOR_COUNT, combine, valuesOfStartup, weightShares } from './factors';
import { prepareChallenge } from './prepare';
import { isMutual, stanceValue, type StanceIndex } from './stances';
import type { StartupIndex } from './startup-index';
import {
	DEFAULT_WEIGHTS,
	FACTORS,
	type BreakdownEntry,
	type MatchChallenge,
	type MatchScore,
	type MatchStartup,
	type Stances,
	type Weights
} from './types';

/** What a score knows beyond the pair: the startups' statistics, and the stances expressed so far. */
export interface MatchContext {
	/** corpus statistics: BM25 (df per term, average length) and tech-tag frequencies for rarity */
	index: StartupIndex;
	stances?: StanceIndex;
}

const NO_STANCES: Stances = Object.freeze({});

/** Integers that add up to `total`, each ⌊part⌋ or ⌈part⌉ (largest remainder). */
export function apportion(parts: readonly number[], total: number): number[] {
	const result = parts.map((part) => Math.floor(part));
	let rest = total - result.reduce((sum, part) => sum + part, 0);
	const order = parts
		.map((_, i) => i)
		.sort((a, b) => parts[b]! - result[b]! - (parts[a]! - result[a]!) || a - b);
	// rest is between 0 and the number of non-integer parts; the loops only guard against float drift.
	for (let n = 0; rest > 0; n++, rest--) {
		const i = order[n % order.length]!;
		result[i] = result[i]! + 1;
	}
	for (let n = order.length - 1; rest < 0; n = (n + order.length - 1) % order.length) {
		const i = order[n]!;
		if (result[i]! > 0) {
			result[i] = result[i]! - 1;
			rest++;
		}
	}
	return result;
}

/**
 * Scores one startup for one challenge: 0–100 and a breakdown with the reason behind each factor and,
 * where something realistic would, what would raise it. `ctx.index` should hold the startups being
 * compared (its statistics weigh tags and words); the startup itself is scored from its own fields.
 */
export function score(
	startup: MatchStartup,
	challenge: MatchChallenge,
	ctx: MatchContext,
	weights: Weights = DEFAULT_WEIGHTS
): MatchScore {
	const p = prepareChallenge(challenge, ctx.index);
	const stances = ctx.stances?.between(startup.id, challenge) ?? NO_STANCES;
	const terms = countTerms(startup.text);
	const bm25 = ctx.index.text.scoreCounts(p.query, terms);
	const values = valuesOfStartup(p, startup, bm25, stanceValue(stances), new Float64Array(FACTOR_COUNT));
	const shares = weightShares(weights);
	const exact = combine(shares, values);
	const total = Math.round(exact);
	const contributions = apportion(
		FACTORS.map((_, i) => shares[i]! * values[i]!),
		total
	);
	const breakdown = FACTORS.map((factor, i): BreakdownEntry => {
		const value = values[i]!;
		const { reason, improve } = explain(factor, { p, startup, value, stances, terms, index: ctx.index });
		const entry: BreakdownEntry = {
			factor,
			weight: round(shares[i]!, 2),
			value: round(value, 3),
			contribution: contributions[i]!,
			reason
		};
		if (improve) entry.improve = improve;
		return entry;
	});
	return { score: total, exact, mutual: isMutual(stances), breakdown };
}

function round(value: number, digits: number): number {
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale;
}
