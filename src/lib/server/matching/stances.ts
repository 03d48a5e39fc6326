/**
 * Stances already expressed (the `interests` table) and what they are worth to a pair.
 *
 * Reciprocity is folded into the stance factor: a pair where both sides are positive is worth at least
 * 0.8 of the factor, a one-sided stance at most 0.5 — so with equal fit a mutual pair always ranks above
 * a one-sided one (by ≥ 3 points at the default weight of 10), and must_meet outranks meet on each side.
 * `no_thanks` from either side blocks the pair: it is filtered out before scoring and is worth 0 here.
 */
import type { MatchChallenge, Stance, Stances } from './types';

/** One row of `interests`, with the kind of the organization that expressed it. */
export interface Interest {
	fromOrgId: string;
	fromKind: 'startup' | 'corporate';
	toOrgId: string | null;
	challengeId: string | null;
	stance: Stance;
}

/** How much one side wants the meeting. */
const LEVEL: Readonly<Record<Stance, number>> = { must_meet: 1, meet: 0.5, no_thanks: 0 };
const MUTUAL_FLOOR = 0.6;
const ONE_SIDED_SHARE = 0.5;

function startupSide(stances: Stances): number {
	return Math.max(
		stances.startupOnChallenge ? LEVEL[stances.startupOnChallenge] : 0,
		stances.startupOnCorporate ? LEVEL[stances.startupOnCorporate] : 0
	);
}

function corporateSide(stances: Stances): number {
	return stances.corporateOnStartup ? LEVEL[stances.corporateOnStartup] : 0;
}

/** True when either side said no_thanks: the pair never appears in a ranking. */
export function isBlocked(stances: Stances): boolean {
	return (
		stances.startupOnChallenge === 'no_thanks' ||
		stances.startupOnCorporate === 'no_thanks' ||
		stances.corporateOnStartup === 'no_thanks'
	);
}

/** Both sides positive: a mutual match. */
export function isMutual(stances: Stances): boolean {
	return !isBlocked(stances) && startupSide(stances) > 0 && corporateSide(stances) > 0;
}

/**
 * The stance factor, 0–1: mutual 0.8 (both meet) … 1 (both must_meet); one-sided 0.25 (meet) or 0.5
 * (must_meet); nothing expressed or blocked 0.
 */
export function stanceValue(stances: Stances): number {
	if (isBlocked(stances)) return 0;
	const a = startupSide(stances);
	const b = corporateSide(stances);
	if (a > 0 && b > 0) return MUTUAL_FLOOR + ((1 - MUTUAL_FLOOR) * (a + b)) / 2;
	return ONE_SIDED_SHARE * Math.max(a, b);
}

interface CorporateStances {
	general?: Stance;
	byChallenge?: Map<string, Stance>;
}

const NONE: Stances = Object.freeze({});

/** Stances looked up by pair, or by challenge for a whole ranking. */
export class StanceIndex {
	/** challenge → startup → the startup's stance on the challenge */
	private readonly onChallenge = new Map<string, Map<string, Stance>>();
	/** corporate → startup → the startup's stance on the corporate */
	private readonly onCorporate = new Map<string, Map<string, Stance>>();
	/** corporate → startup → the corporate's stances on the startup */
	private readonly fromCorporate = new Map<string, Map<string, CorporateStances>>();

	constructor(interests: Iterable<Interest> = []) {
		for (const interest of interests) this.add(interest);
	}

	/** Records a stance; a later one for the same target replaces the earlier (as the upsert does). */
	add({ fromOrgId, fromKind, toOrgId, challengeId, stance }: Interest): void {
		if (fromKind === 'startup') {
			if (challengeId !== null) nested(this.onChallenge, challengeId).set(fromOrgId, stance);
			else if (toOrgId !== null) nested(this.onCorporate, toOrgId).set(fromOrgId, stance);
		} else if (toOrgId !== null) {
			const byStartup = nested(this.fromCorporate, fromOrgId);
			const entry = byStartup.get(toOrgId) ?? {};
			if (challengeId === null) entry.general = stance;
			else (entry.byChallenge ??= new Map()).set(challengeId, stance);
			byStartup.set(toOrgId, entry);
		}
	}

	/** The stances between one startup and one challenge (the corporate's challenge-specific one wins). */
	between(startupId: string, challenge: MatchChallenge): Stances {
		const onChallenge = this.onChallenge.get(challenge.id)?.get(startupId);
		const onCorporate = this.onCorporate.get(challenge.corporateId)?.get(startupId);
		const fromCorporate = this.fromCorporate.get(challenge.corporateId)?.get(startupId);
		const corporate = fromCorporate?.byChallenge?.get(challenge.id) ?? fromCorporate?.general;
		if (!onChallenge && !onCorporate && !corporate) return NONE;
		const stances: Stances = {};
		if (onChallenge) stances.startupOnChallenge = onChallenge;
		if (onCorporate) stances.startupOnCorporate = onCorporate;
		if (corporate) stances.corporateOnStartup = corporate;
		return stances;
	}

	/** Every startup with some stance bearing on this challenge, and those stances. */
	startupsAbout(challenge: MatchChallenge): Map<string, Stances> {
		const ids = new Set<string>([
			...(this.onChallenge.get(challenge.id)?.keys() ?? []),
			...(this.onCorporate.get(challenge.corporateId)?.keys() ?? []),
			...(this.fromCorporate.get(challenge.corporateId)?.keys() ?? [])
		]);
		const result = new Map<string, Stances>();
		for (const id of ids) {
			const stances = this.between(id, challenge);
			if (stances !== NONE) result.set(id, stances);
		}
		return result;
	}
}

function nested<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
	let inner = map.get(key);
	if (!inner) map.set(key, (inner = new Map()));
	return inner;
}
