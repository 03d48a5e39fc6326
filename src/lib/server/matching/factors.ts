/**
 * The value (0–1) of each factor for a pair, computed two ways that agree bit for bit: from a
 * startup's own fields (one pair, or a startup outside the index) and from the index's integer
 * columns (a ranking over 100,000). Counts are integers and tag weights are dyadic (prepare.ts), so
 * neither path depends on summation order; BM25 sums in term order on every path (bm25.ts).
 *
 * The values, in FACTORS order:
 * - industry: share of the challenge's industries the startup works in;
 * - techOverlap: rarity-weighted share of the challenge's tags the startup has (Σ idf held / Σ idf asked);
 * - text: BM25 of the challenge's title + teaser against the startup's text, divided by the score of an
 *   average-length text mentioning every query term once, capped at 1 — "how much of the challenge's
 *   wording the profile covers", comparable across challenges of any length;
 * - stage: 1 in a preferred stage, 0.5 one away, 0.25 two away, else 0 (1 for any when none preferred);
 * - collaboration: |offered ∩ sought| / min(|offered|, |sought|) — 1 when one side wants only what the
 *   other has (offered: the challenge's types as seeking codes, procurement counting as distribution and
 *   open data as PoC); 0.5 when it offers nothing a startup can seek, 0 when the startup seeks nothing;
 * - region: 1 in one of the challenge's regions or hosted by the startup's home center, 0.5 for a
 *   nationwide challenge, else 0;
 * - stance: stances.ts.
 */
import { stageIndex } from '../../taxonomy';
import type { PreparedChallenge } from './prepare';
import { tagKey, type StartupIndex } from './startup-index';
import { FACTORS, type MatchStartup, type Weights } from './types';

export const FACTOR_COUNT = FACTORS.length;
/** Position of each factor in a values array. */
export const FACTOR_INDEX = Object.fromEntries(FACTORS.map((factor, i) => [factor, i])) as Readonly<
	Record<(typeof FACTORS)[number], number>
>;
const { industry: INDUSTRY, techOverlap: TECH, text: TEXT, stage: STAGE } = FACTOR_INDEX;
const { collaboration: COLLABORATION, region: REGION, stance: STANCE } = FACTOR_INDEX;

/** Weights as shares of 100 points, in FACTORS order; negative or non-finite weights count as 0. */
export function weightShares(weights: Weights): Float64Array {
	const usable = (weight: number) => (Number.isFinite(weight) && weight > 0 ? weight : 0);
	let total = 0;
	for (const factor of FACTORS) total += usable(weights[factor]);
	return Float64Array.from(FACTORS, (factor) => (total > 0 ? (100 * usable(weights[factor])) / total : 0));
}

/** Σ share × value in FACTORS order, kept within 0–100 against rounding drift. */
export function combine(shares: Float64Array, values: Float64Array): number {
	let total = 0;
	for (let i = 0; i < FACTOR_COUNT; i++) total += shares[i]! * values[i]!;
	return Math.min(100, Math.max(0, total));
}

/** BM25 raw score → 0–1 (see the module comment). */
export function textValue(p: PreparedChallenge, bm25: number): number {
	return p.query.ideal > 0 ? Math.min(1, bm25 / p.query.ideal) : 0;
}

function collaborationValue(p: PreparedChallenge, matched: number, sought: number): number {
	if (p.offered.length === 0) return 0.5;
	return sought === 0 ? 0 : matched / Math.min(sought, p.offered.length);
}

/** Values of a startup given by its fields. `bm25` is its text's raw score against `p.query`. */
export function valuesOfStartup(
	p: PreparedChallenge,
	startup: MatchStartup,
	bm25: number,
	stance: number,
	out: Float64Array
): Float64Array {
	const industries = new Set(startup.industries);
	let industryMatches = 0;
	for (const code of p.industries) if (industries.has(code)) industryMatches++;
	out[INDUSTRY] = p.industries.length > 0 ? industryMatches / p.industries.length : 0;

	let held = 0;
	for (const key of new Set(startup.techTags.map(tagKey))) held += p.tagWeights.get(key) ?? 0;
	out[TECH] = p.tagTotal > 0 ? held / p.tagTotal : 0;
	out[TEXT] = textValue(p, bm25);
	out[STAGE] = p.stageFit[(startup.stage === null ? -1 : stageIndex(startup.stage)) + 1] ?? 0;

	const sought = new Set(startup.seeking);
	let offeredMatches = 0;
	for (const code of p.offered) if (sought.has(code)) offeredMatches++;
	out[COLLABORATION] = collaborationValue(p, offeredMatches, sought.size);

	const challenge = p.challenge;
	const isLocal =
		(startup.region !== null && p.regions.has(startup.region)) ||
		(startup.homeCenterId !== null && startup.homeCenterId === challenge.hostCenterId);
	out[REGION] = isLocal ? 1 : p.regions.size === 0 ? 0.5 : 0;
	out[STANCE] = stance;
	return out;
}

/** Values of indexed startup `doc`, read from the index's columns. Same results as {@link valuesOfStartup}. */
export function valuesOfDoc(
	p: PreparedChallenge,
	index: StartupIndex,
	doc: number,
	bm25: number,
	stance: number,
	out: Float64Array
): Float64Array {
	out[INDUSTRY] =
		p.industries.length > 0 ? countFlagged(index.industries, doc, p.industryFlags) / p.industries.length : 0;

	const tagStart = index.tags.start.data;
	const tagIds = index.tags.ids.data;
	let held = 0;
	for (let i = tagStart[doc]!, end = tagStart[doc + 1]!; i < end; i++)
		held += p.tagWeightById[tagIds[i]!] ?? 0;
	out[TECH] = p.tagTotal > 0 ? held / p.tagTotal : 0;
	out[TEXT] = textValue(p, bm25);
	contextValuesOfDoc(p, index, doc, out);
	out[STANCE] = stance;
	return out;
}

/** Stage, collaboration and region values of indexed startup `doc` (the cheap, per-document factors). */
export function contextValuesOfDoc(
	p: PreparedChallenge,
	index: StartupIndex,
	doc: number,
	out: Float64Array
): void {
	out[STAGE] = p.stageFit[index.stage.data[doc]! + 1] ?? 0;
	const seekingStart = index.seeking.start.data;
	const sought = seekingStart[doc + 1]! - seekingStart[doc]!;
	out[COLLABORATION] = collaborationValue(p, countFlagged(index.seeking, doc, p.offeredFlags), sought);
	const region = index.region.data[doc]!;
	const isLocal =
		(region >= 0 && p.regionFlags[region] === 1) ||
		(p.hostCenter >= 0 && index.center.data[doc] === p.hostCenter);
	out[REGION] = isLocal ? 1 : p.regions.size === 0 ? 0.5 : 0;
}

/**
 * For a ranking: a function giving the points a document earns from stage, collaboration and region —
 * the same values as {@link contextValuesOfDoc}, with the columns read once. Summed in another order
 * than {@link combine}, so a bound built from it needs a margin for the last bits.
 */
export function contextPointsReader(
	p: PreparedChallenge,
	index: StartupIndex,
	shares: Float64Array
): (doc: number) => number {
	const stage = index.stage.data;
	const region = index.region.data;
	const center = index.center.data;
	const seekingStart = index.seeking.start.data;
	const seekingIds = index.seeking.ids.data;
	const { stageFit, offeredFlags, regionFlags, hostCenter } = p;
	const [stageShare, collaborationShare, regionShare] = [
		shares[STAGE]!,
		shares[COLLABORATION]!,
		shares[REGION]!
	];
	const elsewhere = p.regions.size === 0 ? 0.5 : 0;
	return (doc) => {
		let matched = 0;
		const from = seekingStart[doc]!;
		const to = seekingStart[doc + 1]!;
		for (let i = from; i < to; i++) matched += offeredFlags[seekingIds[i]!] ?? 0;
		const r = region[doc]!;
		const isLocal = (r >= 0 && regionFlags[r] === 1) || (hostCenter >= 0 && center[doc] === hostCenter);
		return (
			stageShare * (stageFit[stage[doc]! + 1] ?? 0) +
			collaborationShare * collaborationValue(p, matched, to - from) +
			regionShare * (isLocal ? 1 : elsewhere)
		);
	};
}

function countFlagged(column: StartupIndex['industries'], doc: number, flags: Uint8Array): number {
	const start = column.start.data;
	const ids = column.ids.data;
	let count = 0;
	for (let i = start[doc]!, end = start[doc + 1]!; i < end; i++) count += flags[ids[i]!] ?? 0;
	return count;
}
