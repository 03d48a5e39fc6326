/**
 * The fast kernel behind ranking startups for a challenge: exact scores, a bounded heap and safe
 * pruning, so the top k are exactly those a full sort would give — without scoring most of the catalog.
 *
 * 1. Walking the inverted lists of the challenge's industries and tags (and the few stanced startups)
 *    gives those startups' industry, tag and stance points. Their text points are bounded by BM25 over
 *    the query's rarer terms plus the most its common terms could add. Startups on no list can reach
 *    at most `restBound`.
 * 2. The listed startups are visited by descending bound (counting sort into whole-point buckets). A
 *    startup whose bound can still beat the heap's k-th score gets a tighter bound (its stage,
 *    collaboration and region points) and then, if that can too, its exact score; the visit stops at
 *    the first bucket that cannot. If thousands need their text scored, BM25 is accumulated once over
 *    the postings instead (bit-identical values).
 * 3. Only if the k-th score ends at or below `restBound` are the unlisted startups visited the same way.
 *
 * Bounds are summed in another order than the exact score, so they carry a margin of 10⁻⁶ points.
 * Skipped startups score strictly below the final k-th score: the result is exactly a full sort's.
 * Candidates are distinct startups (a startup given twice is ranked once).
 */
import { countTerms } from './bm25';
import {
	FACTOR_COUNT,
	FACTOR_INDEX,
	combine,
	contextPointsReader,
	valuesOfStartup,
	weightShares
} from './factors';
import { prepareChallenge } from './prepare';
import { MARGIN, positionOf, restBound, textBoundReader, visit, type Selection } from './pruning';
import type { MatchContext } from './score';
import { isBlocked, stanceValue } from './stances';
import { TopK, type Ranked } from './top-k';
import type { MatchChallenge, MatchStartup, Weights } from './types';

export interface SelectOptions {
	exclude?: ReadonlySet<string>;
}

/** The best `k` of `startups` for a challenge by exact score, best first, without breakdowns. */
export function selectStartups(
	challenge: MatchChallenge,
	startups: readonly MatchStartup[],
	ctx: MatchContext,
	weights: Weights,
	k: number,
	options: SelectOptions = {}
): Ranked<MatchStartup>[] {
	if (k <= 0) return [];
	const { index, stances } = ctx;
	const p = prepareChallenge(challenge, index);
	const candidates = index.candidatesOf(startups);
	const shares = weightShares(weights);
	const top = new TopK<MatchStartup>(k);
	const values = new Float64Array(FACTOR_COUNT);

	// Hard filters first: excluded ids and no_thanks pairs never get a score.
	const excluded = new Set(options.exclude);
	const stanceById = new Map<string, number>();
	for (const [id, pair] of stances?.startupsAbout(challenge) ?? []) {
		if (isBlocked(pair)) excluded.add(id);
		else stanceById.set(id, stanceValue(pair));
	}
	const stanceOfDoc = new Map<number, number>();
	for (const [id, value] of stanceById) {
		const doc = index.text.indexOf(id);
		if (doc >= 0) stanceOfDoc.set(doc, value);
	}
	for (const i of candidates.outside) {
		const startup = startups[i]!;
		if (excluded.has(startup.id)) continue;
		const bm25 = index.text.scoreCounts(p.query, countTerms(startup.text));
		valuesOfStartup(p, startup, bm25, stanceById.get(startup.id) ?? 0, values);
		top.push(startup, combine(shares, values), startup.id);
	}

	const work = index.workspace();
	const { cheap, stamp, generation } = work;
	const s: Selection = { p, index, shares, stanceOfDoc, top, values, bm25: work.bm25, oneByOne: 0 };
	for (const id of excluded) {
		const doc = index.text.indexOf(id);
		if (doc >= 0) stamp[doc] = generation + 1;
	}
	// Industry, tag and stance points of the listed documents, summed in `cheap`.
	const listed: number[] = [];
	const positions = candidates.positions;
	const add = (docs: ArrayLike<number>, length: number, points: number) => {
		for (let j = 0; j < length; j++) {
			const doc = docs[j]!;
			const mark = stamp[doc]!;
			if (mark === generation) cheap[doc] = cheap[doc]! + points;
			else if (mark !== generation + 1 && (!positions || positions[doc]! >= 0)) {
				stamp[doc] = generation;
				cheap[doc] = points;
				listed.push(doc);
			}
		}
	};
	const industryPoints = shares[FACTOR_INDEX.industry]! / Math.max(1, p.industries.length);
	p.industryFlags.forEach((flag, id) => {
		const list = index.industryDocs[id];
		if (flag && list) add(list.data, list.length, industryPoints);
	});
	p.tagWeightById.forEach((weight, id) => {
		const list = index.tagDocs[id];
		if (weight > 0 && list)
			add(list.data, list.length, (shares[FACTOR_INDEX.techOverlap]! * weight) / p.tagTotal);
	});
	for (const [doc, value] of stanceOfDoc) add([doc], 1, shares[FACTOR_INDEX.stance]! * value);
	const contextPointsOf = contextPointsReader(p, index, shares);
	const textPointsOf = textBoundReader(p, index, shares, work.textBound);
	const contextPoints = (doc: number) => contextPointsOf(doc) + textPointsOf(doc) + MARGIN;
	const rest = restBound(p, shares, true) + MARGIN;
	const restWithoutText = restBound(p, shares, false) + MARGIN;
	visit(
		s,
		listed,
		(doc) => cheap[doc]! + textPointsOf(doc) + restWithoutText,
		(doc) => cheap[doc]! + contextPoints(doc),
		startups,
		candidates
	);
	if (top.threshold >= rest) return top.results();

	const others: number[] = [];
	for (let doc = 0; doc < index.size; doc++) {
		if (stamp[doc] !== generation && stamp[doc] !== generation + 1 && positionOf(candidates, doc) >= 0)
			others.push(doc);
	}
	visit(s, others, () => rest, contextPoints, startups, candidates);
	return top.results();
}
