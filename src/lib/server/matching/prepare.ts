/**
 * Everything about one challenge that does not depend on the startup, computed once per ranking: the
 * BM25 query, rarity weights of its tags, and its codes as flags over the index's vocabularies.
 */
import { seeking, stageIndex, stages } from '../../taxonomy';
import type { Bm25Query } from './bm25';
import { tagKey, type StartupIndex } from './startup-index';
import type { MatchChallenge } from './types';

/**
 * Tag weights are rounded to multiples of 2^-20: sums of such numbers are exact in float64 whatever the
 * order, so the string path (one pair) and the column path (a ranking) compute bit-identical totals.
 */
const WEIGHT_QUANTUM = 2 ** 20;
/** Stage fit by distance to the nearest preferred stage: in one, one away, two away, further. */
const STAGE_FIT = [1, 0.5, 0.25, 0] as const;
/** Collaboration types that give a startup what it seeks under another code. */
const OFFER_AS_SEEKING: Readonly<Record<string, string>> = { procurement: 'distribution', open_data: 'poc' };
const SEEKABLE: ReadonlySet<string> = new Set(seeking.map((entry) => entry.code));
/** A tag held by at most this share of the startups (or by two at most) is called rare in the reasons. */
const RARE_SHARE = 0.02;

export interface PreparedTag {
	/** as the challenge spells it */
	tag: string;
	key: string;
	/** rarity weight (smoothed IDF, ≥ 1) */
	weight: number;
	documentFrequency: number;
	isRare: boolean;
}

export interface PreparedChallenge {
	readonly challenge: MatchChallenge;
	readonly query: Bm25Query;
	readonly industries: readonly string[];
	readonly industryFlags: Uint8Array;
	/** distinct, in the challenge's order */
	readonly tags: readonly PreparedTag[];
	readonly tagWeights: ReadonlyMap<string, number>;
	readonly tagWeightById: Float64Array;
	readonly tagTotal: number;
	/** the collaboration types as seeking codes, distinct */
	readonly offered: readonly string[];
	readonly offeredFlags: Uint8Array;
	/** preferred stage indexes; empty means any stage */
	readonly preferredStages: readonly number[];
	/** fit by stage index + 1 (slot 0: stage unknown) */
	readonly stageFit: Float64Array;
	readonly regions: ReadonlySet<string>;
	readonly regionFlags: Uint8Array;
	/** the host center's id in the index, -1 when none (or no indexed startup calls it home) */
	readonly hostCenter: number;
}

/** Smoothed inverse document frequency of a tag: 1 for a tag everyone has, more the rarer it is. */
export function tagIdf(df: number, startups: number): number {
	return 1 + Math.log((startups + 1) / (df + 1));
}

/** The challenge prepared against the index's current statistics (cached until the index grows). */
export function prepareChallenge(challenge: MatchChallenge, index: StartupIndex): PreparedChallenge {
	const cached = index.preparedCache.get(challenge);
	if (cached && cached.size === index.size) return cached.value as PreparedChallenge;
	const v = index.vocabularies;
	const industries = [...new Set(challenge.industries)];
	const tags = prepareTags(challenge, index);
	const tagWeightById = new Float64Array(v.tags.size);
	let tagTotal = 0;
	for (const tag of tags) {
		const id = v.tags.find(tag.key);
		if (id >= 0) tagWeightById[id] = tag.weight;
		tagTotal += tag.weight;
	}
	const offered = [
		...new Set(
			challenge.collaborationTypes
				.map((code) => OFFER_AS_SEEKING[code] ?? code)
				.filter((code) => SEEKABLE.has(code))
		)
	];
	const preferredStages = [...new Set(challenge.preferredStages.map(stageIndex).filter((i) => i >= 0))];
	const stageFit = new Float64Array(stages.length + 1);
	for (let s = 0; s < stages.length; s++) {
		const distance = Math.min(...preferredStages.map((p) => Math.abs(p - s)), STAGE_FIT.length - 1);
		stageFit[s + 1] = preferredStages.length === 0 ? 1 : STAGE_FIT[distance]!;
	}
	if (preferredStages.length === 0) stageFit[0] = 1;
	const prepared: PreparedChallenge = {
		challenge,
		query: index.text.query(challenge.text),
		industries,
		industryFlags: flags(industries, (code) => v.industries.find(code), v.industries.size),
		tags,
		tagWeights: new Map(tags.map((tag) => [tag.key, tag.weight])),
		tagWeightById,
		tagTotal,
		offered,
		offeredFlags: flags(offered, (code) => v.seeking.find(code), v.seeking.size),
		preferredStages,
		stageFit,
		regions: new Set(challenge.regions),
		regionFlags: flags(challenge.regions, (code) => v.regions.find(code), v.regions.size),
		hostCenter: challenge.hostCenterId === null ? -1 : v.centers.find(challenge.hostCenterId)
	};
	index.preparedCache.set(challenge, { size: index.size, value: prepared });
	return prepared;
}

function prepareTags(challenge: MatchChallenge, index: StartupIndex): PreparedTag[] {
	const seen = new Set<string>();
	const tags: PreparedTag[] = [];
	for (const tag of challenge.techTags) {
		const key = tagKey(tag);
		if (key === '' || seen.has(key)) continue;
		seen.add(key);
		const df = index.tagDocumentFrequency(key);
		const weight = Math.round(tagIdf(df, index.size) * WEIGHT_QUANTUM) / WEIGHT_QUANTUM;
		tags.push({
			tag,
			key,
			weight,
			documentFrequency: df,
			isRare: df <= Math.max(2, RARE_SHARE * index.size)
		});
	}
	return tags;
}

function flags(codes: Iterable<string>, idOf: (code: string) => number, size: number): Uint8Array {
	const result = new Uint8Array(size);
	for (const code of codes) {
		const id = idOf(code);
		if (id >= 0) result[id] = 1;
	}
	return result;
}
