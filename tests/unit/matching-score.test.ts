import { describe, expect, it } from 'vitest';
import { Corpus, countTerms } from '../../src/lib/server/matching/bm25';
import {
	rankChallengesForStartup,
	rankCorporatesForStartup,
	rankStartupsForChallenge,
	selectStartups
} from '../../src/lib/server/matching/rank';
import { apportion, score, type MatchContext } from '../../src/lib/server/matching/score';
import { StanceIndex, type Interest } from '../../src/lib/server/matching/stances';
import { StartupIndex } from '../../src/lib/server/matching/startup-index';
import { rank } from '../../src/lib/server/matching/top-k';
import {
	DEFAULT_WEIGHTS,
	FACTORS,
	weightsSchema,
	type MatchScore
} from '../../src/lib/server/matching/types';
import { catalog, evChallenge, makeChallenge, makeStartup, perfectFit, unrelated } from './matching-fixtures';

const ctx: MatchContext = { index: StartupIndex.from(catalog) };
const entry = (match: MatchScore, factor: string) => match.breakdown.find((b) => b.factor === factor)!;
const sum = (match: MatchScore) => match.breakdown.reduce((total, b) => total + b.contribution, 0);

describe('score', () => {
	it('gives contributions that add up to the score exactly', () => {
		for (const startup of catalog) {
			const match = score(startup, evChallenge, ctx);
			expect(Number.isInteger(match.score)).toBe(true);
			expect(sum(match)).toBe(match.score);
			expect(match.score).toBe(Math.round(match.exact));
			expect(match.breakdown.map((b) => b.factor)).toEqual([...FACTORS]);
		}
	});

	it('scores a perfect fit high and an unrelated startup low', () => {
		const fit = score(perfectFit, evChallenge, ctx);
		const far = score(unrelated, evChallenge, ctx);
		expect(fit.score).toBeGreaterThanOrEqual(80);
		expect(far.score).toBeLessThanOrEqual(15);
		for (const factor of ['industry', 'techOverlap', 'stage', 'collaboration', 'region'] as const) {
			expect(entry(fit, factor).value).toBe(1);
			expect(entry(fit, factor).contribution).toBe(DEFAULT_WEIGHTS[factor]);
		}
		expect(entry(far, 'techOverlap').contribution).toBe(0);
	});

	it('names the matched tech tags in the reason, and the rare ones as rare', () => {
		const reason = entry(score(perfectFit, evChallenge, ctx), 'techOverlap').reason;
		expect(reason.en).toContain('v2g');
		expect(reason.en).toContain('ocpp');
		expect(reason.ko).toMatch(/기술 태그 3개 일치/);
		expect(reason.ko).toContain('(희소 태그: v2g, ocpp)'); // one startup each; ev charging: three
		expect(reason.en).toContain('(rare: v2g, ocpp)');
	});

	it('weights rare tags more than common ones', () => {
		const rare = makeStartup('rare', { techTags: ['v2g'] });
		const common = makeStartup('common', { techTags: ['ev charging'] });
		expect(entry(score(rare, evChallenge, ctx), 'techOverlap').value).toBeGreaterThan(
			entry(score(common, evChallenge, ctx), 'techOverlap').value
		);
	});

	it('matches Korean text through the tokenizer, particles and all', () => {
		// `충전소를`, `충전소의`, `충전소에서` all reduce to 충전소; `부하` and `분산` match as words.
		const korean = makeStartup('ko', { text: '충전소에서 부하를 분산하는 기술' });
		const match = score(korean, evChallenge, ctx);
		expect(entry(match, 'text').value).toBeGreaterThan(0.2);
		expect(entry(match, 'text').reason.ko).toContain('충전소');
		const none = score(makeStartup('none', { text: '반려동물 돌봄' }), evChallenge, ctx);
		expect(entry(none, 'text').value).toBe(0);
	});

	it('says what would raise the match: a missing tag, a stage, an incomplete profile', () => {
		const partial = makeStartup('partial', {
			industries: ['energy'],
			techTags: ['ev charging'],
			stage: 'series_c_plus',
			seeking: ['poc'],
			completeness: 40,
			text: '충전 인프라'
		});
		const match = score(partial, evChallenge, ctx);
		expect(entry(match, 'techOverlap').improve?.en).toMatch(/v2g.*ocpp|ocpp.*v2g/);
		expect(entry(match, 'stage').improve?.ko).toContain('시드');
		expect(entry(match, 'text').improve?.en).toContain('40% complete');
		expect(entry(score(perfectFit, evChallenge, ctx), 'techOverlap').improve).toBeUndefined();
	});

	it('ranks stances: mutual above one-sided must_meet above meet above none', () => {
		const stance = (interests: Interest[]) =>
			score(perfectFit, evChallenge, { ...ctx, stances: new StanceIndex(interests) });
		const fromStartup = (s: Interest['stance']): Interest => ({
			fromOrgId: perfectFit.id,
			fromKind: 'startup',
			toOrgId: null,
			challengeId: evChallenge.id,
			stance: s
		});
		const fromCorporate = (s: Interest['stance']): Interest => ({
			fromOrgId: evChallenge.corporateId,
			fromKind: 'corporate',
			toOrgId: perfectFit.id,
			challengeId: null,
			stance: s
		});
		const mutual = stance([fromStartup('meet'), fromCorporate('meet')]);
		const must = stance([fromCorporate('must_meet')]);
		const meet = stance([fromStartup('meet')]);
		const none = stance([]);
		expect(mutual.mutual).toBe(true);
		expect(must.mutual).toBe(false);
		expect(mutual.exact).toBeGreaterThan(must.exact);
		expect(must.exact).toBeGreaterThan(meet.exact);
		expect(meet.exact).toBeGreaterThan(none.exact);
		expect(entry(mutual, 'stance').reason.en).toContain('mutual');
	});

	it('follows the weights: a zero weight contributes nothing, shares are of 100', () => {
		const weights = { ...DEFAULT_WEIGHTS, text: 0, region: 0, stance: 0 };
		const match = score(perfectFit, evChallenge, ctx, weights);
		expect(entry(match, 'text').contribution).toBe(0);
		expect(match.breakdown.reduce((total, b) => total + b.weight, 0)).toBeCloseTo(100, 1);
		expect(match.score).toBe(100);
	});

	it('is the same whatever the order the catalog was loaded in', () => {
		const reversed: MatchContext = { index: StartupIndex.from([...catalog].reverse()) };
		expect(score(perfectFit, evChallenge, reversed)).toEqual(score(perfectFit, evChallenge, ctx));
	});
});

describe('apportion (largest remainder)', () => {
	it('rounds parts to integers that add up to the total', () => {
		expect(apportion([14.6, 29.4, 10.5, 0, 5.5], 60)).toEqual([15, 29, 11, 0, 5]);
		expect(apportion([33.3333, 33.3333, 33.3334], 100)).toEqual([33, 33, 34]);
		expect(apportion([0, 0, 0], 0)).toEqual([0, 0, 0]);
	});
});

describe('BM25', () => {
	it('scores a document the same by itself, from raw text and over the postings', () => {
		const corpus = new Corpus();
		const texts = [
			'전기차 충전소를 짓습니다',
			'충전소 운영 소프트웨어',
			'AI 기반 물류 최적화',
			'전기차 배터리'
		];
		texts.forEach((text, i) => corpus.add(`d${i}`, text));
		const query = corpus.query('전기차 충전소의 운영');
		const all = new Float64Array(corpus.size);
		corpus.accumulate(query, all);
		texts.forEach((text, doc) => {
			expect(corpus.scoreDoc(query, doc)).toBe(all[doc]);
			expect(corpus.scoreCounts(query, countTerms(text))).toBe(all[doc]);
		});
		expect(all[2]).toBe(0);
		expect(all[0]).toBeGreaterThan(all[3]!);
	});

	it('keeps scoring right as documents are added after a query', () => {
		const corpus = new Corpus();
		for (let i = 0; i < 200; i++) corpus.add(`d${i}`, i % 2 ? '스마트팜 센서' : '물류 로봇');
		corpus.accumulate(corpus.query('센서'), new Float64Array(corpus.size)); // builds the postings
		corpus.add('late', '스마트팜 센서 센서');
		const query = corpus.query('센서');
		const all = new Float64Array(corpus.size);
		corpus.accumulate(query, all);
		expect(all[200]).toBe(corpus.scoreDoc(query, 200));
		expect(all[200]).toBeGreaterThan(all[1]!);
		expect(() => corpus.add('late', 'again')).toThrow(/already/);
	});
});

describe('ranking', () => {
	it('puts the perfect fit first and leaves out excluded and no_thanks startups', () => {
		const ranked = rankStartupsForChallenge(evChallenge, ctx.index.startups, ctx, DEFAULT_WEIGHTS, 3);
		expect(ranked[0]?.startup.id).toBe(perfectFit.id);
		expect(ranked.length).toBe(3);
		const stances = new StanceIndex([
			{
				fromOrgId: 'st-grid',
				fromKind: 'startup',
				toOrgId: 'corp-energy',
				challengeId: null,
				stance: 'no_thanks'
			}
		]);
		const filtered = rankStartupsForChallenge(
			evChallenge,
			ctx.index.startups,
			{ ...ctx, stances },
			DEFAULT_WEIGHTS,
			10,
			{
				exclude: new Set([perfectFit.id])
			}
		);
		expect(filtered.map((r) => r.startup.id)).not.toContain(perfectFit.id);
		expect(filtered.map((r) => r.startup.id)).not.toContain('st-grid');
		expect(filtered.length).toBe(catalog.length - 2);
	});

	it('ranks nothing for a closed challenge, and only open challenges for a startup', () => {
		const closed = { ...evChallenge, id: 'closed', status: 'closed' as const };
		expect(rankStartupsForChallenge(closed, catalog, ctx)).toEqual([]);
		const screening = { ...evChallenge, id: 'screening', status: 'screening' as const };
		const other = makeChallenge('farm', {
			corporateId: 'corp-food',
			industries: ['agrifood'],
			techTags: ['smart farm']
		});
		const ranked = rankChallengesForStartup(perfectFit, [closed, screening, other, evChallenge], ctx);
		expect(ranked.map((r) => r.challenge.id)).toEqual([evChallenge.id, 'farm']);
		const declined = rankChallengesForStartup(perfectFit, [other, evChallenge], ctx, DEFAULT_WEIGHTS, 5, {
			exclude: new Set([evChallenge.id])
		});
		expect(declined.map((r) => r.challenge.id)).toEqual(['farm']);
	});

	it('lists each corporate once, by its best challenge', () => {
		const weaker = { ...evChallenge, id: 'ch-ev-2', techTags: ['ess'], industries: ['mobility'] };
		const farm = makeChallenge('farm', { corporateId: 'corp-food', industries: ['agrifood'] });
		const ranked = rankCorporatesForStartup(perfectFit, [weaker, farm, evChallenge], ctx);
		expect(ranked.map((r) => [r.corporateId, r.challenge.id])).toEqual([
			['corp-energy', evChallenge.id],
			['corp-food', 'farm']
		]);
	});

	it('gives the top k of a full sort when thousands of startups need their text scored', () => {
		// 4,000 startups sharing the challenge's tags: past the one-by-one limit the kernel switches to
		// accumulating BM25 over the postings, which must not change a single score.
		const words = ['전기차', '충전소를', '부하', '분산', 'V2G', '울산', '물류', '로봇'];
		const many = Array.from({ length: 4000 }, (_, i) =>
			makeStartup(`m${String((i * 7919) % 10000).padStart(4, '0')}`, {
				industries: ['energy'],
				techTags: i % 3 ? ['v2g', 'ocpp'] : ['ev charging'],
				stage: i % 2 ? 'seed' : 'series_b',
				seeking: ['poc'],
				text: words.filter((_, w) => (i >> w) & 1).join(' ')
			})
		);
		const big: MatchContext = { index: StartupIndex.from(many) };
		const expected = many
			.map((s) => ({ id: s.id, score: score(s, evChallenge, big).exact }))
			.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
			.slice(0, 3500);
		const fast = selectStartups(evChallenge, big.index.startups, big, DEFAULT_WEIGHTS, 3500);
		expect(fast.map((r) => [r.id, r.score])).toEqual(expected.map((r) => [r.id, r.score]));
	});

	it('breaks ties by id, so equal scores always come in the same order', () => {
		const items = ['c', 'a', 'b', 'd'].map((id) => ({ id }));
		expect(rank(items, (item) => (item.id === 'd' ? 2 : 1), 3).map((r) => r.id)).toEqual(['d', 'a', 'b']);
	});
});

describe('weights schema', () => {
	it('fills missing factors with defaults and refuses negative or all-zero weights', () => {
		expect(weightsSchema.parse({ text: 5 })).toEqual({ ...DEFAULT_WEIGHTS, text: 5 });
		expect(weightsSchema.safeParse({ industry: -1 }).success).toBe(false);
		const zero = Object.fromEntries(FACTORS.map((f) => [f, 0]));
		expect(weightsSchema.safeParse(zero).success).toBe(false);
	});
});
