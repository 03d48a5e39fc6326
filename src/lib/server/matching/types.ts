/**
 * The matcher's vocabulary: what it knows of a startup and of a challenge, the stances two sides have
 * expressed, and the weights of its factors. Pure types and constants, no I/O.
 */
import { z } from 'zod';

/** One organization's stance on another (or on a challenge); `no_thanks` removes the pair from rankings. */
export type Stance = 'must_meet' | 'meet' | 'no_thanks';

/** A startup as the matcher sees it, assembled from `organizations` and `startup_profiles`. */
export interface MatchStartup {
	/** the startup organization's id */
	id: string;
	name: string;
	/** industry codes (taxonomy) */
	industries: readonly string[];
	techTags: readonly string[];
	/** stage code (taxonomy), null when unknown */
	stage: string | null;
	/** region code (taxonomy) */
	region: string | null;
	homeCenterId: string | null;
	/** seeking codes (taxonomy: poc, investment, distribution, joint_rnd, mentoring) */
	seeking: readonly string[];
	/** name + summary + description: what BM25 ranks */
	text: string;
	/** how complete the profile is, 0–100; only used to suggest completing it */
	completeness?: number;
}

/** Lifecycle of a challenge (see the challenges table). */
export type ChallengeStatus = 'draft' | 'open' | 'screening' | 'closed' | 'archived';

/** A challenge as the matcher sees it. Only public fields: confidential details never reach the matcher. */
export interface MatchChallenge {
	id: string;
	title: string;
	/** the posting corporate organization's id */
	corporateId: string;
	hostCenterId: string | null;
	industries: readonly string[];
	techTags: readonly string[];
	/** collaboration type codes (taxonomy) */
	collaborationTypes: readonly string[];
	/** stage codes; empty means any stage */
	preferredStages: readonly string[];
	/** region codes; empty means nationwide */
	regions: readonly string[];
	/** title + teaser — NEVER the confidential details, or the match reasons would leak them */
	text: string;
	/** absent means open */
	status?: ChallengeStatus;
}

/** The stances already expressed between one startup and one challenge (and its corporate). */
export interface Stances {
	startupOnChallenge?: Stance;
	startupOnCorporate?: Stance;
	corporateOnStartup?: Stance;
}

/** The factors of a score, in the order the breakdown lists them. */
export const FACTORS = [
	'industry',
	'techOverlap',
	'text',
	'stage',
	'collaboration',
	'region',
	'stance'
] as const;
export type Factor = (typeof FACTORS)[number];

/** One relative weight per factor; they are normalized to shares of 100 points when scoring. */
export type Weights = Readonly<Record<Factor, number>>;

/**
 * Defaults, already summing to 100 so each is the factor's maximum points. Tech tags weigh most: they are
 * the most specific thing a challenge asks for. Stances get 10: enough that a mutual "must meet" lifts a
 * pair, not enough to float a poor fit over a good one.
 */
export const DEFAULT_WEIGHTS: Weights = {
	industry: 15,
	techOverlap: 30,
	text: 20,
	stage: 10,
	collaboration: 10,
	region: 5,
	stance: 10
};

const weight = z.number().finite().min(0).max(1000);

/** A center manager's weights as stored in `matching_weights.weights`; missing factors take the default. */
export const weightsSchema = z
	.object({
		industry: weight.default(DEFAULT_WEIGHTS.industry),
		techOverlap: weight.default(DEFAULT_WEIGHTS.techOverlap),
		text: weight.default(DEFAULT_WEIGHTS.text),
		stage: weight.default(DEFAULT_WEIGHTS.stage),
		collaboration: weight.default(DEFAULT_WEIGHTS.collaboration),
		region: weight.default(DEFAULT_WEIGHTS.region),
		stance: weight.default(DEFAULT_WEIGHTS.stance)
	})
	.refine((w) => FACTORS.some((factor) => w[factor] > 0), {
		message: 'at least one weight must be positive'
	});

/** A text in both languages of the UI. */
export interface Localized {
	ko: string;
	en: string;
}

/** One line of "why this match". */
export interface BreakdownEntry {
	factor: Factor;
	/** the factor's maximum points (its share of 100) */
	weight: number;
	/** how well the pair does on this factor, 0–1 */
	value: number;
	/** points earned; the contributions of a breakdown add up to its score exactly */
	contribution: number;
	reason: Localized;
	/** what would raise this factor, when something realistic would */
	improve?: Localized;
}

/** A scored pair. */
export interface MatchScore {
	/** 0–100, an integer, the sum of the contributions */
	score: number;
	/** the unrounded score (0–100) that rankings order by, so equal integers keep a meaningful order */
	exact: number;
	/** both sides positive: shown highlighted as a mutual match */
	mutual: boolean;
	breakdown: BreakdownEntry[];
}
