import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { loadViewer } from '../../src/lib/server/catalog/viewer';
import { DomainError } from '../../src/lib/server/errors';
import { matchesForChallenge, matchesForStartup, setInterest } from '../../src/lib/server/matching/service';
import { DEFAULT_WEIGHTS } from '../../src/lib/server/matching/types';
import {
	getCenterWeights,
	previewChallenges,
	saveCenterWeights
} from '../../src/lib/server/matching/weights';
import { createTestDatabase } from './helpers/db';
import { createCenter, createChallengeRow, createOrg, createUser } from './helpers/factories';

let h: DatabaseHandle;
beforeAll(async () => {
	h = await createTestDatabase();
});
afterAll(async () => {
	await h.close();
});

async function startup(profile: {
	techTags: string[];
	industries: string[];
	stage: string;
	summary: string;
}) {
	const founder = await createUser(h.db);
	const org = await createOrg(h.db, founder, 'startup');
	await h.db
		.updateTable('startupProfiles')
		.set({ ...profile, seeking: ['poc'], visibility: 'public' })
		.where('organizationId', '=', org.id)
		.execute();
	return { org, viewer: await loadViewer(h.db, founder) };
}

/**
 * A center hosting a corporate's challenge, and two startups: one that fits on tech tags only, one
 * on industry and stage only — so moving weight between those factors swaps their order.
 */
async function world() {
	const manager = await createUser(h.db);
	const center = await createCenter(h.db, manager);
	const corpUser = await createUser(h.db);
	const corp = await createOrg(h.db, corpUser, 'corporate');
	const c = await createChallengeRow(h.db, corp.id, {
		hostCenterId: center.id,
		title: '스마트 팩토리 비전 검사'
	});
	await h.db
		.updateTable('challenges')
		.set({
			industries: ['manufacturing'],
			techTags: ['machine vision', 'defect detection'],
			preferredStages: ['seed']
		})
		.where('id', '=', c.id)
		.execute();
	const techFit = await startup({
		techTags: ['machine vision', 'defect detection'],
		industries: ['fintech'],
		stage: 'series_b',
		summary: 'vision'
	});
	const contextFit = await startup({
		techTags: ['crm'],
		industries: ['manufacturing'],
		stage: 'seed',
		summary: 'factory'
	});
	return {
		center,
		c,
		corp,
		techFit,
		contextFit,
		managerViewer: await loadViewer(h.db, manager),
		corpViewer: await loadViewer(h.db, corpUser)
	};
}

const order = (ids: string[], a: string, b: string) => Math.sign(ids.indexOf(a) - ids.indexOf(b));

describe('matching weights', () => {
	it('starts from the defaults and refuses those who do not manage the center', async () => {
		const w = await world();
		await expect(getCenterWeights(h.db, w.managerViewer, w.center.id)).resolves.toEqual({
			weights: DEFAULT_WEIGHTS,
			isDefault: true
		});
		await expect(getCenterWeights(h.db, w.corpViewer, w.center.id)).rejects.toMatchObject({ status: 403 });
		await expect(saveCenterWeights(h.db, w.corpViewer, w.center.id, DEFAULT_WEIGHTS)).rejects.toBeInstanceOf(
			DomainError
		);
		await expect(getCenterWeights(h.db, w.managerViewer, w.corp.id)).resolves.toBeUndefined();
	});

	it('previews a ranking with unsaved weights without changing what others see', async () => {
		const w = await world();
		const techHeavy = { ...DEFAULT_WEIGHTS, techOverlap: 100, industry: 0, stage: 0 };
		const contextHeavy = { ...DEFAULT_WEIGHTS, techOverlap: 0, industry: 50, stage: 50 };
		const ids = async (weights?: typeof DEFAULT_WEIGHTS) =>
			(await matchesForChallenge(
				h.db,
				w.managerViewer,
				w.c.id,
				20,
				'en',
				weights ? { weights } : {}
			))!.matches.map((m) => m.startup.id);
		expect(order(await ids(techHeavy), w.techFit.org.id, w.contextFit.org.id)).toBe(-1);
		expect(order(await ids(contextHeavy), w.techFit.org.id, w.contextFit.org.id)).toBe(1);
		const saved = await matchesForChallenge(h.db, w.corpViewer, w.c.id, 20, 'en');
		expect(saved!.weights).toEqual(DEFAULT_WEIGHTS);
		expect(await previewChallenges(h.db, w.center.id)).toEqual([
			{ id: w.c.id, title: '스마트 팩토리 비전 검사' }
		]);
	});

	it('saves weights that the corporate’s ranking then uses, and writes who changed them to the audit log', async () => {
		const w = await world();
		const contextHeavy = { ...DEFAULT_WEIGHTS, techOverlap: 0, industry: 50, stage: 50 };
		await saveCenterWeights(h.db, w.managerViewer, w.center.id, contextHeavy);
		const again = { ...contextHeavy, region: 0 };
		await saveCenterWeights(h.db, w.managerViewer, w.center.id, again);
		const result = (await matchesForChallenge(h.db, w.corpViewer, w.c.id, 20, 'en'))!;
		expect(result.weights).toEqual(again);
		expect(
			order(
				result.matches.map((m) => m.startup.id),
				w.techFit.org.id,
				w.contextFit.org.id
			)
		).toBe(1);
		const techLine = result.matches
			.find((m) => m.startup.id === w.techFit.org.id)!
			.breakdown.find((b) => b.factor === 'techOverlap')!;
		expect(techLine.contribution).toBe(0);
		const audit = await h.db
			.selectFrom('auditLog')
			.select(['action', 'data'])
			.where('subjectId', '=', w.center.id)
			.orderBy('id')
			.execute();
		expect(audit.map((a) => a.action)).toEqual(['matching.weights_changed', 'matching.weights_changed']);
		expect((audit[1]!.data as { after: unknown }).after).toEqual(again);
	});

	it('shows each side its own stance on the card and the other side’s card data', async () => {
		const w = await world();
		await setInterest(h.db, w.corpViewer, {
			fromOrgId: w.corp.id,
			toOrgId: w.techFit.org.id,
			challengeId: w.c.id,
			stance: 'must_meet'
		});
		const forCorp = (await matchesForChallenge(h.db, w.corpViewer, w.c.id, 20, 'en'))!;
		const line = forCorp.matches.find((m) => m.startup.id === w.techFit.org.id)!;
		expect(line.stance).toBe('must_meet');
		expect(line.startup.techTags).toEqual(['machine vision', 'defect detection']);
		expect(forCorp.canTakeStance).toBe(true);
		expect((await matchesForChallenge(h.db, w.managerViewer, w.c.id, 20, 'en'))!.canTakeStance).toBe(false);
		// The startup sees no stance of its own yet (the corporate's stays the corporate's).
		const forStartup = (await matchesForStartup(h.db, w.techFit.viewer, w.techFit.org.id, 20, 'en'))!;
		const card = forStartup.matches.find((m) => m.challenge.id === w.c.id)!;
		expect(card.stance).toBeNull();
		expect(card.challenge.corporate.id).toBe(w.corp.id);
		expect(card.mutual).toBe(false);
	});
});
