import { beforeAll, describe, expect, it } from 'vitest';
import { call, problemOf, tokenFor } from './client';
import { newStartupAccount, seededChallenge, type ChallengeHit } from './catalog-helpers';

interface Match {
	startup: { id: string; name: string };
	score: number;
	mutual: boolean;
	breakdown: { factor: string; weight: number; value: number; contribution: number; reason: string }[];
}

let corporate: string;
let challenge: ChallengeHit;

beforeAll(async () => {
	const admin = (await tokenFor('admin@example.com')).token;
	corporate = (await tokenFor('corporate@example.com')).token;
	challenge = await seededChallenge('kepco-ev-smart-charging', admin);
});

describe('GET /api/v1/challenges/:id/matches', () => {
	it('ranks startups for the corporate, best first, with a breakdown that adds up to each score', async () => {
		const res = await call(`/challenges/${challenge.id}/matches?limit=5`, { token: corporate });
		expect(res.status).toBe(200);
		const { matches } = (await res.json()) as { matches: Match[] };
		expect(matches.length).toBeGreaterThan(0);
		expect(matches.length).toBeLessThanOrEqual(5);
		for (const m of matches) {
			expect(m.breakdown.reduce((sum, f) => sum + f.contribution, 0)).toBe(m.score);
			// The card's facts and the caller's own stance come with each match.
			expect(m).toHaveProperty('stance');
			expect(m.startup).toMatchObject({ summary: expect.any(String), industries: expect.any(Array) });
			expect(m.breakdown.every((f) => f.reason.length > 0)).toBe(true);
		}
		const scores = matches.map((m) => m.score);
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
	});

	it('is 401 without credentials and 403 for a startup that does not run the challenge', async () => {
		expect((await call(`/challenges/${challenge.id}/matches`)).status).toBe(401);
		const outsider = await newStartupAccount('matches-outsider');
		expect((await call(`/challenges/${challenge.id}/matches`, { token: outsider.token })).status).toBe(403);
	});
});

describe('PUT /api/v1/interests', () => {
	it('makes a mutual match when both sides say they want to meet', async () => {
		const founder = await newStartupAccount('mutual');
		const first = await call('/interests', {
			method: 'PUT',
			token: founder.token,
			json: { fromOrgId: founder.startup.id, toOrgId: challenge.corporate.id, stance: 'must_meet' }
		});
		expect(first.status).toBe(200);
		expect(await first.json()).toMatchObject({ stance: 'must_meet', mutual: false });
		const second = await call('/interests', {
			method: 'PUT',
			token: corporate,
			json: { fromOrgId: challenge.corporate.id, toOrgId: founder.startup.id, stance: 'meet' }
		});
		expect(await second.json()).toMatchObject({ stance: 'meet', mutual: true });
	});

	it('refuses a stance on one’s own organization and an unknown stance with 422 naming the field', async () => {
		const founder = await newStartupAccount('self-stance');
		const self = await call('/interests', {
			method: 'PUT',
			token: founder.token,
			json: { fromOrgId: founder.startup.id, toOrgId: founder.startup.id, stance: 'meet' }
		});
		expect(self.status).toBe(422);
		expect((await problemOf(self)).errors?.toOrgId).toBeDefined();
		const unknown = await call('/interests', {
			method: 'PUT',
			token: founder.token,
			json: { fromOrgId: founder.startup.id, toOrgId: challenge.corporate.id, stance: 'maybe' }
		});
		expect(unknown.status).toBe(422);
		expect((await problemOf(unknown)).errors?.stance).toBeDefined();
	});

	it('refuses to speak for an organization the caller does not belong to with 403', async () => {
		const founder = await newStartupAccount('impostor');
		const res = await call('/interests', {
			method: 'PUT',
			token: founder.token,
			json: { fromOrgId: challenge.corporate.id, toOrgId: founder.startup.id, stance: 'no_thanks' }
		});
		expect(res.status).toBe(403);
	});
});

describe('/api/v1/centers/:id/matching-weights', () => {
	it('lets an admin tune a center’s weights, refusing all zeros with 422 and outsiders with 403', async () => {
		const admin = (await tokenFor('admin@example.com')).token;
		const centers = (await (await call('/organizations?kind=center', { token: admin })).json()) as {
			hits: { id: string }[];
		};
		// A center that does not host the challenge other tests rank, so their rankings stay put.
		const own = (await (
			await call(`/challenges/${challenge.id}/matches?limit=1`, { token: corporate })
		).json()) as {
			challenge: { hostCenterId: string | null };
		};
		const center = centers.hits.find((c) => c.id !== own.challenge.hostCenterId)!;
		const path = `/centers/${center.id}/matching-weights`;

		const before = await call(path, { token: admin });
		expect(before.status).toBe(200);
		expect(await before.json()).toMatchObject({ isDefault: true, weights: { techOverlap: 30 } });

		const zeros = { industry: 0, techOverlap: 0, text: 0, stage: 0, collaboration: 0, region: 0, stance: 0 };
		const refused = await call(path, { method: 'PUT', token: admin, json: zeros });
		expect(refused.status).toBe(422);
		expect((await problemOf(refused)).errors).toHaveProperty('industry');
		const wrongType = await call(path, { method: 'PUT', token: admin, json: { ...zeros, text: 'lots' } });
		expect(wrongType.status).toBe(422);

		const tuned = { ...zeros, techOverlap: 60, industry: 40 };
		const saved = await call(path, { method: 'PUT', token: admin, json: tuned });
		expect(saved.status).toBe(200);
		expect(await (await call(path, { token: admin })).json()).toEqual({ weights: tuned, isDefault: false });
		expect((await call(path, { token: corporate })).status).toBe(403);
		expect((await call(path, { method: 'PUT', token: corporate, json: tuned })).status).toBe(403);
	});
});
