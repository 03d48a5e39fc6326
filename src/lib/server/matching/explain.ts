/**
 * "Why this match" and "what would raise it", in plain Korean and English, one sentence per factor.
 * Read by both sides, so sentences name "the startup" and "the challenge" rather than "you"; the
 * suggestions are things the startup can do honestly (add a tag it really has, update its stage).
 */
import type { TermCounts } from './bm25';
import type { PreparedChallenge } from './prepare';
import { contextReasons } from './reasons-context';
import { fitReasons } from './reasons-fit';
import type { StartupIndex } from './startup-index';
import type { Factor, Localized, MatchStartup, Stances } from './types';

export interface Explanation {
	reason: Localized;
	improve?: Localized;
}

/** Everything a reason may draw on. */
export interface ExplainInput {
	p: PreparedChallenge;
	startup: MatchStartup;
	value: number;
	stances: Stances;
	terms: TermCounts;
	index: StartupIndex;
}

const EXPLAIN: Readonly<Record<Factor, (input: ExplainInput) => Explanation>> = {
	...fitReasons,
	...contextReasons
};

/** The explanation of one factor of a pair. */
export function explain(factor: Factor, input: ExplainInput): Explanation {
	return EXPLAIN[factor](input);
}
