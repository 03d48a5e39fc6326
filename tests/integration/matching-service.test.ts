import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { loadViewer } from '../../src/lib/server/catalog/viewer';
import { matchesForChallenge, matchesForStartup, setInterest } from '../../src/lib/server/matching/service';
import { createTestDatabase } from './helpers/db';
import { createChallengeRow, createOrg, createUser } from './helpers/factories';

let h: DatabaseHandle;
beforeAll(async () => {
	h = await createTestDatabase();
});
afterAll(async () => {
	await h.close();
});

interface Profile {
	summary: string;
	industries: string[];
	techTags: string[];
	stage: string;
	seeking: string[];
}

async function startupWith(profile: Profile) {
	const founder = await createUser(h.db);
	const org = await createOrg(h.db, founder, 'startup');
	await h.db
		.updateTable('startupProfiles')
		.set({ ...profile, visibility: 'public' })
		.where('organizationId', '=', org.id)
		.execute();
	await h.db.updateTable('organizations').set({ region: 'seoul' }).where('id', '=', org.id).execute();
	return { org, founder, viewer: await loadViewer(h.db, founder) };
}

/** A corporate with an open challenge about EV charging, and three startups of varying fit. */
async function world(status = 'open') {
	const corpUser = await createUser(h.db);
	const corp = await createOrg(h.db, corpUser, 'corporate');
	const c = await createChallengeRow(h.db, corp.id, { status, title: '전기차 충전소 배터리 관리' });
	await h.db
		.updateTable('challenges')
		.set({
			industries: ['energy'],
			techTags: ['battery', 'ev charging'],
			collaborationTypes: ['poc'],
			preferredStages: ['seed'],
			teaser: '충전소 배터리 상태를 예측하는 기술을 찾습니다'
		})
		.where('id', '=', c.id)
		.execute();
	const best = await startupWith({
		summary: '전기차 충전소 배터리 상태 예측',
		industries: ['energy'],
		techTags: ['battery', 'ev charging'],
		stage: 'seed',
		seeking: ['poc']
	});
	const some = await startupWith({
		summary: '배터리 재활용',
		industries: ['energy'],
		techTags: ['battery'],
		stage: 'series_a',
		seeking: ['investment']
	});
	const none = await startupWith({
		summary: '반려동물 사료 구독',
		industries: ['logistics'],
		techTags: ['subscription'],
		stage: 'pre_a',
		seeking: ['distribution']
	});
	return { corpUser, corp, c, corpViewer: await loadViewer(h.db, corpUser), best, some, none };
}

describe('matching service', () => {
	it('ranks startups for those who run the challenge, with breakdowns adding up to the score', async () => {
		const w = await world();
		const result = (await matchesForChallenge(h.db, w.corpViewer, w.c.id, 20, 'en'))!;
		expect(result.matches.length).toBeGreaterThanOrEqual(3);
		const ids = result.matches.map((m) => m.startup.id);
		expect(ids.indexOf(w.best.org.id)).toBeLessThan(ids.indexOf(w.some.org.id));
		expect(ids.indexOf(w.some.org.id)).toBeLessThan(ids.indexOf(w.none.org.id));
		for (const match of result.matches) {
			expect(match.breakdown.reduce((sum, b) => sum + b.contribution, 0)).toBe(match.score);
			for (const line of match.breakdown) expect(typeof line.reason).toBe('string');
		}
		const scores = result.matches.map((m) => m.score);
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
		expect((await matchesForChallenge(h.db, w.corpViewer, w.c.id, 1))!.matches).toHaveLength(1);

		const forStartup = (await matchesForStartup(h.db, w.best.viewer, w.best.org.id, 20, 'ko'))!;
		const mine = forStartup.matches.find((m) => m.challenge.id === w.c.id)!;
		expect(mine.breakdown.reduce((sum, b) => sum + b.contribution, 0)).toBe(mine.score);
	});

	it('refuses a startup member with 403, an outsider a draft with 404, and others a startup’s ranking', async () => {
		const w = await world();
		await expect(matchesForChallenge(h.db, w.best.viewer, w.c.id, 20)).rejects.toMatchObject({
			code: 'forbidden',
			status: 403
		});
		const draft = await world('draft');
		const outsider = await loadViewer(h.db, await createUser(h.db));
		expect(await matchesForChallenge(h.db, outsider, draft.c.id, 20)).toBeUndefined();
		expect(await matchesForChallenge(h.db, w.best.viewer, draft.c.id, 20)).toBeUndefined();
		await expect(matchesForStartup(h.db, outsider, w.best.org.id, 20)).rejects.toMatchObject({ status: 403 });
	});

	it('removes a no_thanks pair from both sides’ results', async () => {
		const w = await world();
		const before = (await matchesForStartup(h.db, w.best.viewer, w.best.org.id, 100))!;
		expect(before.matches.map((m) => m.challenge.id)).toContain(w.c.id);
		await setInterest(h.db, w.corpViewer, {
			fromOrgId: w.corp.id,
			toOrgId: w.best.org.id,
			stance: 'no_thanks'
		});
		const forChallenge = (await matchesForChallenge(h.db, w.corpViewer, w.c.id, 100))!;
		expect(forChallenge.matches.map((m) => m.startup.id)).not.toContain(w.best.org.id);
		expect(forChallenge.matches.map((m) => m.startup.id)).toContain(w.some.org.id);
		const forStartup = (await matchesForStartup(h.db, w.best.viewer, w.best.org.id, 100))!;
		expect(forStartup.matches.map((m) => m.challenge.id)).not.toContain(w.c.id);
	});

	it('makes a mutual match of two positive stances and tells both sides', async () => {
		const w = await world();
		const first = await setInterest(h.db, w.corpViewer, {
			fromOrgId: w.corp.id,
			toOrgId: w.some.org.id,
			challengeId: w.c.id,
			stance: 'must_meet'
		});
		expect(first).toEqual({ stance: 'must_meet', mutual: false });
		const second = await setInterest(h.db, w.some.viewer, {
			fromOrgId: w.some.org.id,
			challengeId: w.c.id,
			stance: 'meet'
		});
		expect(second).toEqual({ stance: 'meet', mutual: true });
		for (const userId of [w.corpUser.id, w.some.founder.id]) {
			const rows = await h.db
				.selectFrom('notifications')
				.select(['kind', 'data'])
				.where('userId', '=', userId)
				.where('kind', '=', 'match.mutual')
				.execute();
			expect(rows).toHaveLength(1);
			expect(rows[0]!.data).toMatchObject({
				startupId: w.some.org.id,
				corporateId: w.corp.id,
				challengeId: w.c.id,
				// Named, so the inbox can say who matched on what.
				startupName: w.some.org.name,
				corporateName: w.corp.name,
				challengeTitle: '전기차 충전소 배터리 관리'
			});
		}
		// Saying it again changes the stance in place and makes no second notification.
		expect(
			await setInterest(h.db, w.some.viewer, {
				fromOrgId: w.some.org.id,
				challengeId: w.c.id,
				stance: 'must_meet'
			})
		).toEqual({ stance: 'must_meet', mutual: true });
		const count = await h.db
			.selectFrom('interests')
			.select((eb) => eb.fn.countAll<string>().as('n'))
			.where('fromOrgId', '=', w.some.org.id)
			.executeTakeFirstOrThrow();
		expect(Number(count.n)).toBe(1);
		const notes = await h.db
			.selectFrom('notifications')
			.select('id')
			.where('userId', '=', w.corpUser.id)
			.where('kind', '=', 'match.mutual')
			.execute();
		expect(notes).toHaveLength(1);
		const ranked = (await matchesForChallenge(h.db, w.corpViewer, w.c.id, 20))!;
		expect(ranked.matches.find((m) => m.startup.id === w.some.org.id)?.mutual).toBe(true);
	});

	it('refuses a stance on one’s own organization (422) and for an organization one does not act for (403)', async () => {
		const w = await world();
		await expect(
			setInterest(h.db, w.best.viewer, { fromOrgId: w.best.org.id, toOrgId: w.best.org.id, stance: 'meet' })
		).rejects.toMatchObject({ status: 422, field: 'toOrgId' });
		await expect(
			setInterest(h.db, w.best.viewer, { fromOrgId: w.corp.id, toOrgId: w.best.org.id, stance: 'meet' })
		).rejects.toMatchObject({ code: 'forbidden', status: 403 });
		await expect(
			setInterest(h.db, w.best.viewer, {
				fromOrgId: w.best.org.id,
				toOrgId: '00000000-0000-4000-8000-000000000000',
				stance: 'meet'
			})
		).rejects.toMatchObject({ status: 422, field: 'toOrgId' });
	});
});
