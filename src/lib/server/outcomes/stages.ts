/**
 * The collaboration pipeline's stages and the moves between them (pure). A person moves a card one
 * step along the board, may skip the follow-up step, or drops it with a reason code; the system (an
 * application reaching PoC, an outcome being recorded) may move any step forward at once.
 */
export const STAGES = [
	'matched',
	'meetup_held',
	'follow_up',
	'poc',
	'contract',
	'investment',
	'dropped'
] as const;
export type Stage = (typeof STAGES)[number];

export const DROP_REASONS = [
	'not_a_fit',
	'no_budget',
	'timing',
	'unresponsive',
	'tech_mismatch',
	'went_elsewhere',
	'other'
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** The moves a person may make from each stage. Contract and investment are results; dropped is final. */
export const MOVES: Readonly<Record<Stage, readonly Stage[]>> = {
	matched: ['meetup_held', 'dropped'],
	meetup_held: ['follow_up', 'poc', 'dropped'],
	follow_up: ['poc', 'contract', 'investment', 'dropped'],
	poc: ['contract', 'investment', 'dropped'],
	// A strategic investment often follows a contract; nothing follows an investment.
	contract: ['investment'],
	investment: [],
	dropped: []
};

/** Position along the board; dropped has none. */
const RANK: Readonly<Record<Stage, number>> = {
	matched: 0,
	meetup_held: 1,
	follow_up: 2,
	poc: 3,
	contract: 4,
	investment: 5,
	dropped: -1
};

export function rankOf(stage: Stage): number {
	return RANK[stage];
}

/** Why a person's move is refused, or undefined when it is allowed. */
export function refusal(from: Stage, to: Stage): 'same_stage' | 'final_stage' | 'not_next' | undefined {
	if (from === to) return 'same_stage';
	if (MOVES[from].length === 0) return 'final_stage';
	return MOVES[from].includes(to) ? undefined : 'not_next';
}

/** Whether the system may move a collaboration from `from` to `to`: forward only, never out of dropped. */
export function isForward(from: Stage, to: Stage): boolean {
	if (from === 'dropped' || to === 'dropped') return false;
	return RANK[to] > RANK[from];
}

/** The stage an outcome of this kind brings a collaboration to (a hire moves nothing). */
export function stageOfOutcome(kind: 'poc' | 'contract' | 'investment' | 'hire'): Stage | undefined {
	return kind === 'hire' ? undefined : kind;
}
