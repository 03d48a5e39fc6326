/** fast-check arbitraries and reference implementations for the matcher's property tests. */
import fc from 'fast-check';
import { score, type MatchContext } from '../../src/lib/server/matching/score';
import { StanceIndex, type Interest } from '../../src/lib/server/matching/stances';
import { StartupIndex } from '../../src/lib/server/matching/startup-index';
import { byRank } from '../../src/lib/server/matching/top-k';
import {
	FACTORS,
	type MatchChallenge,
	type MatchStartup,
	type Weights
} from '../../src/lib/server/matching/types';
import { makeChallenge, makeStartup } from './matching-fixtures';

const INDUSTRIES = ['energy', 'mobility', 'ai_data', 'agrifood', 'unknown_code'];
const TAGS = [
	'v2g',
	'ocpp',
	'lidar',
	'ev charging',
	'iot',
	'machine learning',
	'스마트팜',
	'EV Charging',
	'rag'
];
const STAGES = ['idea', 'pre_seed', 'seed', 'pre_a', 'series_a', 'series_b', 'series_c_plus', 'bogus'];
const REGIONS = ['seoul', 'busan', 'ulsan', 'jeju'];
const CENTERS = ['center-a', 'center-b', 'center-c'];
const SEEKING = ['poc', 'investment', 'distribution', 'joint_rnd', 'mentoring'];
const COLLABORATION = [
	'poc',
	'joint_rnd',
	'investment',
	'distribution',
	'procurement',
	'licensing',
	'open_data'
];
const WORDS = [
	'전기차',
	'충전소를',
	'충전소의',
	'부하',
	'분산',
	'스마트팜에서',
	'AI',
	'lidar',
	'물류',
	'로봇을',
	'V2G',
	'실증'
];
const CORPORATES = ['corp-1', 'corp-2'];

export const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((words) => words.join(' '));
export const fields = fc.record({
	industries: fc.subarray(INDUSTRIES),
	techTags: fc.subarray(TAGS),
	stage: fc.option(fc.constantFrom(...STAGES), { nil: null }),
	region: fc.option(fc.constantFrom(...REGIONS), { nil: null }),
	homeCenterId: fc.option(fc.constantFrom(...CENTERS), { nil: null }),
	seeking: fc.subarray(SEEKING),
	text,
	completeness: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined })
});
export const catalogOf = (size: number) =>
	fc
		.array(fields, { minLength: 1, maxLength: size })
		// Ids out of document order, so that a tie broken by id is not simply index order.
		.map((list) =>
			list.map((f, i): MatchStartup => makeStartup(`s${String((i * 7919) % 1000).padStart(3, '0')}`, f))
		);
export const challengeArb = fc
	.record({
		corporateId: fc.constantFrom(...CORPORATES),
		hostCenterId: fc.option(fc.constantFrom(...CENTERS), { nil: null }),
		industries: fc.subarray(INDUSTRIES),
		techTags: fc.subarray(TAGS),
		collaborationTypes: fc.subarray(COLLABORATION),
		preferredStages: fc.subarray(STAGES),
		regions: fc.subarray(REGIONS),
		text
	})
	.chain((f) => fc.constantFrom('c1', 'c2', 'c3').map((id): MatchChallenge => makeChallenge(id, f)));
export const weightsArb = fc
	.tuple(...FACTORS.map(() => fc.integer({ min: 0, max: 40 })))
	.filter((list) => list.some((w) => w > 0))
	.map((list) => Object.fromEntries(FACTORS.map((f, i) => [f, list[i]])) as unknown as Weights);
export const stanceArb = fc.constantFrom('must_meet', 'meet', 'no_thanks') as fc.Arbitrary<
	Interest['stance']
>;

/** Random stances between the catalog's startups and the corporates / challenges. */
export function interestsArb(ids: readonly string[]): fc.Arbitrary<Interest[]> {
	const one = fc.oneof(
		fc
			.record({
				from: fc.constantFrom(...ids),
				challenge: fc.constantFrom('c1', 'c2', 'c3'),
				stance: stanceArb
			})
			.map((r): Interest => ({
				fromOrgId: r.from,
				fromKind: 'startup',
				toOrgId: null,
				challengeId: r.challenge,
				stance: r.stance
			})),
		fc
			.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...CORPORATES), stance: stanceArb })
			.map((r): Interest => ({
				fromOrgId: r.from,
				fromKind: 'startup',
				toOrgId: r.to,
				challengeId: null,
				stance: r.stance
			})),
		fc
			.record({ from: fc.constantFrom(...CORPORATES), to: fc.constantFrom(...ids), stance: stanceArb })
			.map((r): Interest => ({
				fromOrgId: r.from,
				fromKind: 'corporate',
				toOrgId: r.to,
				challengeId: null,
				stance: r.stance
			}))
	);
	return fc.array(one, { maxLength: 12 });
}

export const world = catalogOf(40).chain((startups) =>
	fc.record({
		startups: fc.constant(startups),
		challenge: challengeArb,
		weights: weightsArb,
		interests: interestsArb(startups.map((s) => s.id))
	})
);
export const contextOf = (startups: MatchStartup[], interests: Interest[] = []): MatchContext => ({
	index: StartupIndex.from(startups),
	stances: new StanceIndex(interests)
});
export const isBlockedPair = (ctx: MatchContext, id: string, challenge: MatchChallenge) =>
	Object.values(ctx.stances?.between(id, challenge) ?? {}).includes('no_thanks');
/** The reference ranking: score() every startup, drop blocked pairs, sort them all. */
export const fullSort = (
	w: { startups: MatchStartup[]; challenge: MatchChallenge; weights: Weights },
	ctx: MatchContext
) =>
	w.startups
		.filter((s) => !isBlockedPair(ctx, s.id, w.challenge))
		.map((s) => ({ item: s, score: score(s, w.challenge, ctx, w.weights).exact, id: s.id }))
		.sort(byRank);
