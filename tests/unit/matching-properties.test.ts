import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	rankChallengesForStartup,
	rankStartupsForChallenge,
	selectStartups
} from '../../src/lib/server/matching/rank';
import { score } from '../../src/lib/server/matching/score';
import type { Interest } from '../../src/lib/server/matching/stances';
import { byRank, rank } from '../../src/lib/server/matching/top-k';
import type { MatchChallenge } from '../../src/lib/server/matching/types';
import {
	challengeArb,
	contextOf,
	fields,
	fullSort,
	isBlockedPair,
	stanceArb,
	weightsArb,
	world
} from './matching-arbitraries';
import { makeStartup } from './matching-fixtures';

describe('score properties', () => {
	it('stays within 0–100, integer, with integer contributions that add up to it', () => {
		fc.assert(
			fc.property(world, ({ startups, challenge, weights, interests }) => {
				const ctx = contextOf(startups, interests);
				for (const startup of startups) {
					const match = score(startup, challenge, ctx, weights);
					expect(match.score).toBeGreaterThanOrEqual(0);
					expect(match.score).toBeLessThanOrEqual(100);
					expect(Number.isInteger(match.score)).toBe(true);
					expect(match.breakdown.reduce((sum, b) => sum + b.contribution, 0)).toBe(match.score);
					for (const b of match.breakdown) {
						expect(Number.isInteger(b.contribution) && b.contribution >= 0).toBe(true);
						expect(b.value >= 0 && b.value <= 1).toBe(true);
						if (b.value === 0) expect(b.contribution).toBe(0);
					}
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('is deterministic: the same pair and context give the same result, even from a rebuilt index', () => {
		fc.assert(
			fc.property(world, ({ startups, challenge, weights, interests }) => {
				const first = score(startups[0]!, challenge, contextOf(startups, interests), weights);
				const again = score(startups[0]!, challenge, contextOf(startups, interests), weights);
				expect(again).toEqual(first);
			}),
			{ numRuns: 60 }
		);
	});

	it('never lowers a score when the startup adds a tech tag the challenge asks for', () => {
		fc.assert(
			fc.property(world, fc.nat(), ({ startups, challenge, weights, interests }, pick) => {
				fc.pre(challenge.techTags.length > 0);
				const ctx = contextOf(startups, interests);
				const startup = startups[pick % startups.length]!;
				const tag = challenge.techTags[pick % challenge.techTags.length]!;
				const before = score(startup, challenge, ctx, weights);
				const after = score({ ...startup, techTags: [...startup.techTags, tag] }, challenge, ctx, weights);
				expect(after.exact).toBeGreaterThanOrEqual(before.exact);
				expect(after.score).toBeGreaterThanOrEqual(before.score);
			}),
			{ numRuns: 100 }
		);
	});
});

describe('ranking properties', () => {
	it('never shows a pair that either side marked no_thanks, in either direction', () => {
		fc.assert(
			fc.property(world, ({ startups, challenge, weights, interests }) => {
				const ctx = contextOf(startups, interests);
				const blocked = (id: string) => isBlockedPair(ctx, id, challenge);
				const ranked = rankStartupsForChallenge(challenge, startups, ctx, weights, startups.length);
				for (const r of ranked) expect(blocked(r.startup.id)).toBe(false);
				for (const startup of startups) {
					const shown = rankChallengesForStartup(startup, [challenge], ctx, weights).map(
						(r) => r.challenge.id
					);
					if (blocked(startup.id)) expect(shown).toEqual([]);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('returns exactly the first k of a full sort by score(), with the same exact scores', () => {
		fc.assert(
			fc.property(world, fc.integer({ min: 1, max: 12 }), (w, k) => {
				const ctx = contextOf(w.startups, w.interests);
				const expected = fullSort(w, ctx).slice(0, k);
				const fast = selectStartups(w.challenge, ctx.index.startups, ctx, w.weights, k);
				expect(fast.map((r) => [r.id, r.score])).toEqual(expected.map((r) => [r.id, r.score]));
				const ranked = rankStartupsForChallenge(w.challenge, ctx.index.startups, ctx, w.weights, k);
				expect(ranked.map((r) => r.match.exact)).toEqual(expected.map((r) => r.score));
			}),
			{ numRuns: 100 }
		);
	});

	it('agrees with a full sort on a subset, with changed copies and exclusions', () => {
		fc.assert(
			fc.property(world, fc.integer({ min: 1, max: 8 }), fc.nat(), (w, k, seed) => {
				const ctx = contextOf(w.startups, w.interests);
				const subset = ctx.index.startups.filter((_, i) => (i + seed) % 3 !== 0);
				// A copy with a changed tag set is not the indexed object: it is scored from its own fields.
				const candidates = subset.map((s, i) =>
					i % 4 === 1 ? { ...s, techTags: [...s.techTags, 'v2g'] } : s
				);
				const exclude = new Set(candidates.filter((_, i) => (i + seed) % 5 === 0).map((s) => s.id));
				const expected = fullSort({ ...w, startups: candidates.filter((s) => !exclude.has(s.id)) }, ctx);
				const fast = selectStartups(w.challenge, candidates, ctx, w.weights, k, { exclude });
				expect(fast.map((r) => [r.id, r.score])).toEqual(expected.slice(0, k).map((r) => [r.id, r.score]));
			}),
			{ numRuns: 100 }
		);
	});

	it('breaks ties at the k-th place by id, as a full sort does', () => {
		// Few distinct profiles, many startups: equal scores straddle the cut.
		const clones = fc
			.tuple(
				fc.array(fields, { minLength: 1, maxLength: 3 }),
				fc.array(fc.nat(), { minLength: 2, maxLength: 30 })
			)
			.map(([profiles, picks]) =>
				picks.map((pick, i) =>
					makeStartup(`s${String((i * 7919) % 1000).padStart(3, '0')}`, profiles[pick % profiles.length])
				)
			);
		fc.assert(
			fc.property(
				clones,
				challengeArb,
				weightsArb,
				fc.integer({ min: 1, max: 10 }),
				(startups, challenge, weights, k) => {
					const ctx = contextOf(startups);
					const expected = fullSort({ startups, challenge, weights }, ctx).slice(0, k);
					const fast = selectStartups(challenge, ctx.index.startups, ctx, weights, k);
					expect(fast.map((r) => r.id)).toEqual(expected.map((r) => r.id));
				}
			),
			{ numRuns: 150 }
		);
	});

	it('ranks open challenges for a startup as a full sort by score() does, both ways agreeing', () => {
		const challenges = fc
			.array(fc.tuple(challengeArb, fc.constantFrom(undefined, 'open', 'screening', 'closed' as const)), {
				minLength: 1,
				maxLength: 6
			})
			.map((list) => list.map(([c, status], i): MatchChallenge => ({ ...c, id: `ch${9 - i}`, status })));
		fc.assert(
			fc.property(world, challenges, fc.nat(), fc.integer({ min: 1, max: 6 }), (w, list, pick, k) => {
				const ctx = contextOf(w.startups, w.interests);
				const startup = ctx.index.startups[pick % w.startups.length]!;
				const expected = list
					.filter((c) => (c.status ?? 'open') === 'open' && !isBlockedPair(ctx, startup.id, c))
					.map((c) => ({ id: c.id, score: score(startup, c, ctx, w.weights).exact }))
					.sort(byRank)
					.slice(0, k);
				const ranked = rankChallengesForStartup(startup, list, ctx, w.weights, k);
				expect(ranked.map((r) => [r.challenge.id, r.match.exact])).toEqual(
					expected.map((r) => [r.id, r.score])
				);
			}),
			{ numRuns: 100 }
		);
	});

	it('top-k equals the first k of a full sort, ties broken by id', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 60 }),
				fc.func(fc.constantFrom(0, 1, 2, 2.5, -1, Number.NaN)),
				fc.integer({ min: 0, max: 70 }),
				(ids, scoreOf, k) => {
					const items = ids.map((id) => ({ id }));
					const fn = (item: { id: string }) => scoreOf(item.id);
					const sorted = items
						.map((item) => ({ item, score: Number.isNaN(fn(item)) ? -Infinity : fn(item), id: item.id }))
						.sort(byRank)
						.slice(0, k);
					expect(rank(items, fn, k).map((r) => r.id)).toEqual(sorted.map((r) => r.id));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('ranks a mutual pair above a one-sided one when their fit is the same', () => {
		fc.assert(
			fc.property(fields, challengeArb, weightsArb, stanceArb, (f, challenge, weights, oneSided) => {
				fc.pre(oneSided !== 'no_thanks' && weights.stance > 0);
				// The id tie-break favours `a`: only reciprocity can put `b` first.
				const oneSidedStartup = makeStartup('a', f);
				const mutualStartup = makeStartup('b', f);
				const interests: Interest[] = [
					{ fromOrgId: 'b', fromKind: 'startup', toOrgId: null, challengeId: challenge.id, stance: 'meet' },
					{
						fromOrgId: challenge.corporateId,
						fromKind: 'corporate',
						toOrgId: 'b',
						challengeId: null,
						stance: 'meet'
					},
					{
						fromOrgId: challenge.corporateId,
						fromKind: 'corporate',
						toOrgId: 'a',
						challengeId: null,
						stance: oneSided
					}
				];
				const ctx = contextOf([oneSidedStartup, mutualStartup], interests);
				const ranked = rankStartupsForChallenge(challenge, ctx.index.startups, ctx, weights, 2);
				expect(ranked.map((r) => r.startup.id)).toEqual(['b', 'a']);
				expect(ranked[0]!.match.mutual).toBe(true);
			}),
			{ numRuns: 60 }
		);
	});
});
