import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { EmbeddedSearchEngine } from '../../src/lib/server/search/embedded';
import { MeilisearchEngine } from '../../src/lib/server/search/meilisearch';
import type { Filter, SearchEngine, SearchQuery, SearchResult } from '../../src/lib/server/search/port';
import { reindexAll } from '../../src/lib/server/search/reindex';
import { ANONYMOUS, visibilityFilter, type Viewer } from '../../src/lib/server/search/visibility';
import { loadChallengeDocuments, loadStartupDocuments } from '../../src/lib/server/search/documents';
import { createTestDatabase } from './helpers/db';
import { insertCatalog, type Catalog } from './helpers/search-catalog';

// One contract for every search adapter: the embedded engine always (also with its common-word path
// forced on, which large indexes take), Meilisearch when MEILI_URL is set. The catalog is written to
// Postgres and indexed through reindexAll, exactly as production does.

type Adapter = { engine: SearchEngine; cleanup(): Promise<void> };
const adapters: [string, () => Promise<Adapter>][] = [
	['embedded', async () => ({ engine: new EmbeddedSearchEngine(), cleanup: async () => {} })],
	[
		'embedded, common words through bitsets',
		async () => ({ engine: new EmbeddedSearchEngine({ commonMinDocuments: 1 }), cleanup: async () => {} })
	]
];
if (process.env.MEILI_URL) {
	adapters.push([
		'meilisearch',
		async () => {
			const engine = new MeilisearchEngine({
				host: process.env.MEILI_URL!,
				apiKey: process.env.MEILI_MASTER_KEY,
				indexPrefix: `contract_${randomBytes(4).toString('hex')}_`
			});
			return { engine, cleanup: () => engine.dropIndexes() };
		}
	]);
}

let h: DatabaseHandle;
let catalog: Catalog;
beforeAll(async () => {
	h = await createTestDatabase();
	catalog = await insertCatalog(h.db);
});
afterAll(async () => {
	await h?.close();
});

describe.each(adapters)('search contract: %s', (_name, makeAdapter) => {
	let adapter: Adapter;
	beforeAll(async () => {
		adapter = await makeAdapter();
		await reindexAll(h.db, adapter.engine, undefined, { requeueChanges: false });
	});
	afterAll(async () => {
		await adapter?.cleanup();
	});

	const viewers = () => ({
		anonymous: ANONYMOUS,
		stranger: { signedIn: true, isAdmin: false, organizationIds: [], managedCenterIds: [] } as Viewer,
		owner: {
			signedIn: true,
			isAdmin: false,
			organizationIds: [catalog.startups.secret],
			managedCenterIds: []
		},
		manager: { signedIn: true, isAdmin: false, organizationIds: [], managedCenterIds: [catalog.center] },
		invited: {
			signedIn: true,
			isAdmin: false,
			organizationIds: [catalog.startups.logistics],
			managedCenterIds: []
		},
		corporate: {
			signedIn: true,
			isAdmin: false,
			organizationIds: [catalog.otherCorporate],
			managedCenterIds: []
		},
		admin: { signedIn: true, isAdmin: true, organizationIds: [], managedCenterIds: [] }
	});

	const search = (
		index: 'startups' | 'challenges',
		q: string,
		viewer: Viewer = ANONYMOUS,
		extra: Partial<SearchQuery> = {}
	): Promise<SearchResult> =>
		adapter.engine.search({ index, q, visibility: visibilityFilter(index, viewer), ...extra });
	const ids = async (
		index: 'startups' | 'challenges',
		q: string,
		viewer: Viewer = ANONYMOUS,
		extra: Partial<SearchQuery> = {}
	) => (await search(index, q, viewer, { limit: 100, ...extra })).hits.map((hit) => hit.id);

	describe('Korean', () => {
		it('finds a word with a particle attached: 헬스케어를 finds 헬스케어', async () => {
			expect(await ids('startups', '헬스케어를')).toContain(catalog.startups.careLink);
		});

		it('finds a word written with a particle: 연속혈당측정기 finds 연속혈당측정기를', async () => {
			expect(await ids('startups', '연속혈당측정기')).toContain(catalog.startups.gluco);
		});

		it('finds a word inside a compound: 헬스케어 finds 디지털헬스케어', async () => {
			// 케어봇 is a robotics startup: only its text says 디지털헬스케어.
			expect(await ids('startups', '헬스케어')).toContain(catalog.startups.careBot);
		});

		it('finds a place written with 에서: 대구 finds 대구에서', async () => {
			expect(await ids('startups', '대구')).toContain(catalog.startups.farm);
		});
	});

	describe('English', () => {
		it('forgives a typo: logistcs finds logistics', async () => {
			expect(await ids('startups', 'logistcs')).toEqual([catalog.startups.logistics]);
		});

		it('completes the last word: batt finds battery', async () => {
			expect(await ids('startups', 'batt')).toEqual([catalog.startups.volt]);
		});

		it('requires every word: battery logistics finds nothing', async () => {
			expect((await search('startups', 'battery logistics')).total).toBe(0);
		});
	});

	it('reads mixed Korean and English: AI 재고 finds the AI inventory startup', async () => {
		expect(await ids('startups', 'AI 재고')).toEqual([catalog.startups.logistics]);
	});

	it('highlights what matched, as plain segments that rebuild the text', async () => {
		const result = await search('startups', '헬스케어를');
		const hit = result.hits.find((x) => x.id === catalog.startups.careLink)!;
		const summary = hit.highlights.summary!;
		expect(summary.map((s) => s.text).join('')).toBe('헬스케어 데이터 플랫폼 <실증>');
		expect(summary.some((s) => s.match && s.text.includes('헬스케어'))).toBe(true);
		expect(
			summary
				.filter((s) => !s.match)
				.map((s) => s.text)
				.join('')
		).toContain('<실증>');
	});

	describe('facets and filters', () => {
		it('counts facet values over the visible matches', async () => {
			const result = await search('startups', '', ANONYMOUS, { facets: ['industries', 'region', 'stage'] });
			expect(result.total).toBe(catalog.publicStartups.length);
			expect(result.facets.region).toEqual(countBy(catalog.publicStartups, (s) => [s.region!]));
			expect(result.facets.industries).toEqual(countBy(catalog.publicStartups, (s) => s.industries));
			expect(result.facets.stage).toEqual(countBy(catalog.publicStartups, (s) => [s.stage!]));
		});

		it('ANDs fields and ORs values within a field', async () => {
			const filter: Filter = {
				and: [
					{ field: 'industries', in: ['logistics', 'energy'] },
					{ field: 'region', in: ['busan'] }
				]
			};
			const result = await search('startups', '', ANONYMOUS, { filter, facets: ['industries'] });
			expect(result.hits.map((x) => x.id)).toEqual([catalog.startups.logistics]);
			expect(result.total).toBe(1);
			expect(result.facets.industries).toEqual({ ai_data: 1, logistics: 1 });
		});

		it('combines a query with filters', async () => {
			const filter: Filter = { field: 'stage', in: ['series_a'] };
			expect(await ids('startups', '헬스케어', ANONYMOUS, { filter })).toEqual([catalog.startups.careLink]);
		});
	});

	describe('sorting and pages', () => {
		it('sorts by newest', async () => {
			const expected = [...catalog.publicStartups].sort((a, b) => b.createdAt - a.createdAt).map((s) => s.id);
			expect(await ids('startups', '', ANONYMOUS, { sort: 'newest' })).toEqual(expected);
			// relevance without a query falls back to newest
			expect(await ids('startups', '', ANONYMOUS, { sort: 'relevance' })).toEqual(expected);
		});

		it('sorts challenges by deadline, soonest first and none last', async () => {
			const { challenges } = catalog;
			expect(await ids('challenges', '', viewers().invited, { sort: 'deadline' })).toEqual([
				challenges.closed,
				challenges.nda,
				challenges.battery,
				challenges.invite
			]);
		});

		it('pages through all matches with a stable total', async () => {
			const first = await search('startups', '', ANONYMOUS, { sort: 'newest', limit: 4, page: 1 });
			const second = await search('startups', '', ANONYMOUS, { sort: 'newest', limit: 4, page: 2 });
			const third = await search('startups', '', ANONYMOUS, { sort: 'newest', limit: 4, page: 3 });
			expect([first.total, second.total, third.total]).toEqual(Array(3).fill(catalog.publicStartups.length));
			expect(first.hits).toHaveLength(4);
			expect(third.hits).toHaveLength(0);
			const all = [...first.hits, ...second.hits].map((x) => x.id);
			expect(new Set(all).size).toBe(catalog.publicStartups.length);
		});
	});

	describe('visibility', () => {
		it('keeps a private startup out of hits, totals and facet counts for everyone else', async () => {
			const v = viewers();
			for (const viewer of [v.anonymous, v.stranger, v.manager, v.corporate]) {
				const result = await search('startups', '헬스케어', viewer, {
					facets: ['industries', 'region'],
					limit: 100
				});
				expect(result.hits.map((x) => x.id)).not.toContain(catalog.startups.secret);
				expect(result.total).toBe(result.hits.length);
				// the secret startup is the only one in Jeju; every startup has one region
				expect(result.facets.region?.jeju).toBeUndefined();
				expect(Object.values(result.facets.region ?? {}).reduce((a, b) => a + b, 0)).toBe(result.total);
			}
			expect(await ids('startups', '헬스케어', v.owner)).toContain(catalog.startups.secret);
			expect(await ids('startups', '헬스케어', v.admin)).toContain(catalog.startups.secret);
		});

		it('shows members-only startups to signed-in people only', async () => {
			const v = viewers();
			expect(await ids('startups', '스마트팜', v.anonymous)).not.toContain(catalog.startups.members);
			expect(await ids('startups', '스마트팜', v.stranger)).toContain(catalog.startups.members);
			const anonymous = await search('startups', '', v.anonymous, { facets: ['seeking'] });
			const signedIn = await search('startups', '', v.stranger, { facets: ['seeking'] });
			expect(signedIn.total).toBe(anonymous.total + 1);
			expect(signedIn.facets.seeking?.mentoring).toBe((anonymous.facets.seeking?.mentoring ?? 0) + 1);
		});

		it('shows a private startup its center stewards to that center’s managers', async () => {
			expect(await ids('startups', '돌봄', viewers().manager)).toEqual([catalog.startups.stewarded]);
			expect(await ids('startups', '돌봄', viewers().stranger)).toEqual([]);
		});

		it('lists invite-only challenges for invited startups only', async () => {
			const v = viewers();
			expect(await ids('challenges', '물류', v.anonymous)).toEqual([]);
			expect(await ids('challenges', '물류', v.stranger)).toEqual([]);
			expect(await ids('challenges', '물류', v.invited)).toEqual([catalog.challenges.invite]);
		});

		it('shows drafts to their corporate and hosting center only', async () => {
			const v = viewers();
			expect(await ids('challenges', '', v.anonymous)).not.toContain(catalog.challenges.draft);
			expect(await ids('challenges', '', v.manager)).toContain(catalog.challenges.draft);
			expect(await ids('challenges', '', v.corporate)).toContain(catalog.challenges.draft);
			expect(
				(await search('challenges', '', v.anonymous, { facets: ['status'] })).facets.status?.draft
			).toBeUndefined();
		});

		it('shows an NDA challenge’s public teaser to everyone', async () => {
			expect(await ids('challenges', '스마트팜 데이터')).toEqual([catalog.challenges.nda]);
		});
	});

	describe('confidentiality', () => {
		it('never makes a challenge’s details searchable, for anyone', async () => {
			for (const viewer of Object.values(viewers())) {
				expect((await search('challenges', 'zebraquantum', viewer)).total).toBe(0);
				expect((await search('challenges', '극비데이터셋', viewer)).total).toBe(0);
			}
		});
	});

	it('forgets removed documents and can be cleared', async () => {
		const engine = adapter.engine;
		const [doc] = await loadStartupDocuments(h.db, [catalog.startups.volt]);
		await engine.remove('startups', [catalog.startups.volt]);
		expect((await search('startups', 'battery')).total).toBe(0);
		await engine.upsert('startups', [doc!]);
		expect(await ids('startups', 'battery')).toEqual([catalog.startups.volt]);
		const challenges = await loadChallengeDocuments(h.db);
		await engine.clear('challenges');
		expect((await search('challenges', '', viewers().admin)).total).toBe(0);
		await engine.upsert('challenges', challenges);
		expect((await search('challenges', '', viewers().admin)).total).toBe(challenges.length);
	});
});

function countBy<T>(items: readonly T[], values: (item: T) => readonly string[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const item of items) for (const v of values(item)) counts[v] = (counts[v] ?? 0) + 1;
	return counts;
}
