import { beforeAll, describe, expect, it } from 'vitest';
import { call, problemOf, tokenFor } from './client';
import { createStartup, eventually, newAccount, type Account, type StartupBody } from './catalog-helpers';

// Startups in the catalog API: registration, profile edits, search with Korean particles, facets.

interface StartupPage {
	hits: (StartupBody & {
		nameEn: string | null;
		highlights: Record<string, { text: string; match: boolean }[]>;
	})[];
	total: number;
	page: number;
	limit: number;
	facets: Record<'industry' | 'region' | 'stage' | 'seeking', Record<string, number>>;
}

async function searchStartups(query: string, token?: string): Promise<StartupPage> {
	const res = await call(`/startups?${query}`, { token });
	expect(res.status, await res.clone().text()).toBe(200);
	return (await res.json()) as StartupPage;
}

let founder: Account;
let admin: string;

beforeAll(async () => {
	founder = await newAccount('founder');
	admin = (await tokenFor('admin@example.com')).token;
});

describe('POST /api/v1/startups', () => {
	it('registers a startup with 201 and makes the caller its owner', async () => {
		const name = `E2E 배터리랩 ${Date.now()}`;
		const res = await call('/startups', {
			token: founder.token,
			json: {
				name,
				summary: 'ESS 열폭주 조기 감지',
				description: 'Battery safety for energy storage, 배터리 안전.',
				industries: ['energy', 'ai_data'],
				techTags: ['BMS', 'thermal runaway detection'],
				stage: 'seed',
				region: 'gwangju',
				seeking: ['poc', 'investment'],
				foundedYear: 2023,
				employees: 7,
				website: 'https://battery-lab.example',
				visibility: 'public'
			}
		});
		expect(res.status).toBe(201);
		const body = (await res.json()) as StartupBody;
		expect(body).toMatchObject({
			name,
			industries: ['energy', 'ai_data'],
			techTags: ['bms', 'thermal runaway detection'],
			stage: 'seed',
			region: 'gwangju',
			seeking: ['poc', 'investment'],
			foundedYear: 2023,
			canEdit: true
		});
		expect(res.headers.get('location')).toBe(`/api/v1/startups/${body.id}`);
		expect(Date.parse(body.createdAt as string)).not.toBeNaN();

		const me = await (await call('/me', { token: founder.token })).json();
		expect(me.memberships).toContainEqual(
			expect.objectContaining({
				organization: expect.objectContaining({ id: body.id, kind: 'startup' }),
				role: 'owner'
			})
		);
	});

	it('refuses an unknown industry code with 422 naming the field', async () => {
		const res = await call('/startups', {
			token: founder.token,
			json: { name: 'Nowhere Inc', industries: ['energy', 'teleportation'] }
		});
		expect(res.status).toBe(422);
		const problem = await problemOf(res);
		expect(problem.errors?.['industries.1']?.[0]).toBeTruthy();
	});

	it('answers 401 without credentials', async () => {
		const res = await call('/startups', { json: { name: 'Anonymous startup' } });
		expect(res.status).toBe(401);
		await problemOf(res);
	});
});

describe('GET and PATCH /api/v1/startups/:id', () => {
	let mine: StartupBody;
	// Unique per run: the database refuses a number another startup already has.
	const businessNumber = String(Date.now()).slice(-10);

	beforeAll(async () => {
		mine = await createStartup(founder.token, { businessNumber });
	});

	it('shows a public profile to anyone, without what only its editors may see', async () => {
		const res = await call(`/startups/${mine.id}`);
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body).toMatchObject({ id: mine.id, name: mine.name, canEdit: false, businessNumber: null });
		expect(body.completeness.percent).toBeGreaterThan(0);
		const own = await (await call(`/startups/${mine.id}`, { token: founder.token })).json();
		expect(own).toMatchObject({ canEdit: true, businessNumber });
	});

	it('changes only the fields sent', async () => {
		const res = await call(`/startups/${mine.id}`, {
			method: 'PATCH',
			token: founder.token,
			json: { summary: '요약을 바꿨습니다', techTags: ['ESS', 'bms'] }
		});
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body).toMatchObject({
			summary: '요약을 바꿨습니다',
			techTags: ['ess', 'bms'],
			name: mine.name,
			industries: mine.industries,
			stage: mine.stage,
			region: mine.region,
			seeking: mine.seeking,
			visibility: mine.visibility
		});
		const again = await (await call(`/startups/${mine.id}`)).json();
		expect(again.summary).toBe('요약을 바꿨습니다');
		expect(again.name).toBe(mine.name);
	});

	it('refuses a PATCH by someone else and leaves the profile as it was', async () => {
		const stranger = await newAccount('stranger');
		const res = await call(`/startups/${mine.id}`, {
			method: 'PATCH',
			token: stranger.token,
			json: { name: 'Hijacked' }
		});
		expect([403, 404]).toContain(res.status);
		await problemOf(res);
		expect((await (await call(`/startups/${mine.id}`)).json()).name).toBe(mine.name);

		const anonymous = await call(`/startups/${mine.id}`, { method: 'PATCH', json: { name: 'Hijacked' } });
		expect(anonymous.status).toBe(401);
	});

	it('refuses an unknown code in a PATCH with 422 naming the field', async () => {
		const res = await call(`/startups/${mine.id}`, {
			method: 'PATCH',
			token: founder.token,
			json: { seeking: ['world_domination'] }
		});
		expect(res.status).toBe(422);
		expect((await problemOf(res)).errors?.['seeking.0']).toBeDefined();
	});

	it('hides a private profile from everyone but its people, as if it did not exist', async () => {
		const hidden = await createStartup(founder.token, { visibility: 'private' });
		expect(hidden.visibility).toBe('private');
		expect((await call(`/startups/${hidden.id}`)).status).toBe(404);
		const stranger = await newAccount('peeker');
		expect((await call(`/startups/${hidden.id}`, { token: stranger.token })).status).toBe(404);
		expect((await call(`/startups/${hidden.id}`, { token: founder.token })).status).toBe(200);
	});

	it('answers 404 for an unknown or malformed id', async () => {
		expect((await call(`/startups/${crypto.randomUUID()}`)).status).toBe(404);
		const malformed = await call('/startups/not-a-uuid');
		expect(malformed.status).toBe(404);
		await problemOf(malformed);
	});
});

describe('GET /api/v1/startups', () => {
	it('answers the list shape with facets', async () => {
		const body = await searchStartups('limit=5');
		expect(body).toMatchObject({ page: 1, limit: 5 });
		expect(body.hits.length).toBeLessThanOrEqual(5);
		expect(body.total).toBeGreaterThan(5);
		expect(Object.keys(body.facets).sort()).toEqual(['industry', 'region', 'seeking', 'stage']);
		const hit = body.hits[0]!;
		for (const key of [
			'id',
			'name',
			'summary',
			'industries',
			'techTags',
			'stage',
			'region',
			'seeking',
			'highlights'
		]) {
			expect(hit, key).toHaveProperty(key);
		}
	});

	it('finds a startup by a Korean word with a particle attached', async () => {
		const body = await searchStartups(`q=${encodeURIComponent('연속혈당측정기를')}`);
		expect(body.hits.map((h) => h.nameEn)).toContain('GlucoFit');
		const glucofit = body.hits.find((h) => h.nameEn === 'GlucoFit')!;
		const marked = Object.values(glucofit.highlights)
			.flat()
			.filter((s) => s.match)
			.map((s) => s.text);
		expect(marked.join('')).toContain('연속혈당측정기');
	});

	it('finds a new startup by its name once the index has caught up', async () => {
		const marker = `Zephyrine${Date.now().toString(36)}`;
		const created = await createStartup(founder.token, { name: `${marker} 로보틱스` });
		const body = await eventually(async () => {
			const page = await searchStartups(`q=${marker}`);
			expect(page.hits.map((h) => h.id)).toContain(created.id);
			return page;
		});
		expect(body.hits[0]!.id).toBe(created.id);
	});

	it('keeps repeated filters as alternatives', async () => {
		const body = await searchStartups('industry=mobility&industry=energy&limit=100');
		expect(body.total).toBeGreaterThan(0);
		for (const hit of body.hits) {
			expect(
				hit.industries.some((i) => i === 'mobility' || i === 'energy'),
				hit.name
			).toBe(true);
		}
		const mobility = await searchStartups('industry=mobility&limit=1');
		const energy = await searchStartups('industry=energy&limit=1');
		expect(body.total).toBeGreaterThan(Math.max(mobility.total, energy.total) - 1);
		expect(body.total).toBeLessThanOrEqual(mobility.total + energy.total);
	});

	it('refuses an unknown code in a filter with 422 naming the parameter', async () => {
		const res = await call('/startups?industry=energy&industry=alchemy');
		expect(res.status).toBe(422);
		expect((await problemOf(res)).errors?.['industry.1']).toBeDefined();
		const single = await call('/startups?region=atlantis');
		expect(single.status).toBe(422);
		expect((await problemOf(single)).errors?.['region.0']).toBeDefined();
		expect((await call('/startups?limit=101')).status).toBe(422);
	});

	it('never shows or counts a private startup to those who may not see it', async () => {
		// HomeSense AI (홈센스AI) is a private seeded profile in Gwangju at the idea stage.
		const query = 'region=gwangju&stage=idea&limit=100';
		const all = await searchStartups(query, admin);
		const homesense = all.hits.find((h) => h.nameEn === 'HomeSense AI');
		expect(homesense, 'the control: an admin finds it').toBeDefined();
		expect(all.total, 'one page holds every match').toBe(all.hits.length);

		const stranger = await newAccount('facets');
		for (const [who, token] of [
			['anonymous', undefined],
			['signed-in stranger', stranger.token]
		] as const) {
			const seen = await searchStartups(query, token);
			const seenIds = new Set(seen.hits.map((h) => h.id));
			expect(seenIds.has(homesense!.id), who).toBe(false);
			expect(seen.total, who).toBe(seen.hits.length);
			// Facets of fields not filtered on count exactly the visible matches: the admin's counts
			// minus those of the hits this caller does not get.
			const hidden = all.hits.filter((h) => !seenIds.has(h.id));
			expect(hidden.length, who).toBe(all.total - seen.total);
			for (const facet of ['industry', 'seeking'] as const) {
				const field = facet === 'industry' ? 'industries' : 'seeking';
				for (const [code, count] of Object.entries(all.facets[facet])) {
					const missing = hidden.filter((h) => (h[field] as string[]).includes(code)).length;
					expect(seen.facets[facet][code] ?? 0, `${who} ${facet}.${code}`).toBe(count - missing);
				}
			}
		}
	});
});
