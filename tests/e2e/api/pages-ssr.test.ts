import { describe, expect, it } from 'vitest';
import { base, call, tokenFor } from './client';
import { leakIn } from './catalog-helpers';

// What a browser with JavaScript off gets: the server-rendered page alone.
describe('catalog pages without JavaScript', () => {
	it('render the query in the search box and the matching results', async () => {
		const q = '헬스케어를';
		const html = await (
			await fetch(`${base}/startups?q=${encodeURIComponent(q)}`, { headers: { cookie: 'locale=ko' } })
		).text();
		expect(html).toContain(`value="${q}"`);
		expect(html).toContain('data-testid="startup-results"');
		expect(html).toMatch(/<mark[^>]*>헬스케어<\/mark>/);
	});

	it('never put a confidential NDA detail into a challenge page for a visitor', async () => {
		const list = await (await fetch(`${base}/api/v1/challenges?q=${encodeURIComponent('배전설비')}`)).json();
		const nda = list.hits.find((h: { confidentiality: string }) => h.confidentiality === 'nda');
		expect(nda).toBeDefined();
		const page = await (await fetch(`${base}/challenges/${nda.id}`)).text();
		const data = await (await fetch(`${base}/challenges/${nda.id}/__data.json`)).text();
		expect(page).toContain(nda.title);
		for (const body of [page, data]) expect(leakIn(body)).toBeUndefined();
	});

	it('answer 404 for a private startup, on its organization page and its catalog page alike', async () => {
		const admin = (await tokenFor('admin@example.com')).token;
		const list = await (
			await call(`/organizations?kind=startup&q=${encodeURIComponent('HomeSense')}`, { token: admin })
		).json();
		const id = list.hits[0]?.id as string;
		expect(id).toBeDefined();
		for (const path of [`/organizations/${id}`, `/startups/${id}`]) {
			expect((await fetch(`${base}${path}`)).status).toBe(404);
		}
	});
});
