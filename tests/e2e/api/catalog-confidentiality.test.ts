import { beforeAll, describe, expect, it } from 'vitest';
import { call, problemOf, tokenFor } from './client';
import {
	eventually,
	leakIn,
	newAccount,
	newStartupAccount,
	seeded,
	seededChallenge,
	type Account,
	type ChallengeHit,
	type StartupBody
} from './catalog-helpers';

// Challenges in the catalog API: who sees a challenge at all, who sees its confidential details, and
// that the details never travel in a list, a facet or the API document.

interface ChallengePage {
	hits: ChallengeHit[];
	total: number;
	page: number;
	limit: number;
	facets: Record<'industry' | 'region' | 'collaborationType' | 'status', Record<string, number>>;
}

/** Every list body this file received, searched for confidential text at the end. */
const listBodies: { label: string; text: string }[] = [];

async function list(path: string, token?: string): Promise<ChallengePage> {
	const res = await call(path, { token });
	const text = await res.text();
	expect(res.status, text).toBe(200);
	listBodies.push({ label: `${token ? 'token' : 'anonymous'} ${path}`, text });
	return JSON.parse(text) as ChallengePage;
}

let admin: string;
let applicant: Account & { startup: StartupBody };
let nda: ChallengeHit;
let invite: ChallengeHit;

beforeAll(async () => {
	admin = (await tokenFor('admin@example.com')).token;
	applicant = await newStartupAccount('nda-reader');
	nda = await seededChallenge('kepco-distribution-drone-inspection', admin);
	invite = await seededChallenge('posco-hydrogen-carbon', admin);
	expect(nda).toMatchObject({ confidentiality: 'nda', status: 'open' });
	expect(invite).toMatchObject({ confidentiality: 'invite', status: 'open' });
});

describe('GET /api/v1/challenges', () => {
	it('finds an open challenge by a Korean word with a particle attached', async () => {
		const { title } = seeded('kepco-ev-smart-charging');
		const body = await list(`/challenges?q=${encodeURIComponent('부하분산을')}`);
		expect(body.hits.map((h) => h.title)).toContain(title);
	});

	it('shows outsiders open challenges by default, in the list shape with facets', async () => {
		const body = await list('/challenges?limit=100');
		expect(body.total).toBeGreaterThan(0);
		expect(Object.keys(body.facets).sort()).toEqual(['collaborationType', 'industry', 'region', 'status']);
		expect(Object.keys(body.facets.status)).toEqual(['open']);
		for (const hit of body.hits) {
			expect(hit.status).toBe('open');
			expect(hit.corporate).toMatchObject({ id: expect.any(String), name: expect.any(String) });
			expect(hit).not.toHaveProperty('details');
			expect(hit).not.toHaveProperty('budgetMinKrw');
			expect(hit).not.toHaveProperty('ndaTerms');
		}
	});

	it('refuses an unknown code in a filter with 422 naming the parameter', async () => {
		const res = await call('/challenges?collaborationType=poc&collaborationType=bribery');
		expect(res.status).toBe(422);
		expect((await problemOf(res)).errors?.['collaborationType.1']).toBeDefined();
	});
});

describe('an NDA challenge', () => {
	it('keeps its details from anonymous callers', async () => {
		const res = await call(`/challenges/${nda.id}`);
		expect(res.status).toBe(200);
		const text = await res.text();
		const body = JSON.parse(text);
		expect(body).toMatchObject({
			id: nda.id,
			confidentiality: 'nda',
			access: { details: false, ndaOffered: false }
		});
		expect(body).not.toHaveProperty('details');
		expect(body).not.toHaveProperty('budgetMinKrw');
		expect(body).not.toHaveProperty('budgetMaxKrw');
		expect(body).not.toHaveProperty('ndaTerms');
		expect(leakIn(text)).toBeUndefined();
	});

	it('shows its details to a startup only after it accepts the terms', async () => {
		const before = await call(`/challenges/${nda.id}`, { token: applicant.token });
		expect(before.status).toBe(200);
		const text = await before.text();
		const body = JSON.parse(text);
		expect(body.access).toMatchObject({ details: false, ndaOffered: true });
		expect(body).not.toHaveProperty('details');
		expect(body).not.toHaveProperty('budgetMinKrw');
		expect(leakIn(text)).toBeUndefined();

		const accepted = await call(`/challenges/${nda.id}/nda`, {
			token: applicant.token,
			json: { startupId: applicant.startup.id }
		});
		expect(accepted.status).toBe(200);
		const acceptance = await accepted.json();
		expect(acceptance).toMatchObject({ challengeId: nda.id, startupId: applicant.startup.id });
		expect(acceptance.termsVersion).toBeGreaterThanOrEqual(1);

		const after = await (await call(`/challenges/${nda.id}`, { token: applicant.token })).json();
		expect(after.access).toMatchObject({ details: true, ndaOffered: false });
		expect(after.details).toBe(seeded('kepco-distribution-drone-inspection').details);
		expect(after.budgetMinKrw).toBe(seeded('kepco-distribution-drone-inspection').budgetBandKrw?.[0]);

		// Accepting again changes nothing; anonymous callers still get no details.
		const again = await call(`/challenges/${nda.id}/nda`, {
			token: applicant.token,
			json: { startupId: applicant.startup.id }
		});
		expect(again.status).toBe(200);
		expect(await (await call(`/challenges/${nda.id}`)).json()).not.toHaveProperty('details');
	});

	it('refuses an acceptance for someone else’s startup, for a public challenge, or without credentials', async () => {
		const other = await newStartupAccount('nda-other');
		const foreign = await call(`/challenges/${nda.id}/nda`, {
			token: applicant.token,
			json: { startupId: other.startup.id }
		});
		expect(foreign.status).toBe(403);
		await problemOf(foreign);
		// The other startup accepted nothing: one startup's acceptance does not unlock another's view.
		expect(await (await call(`/challenges/${nda.id}`, { token: other.token })).json()).not.toHaveProperty(
			'details'
		);

		const open = await seededChallenge('kepco-ev-smart-charging', admin);
		const notNda = await call(`/challenges/${open.id}/nda`, {
			token: applicant.token,
			json: { startupId: applicant.startup.id }
		});
		expect(notNda.status).toBe(409);
		await problemOf(notNda);

		const anonymous = await call(`/challenges/${nda.id}/nda`, { json: { startupId: applicant.startup.id } });
		expect(anonymous.status).toBe(401);

		const invalid = await call(`/challenges/${nda.id}/nda`, {
			token: applicant.token,
			json: { startupId: 'me' }
		});
		expect(invalid.status).toBe(422);
		expect((await problemOf(invalid)).errors?.startupId).toBeDefined();
	});
});

describe('an invite-only challenge', () => {
	it('does not exist for a startup that was not invited, nor for anonymous callers', async () => {
		expect((await call(`/challenges/${invite.id}`, { token: admin })).status).toBe(200);
		for (const token of [applicant.token, undefined]) {
			const res = await call(`/challenges/${invite.id}`, { token });
			expect(res.status).toBe(404);
			expect(leakIn(await res.text())).toBeUndefined();
		}
		const nda = await call(`/challenges/${invite.id}/nda`, {
			token: applicant.token,
			json: { startupId: applicant.startup.id }
		});
		expect(nda.status).toBe(404);
		const apply = await call(`/challenges/${invite.id}/applications`, {
			token: applicant.token,
			json: { startupId: applicant.startup.id, proposal: 'Let us in' }
		});
		expect(apply.status).toBe(404);
	});

	it('is absent from an uninvited startup’s lists and facet counts', async () => {
		const { title } = seeded('posco-hydrogen-carbon');
		const searched = await list(
			`/challenges?q=${encodeURIComponent('수소환원제철을')}&limit=100`,
			applicant.token
		);
		expect(searched.hits.map((h) => h.title)).not.toContain(title);

		const query = '/challenges?status=open&limit=100';
		const all = await list(query, admin);
		expect(all.total, 'one page holds every open challenge').toBe(all.hits.length);
		expect(all.hits.map((h) => h.id)).toContain(invite.id);
		const seen = await list(query, applicant.token);
		const seenIds = new Set(seen.hits.map((h) => h.id));
		expect(seenIds.has(invite.id)).toBe(false);
		const hidden = all.hits.filter((h) => !seenIds.has(h.id));
		expect(hidden.every((h) => h.confidentiality === 'invite')).toBe(true);
		expect(seen.total).toBe(all.total - hidden.length);
		const fields = {
			industry: 'industries',
			region: 'regions',
			collaborationType: 'collaborationTypes'
		} as const;
		for (const [facet, field] of Object.entries(fields) as [
			keyof typeof fields,
			(typeof fields)[keyof typeof fields]
		][]) {
			for (const [code, count] of Object.entries(all.facets[facet])) {
				const missing = hidden.filter((h) => h[field].includes(code)).length;
				expect(seen.facets[facet][code] ?? 0, `${facet}.${code}`).toBe(count - missing);
			}
		}
		expect(seen.facets.status.open).toBe(seen.total);
	});
});

describe('a challenge posted through the API', () => {
	const marker = `E2E${Date.now().toString(36)}`;
	const secret = `E2E-SECRET-${marker} 내부 예산 7억 원, 코드명 ORCHID`;
	let corporate: string;
	let created: { id: string; updatedAt: string };

	beforeAll(async () => {
		corporate = (await tokenFor('corporate@example.com')).token;
		const open = await seededChallenge('kepco-ev-smart-charging', admin);
		const res = await call('/challenges', {
			token: corporate,
			json: {
				corporateId: open.corporate.id,
				title: `${marker} 변전소 열화상 진단 과제`,
				teaser: '변전소 설비의 열화상 진단 자동화를 함께 검증할 스타트업을 찾습니다.',
				details: secret,
				industries: ['energy'],
				techTags: ['thermal imaging'],
				collaborationTypes: ['poc'],
				preferredStages: ['seed'],
				regions: ['jeonnam'],
				confidentiality: 'nda',
				status: 'open',
				closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
				budgetMinKrw: 50_000_000,
				budgetMaxKrw: 90_000_000
			}
		});
		expect(res.status, await res.clone().text()).toBe(201);
		created = await res.json();
	});

	it('answers its owner with everything, and outsiders with the teaser only', async () => {
		const own = await (await call(`/challenges/${created.id}`, { token: corporate })).json();
		expect(own).toMatchObject({
			details: secret,
			budgetMaxKrw: 90_000_000,
			access: { manages: true, details: true }
		});
		const outside = await call(`/challenges/${created.id}`, { token: applicant.token });
		const text = await outside.text();
		expect(text).not.toContain(`E2E-SECRET-${marker}`);
		expect(JSON.parse(text).teaser).toContain('열화상');
	});

	it('is found by its title but never by, or with, its details', async () => {
		await eventually(async () => {
			const found = await list(`/challenges?q=${marker}`);
			expect(found.hits.map((h) => h.id)).toContain(created.id);
		});
		const byDetails = await list(`/challenges?q=ORCHID`, applicant.token);
		expect(byDetails.hits.map((h) => h.id)).not.toContain(created.id);
		for (const token of [undefined, applicant.token, corporate, admin]) {
			const page = await list(`/challenges?q=${marker}&status=open`, token);
			expect(JSON.stringify(page)).not.toContain(`E2E-SECRET-${marker}`);
		}
	});

	it('may be changed by those who run it only', async () => {
		const stranger = await call(`/challenges/${created.id}`, {
			method: 'PATCH',
			token: applicant.token,
			json: { title: 'Taken over' }
		});
		expect([403, 404]).toContain(stranger.status);
		await problemOf(stranger);
		const anonymous = await call(`/challenges/${created.id}`, {
			method: 'PATCH',
			json: { title: 'Taken over' }
		});
		expect(anonymous.status).toBe(401);
		const unknownCode = await call(`/challenges/${created.id}`, {
			method: 'PATCH',
			token: corporate,
			json: { industries: ['perpetual_motion'] }
		});
		expect(unknownCode.status).toBe(422);
		expect((await problemOf(unknownCode)).errors?.['industries.0']).toBeDefined();
	});

	it('accepts a PATCH carrying the updatedAt it read, and refuses a stale one with 409', async () => {
		const read = await (await call(`/challenges/${created.id}`, { token: corporate })).json();
		const first = await call(`/challenges/${created.id}`, {
			method: 'PATCH',
			token: corporate,
			json: { teaser: '첫 번째 수정', expectedUpdatedAt: read.updatedAt }
		});
		expect(first.status, await first.clone().text()).toBe(200);
		expect((await first.json()).teaser).toBe('첫 번째 수정');
		const stale = await call(`/challenges/${created.id}`, {
			method: 'PATCH',
			token: corporate,
			json: { teaser: '두 번째 수정', expectedUpdatedAt: read.updatedAt }
		});
		expect(stale.status).toBe(409);
		await problemOf(stale);
	});
});

describe('confidential details', () => {
	it('never appear in any list response', async () => {
		const viewers = [undefined, applicant.token, admin, (await newAccount('lists')).token];
		for (const token of viewers) {
			await list('/challenges?limit=100', token);
			await list('/challenges?status=open&status=screening&status=closed&limit=100', token);
			for (const q of ['배전설비를', '드론', '데이터', 'AI', 'PoC']) {
				await list(`/challenges?q=${encodeURIComponent(q)}&limit=100`, token);
			}
			const startups = await call(`/startups?q=${encodeURIComponent('배터리')}&limit=100`, { token });
			listBodies.push({ label: 'startups', text: await startups.text() });
		}
		expect(listBodies.length).toBeGreaterThan(20);
		for (const { label, text } of listBodies) expect(leakIn(text), label).toBeUndefined();
	});

	it('never appear in the API document', async () => {
		const res = await call('/openapi.json');
		expect(res.status).toBe(200);
		expect(leakIn(await res.text())).toBeUndefined();
	});
});
