import { describe, expect, it } from 'vitest';
import { base, call, problemOf } from './client';

describe('unknown API paths and methods', () => {
	it('answers an unknown path under /api with a 404 problem document', async () => {
		for (const p of ['/api/v1/no-such-thing', '/api/v2/users', '/api']) {
			const res = await call(p);
			expect(res.status, p).toBe(404);
			await problemOf(res);
		}
	});

	it('answers a known path with a wrong method with a 405 problem document and Allow', async () => {
		const res = await call('/users');
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toContain('POST');
		await problemOf(res);
		const put = await call('/organizations', { method: 'PUT', json: {} });
		expect(put.status).toBe(405);
		expect(put.headers.get('allow')).toMatch(/GET.*POST|POST.*GET/);
		await problemOf(put);
	});
});

describe('record URLs with an id that cannot exist', () => {
	it("answer the site's own 404 page, before any load sends the id to the database", async () => {
		for (const path of ['/startups/not-a-uuid', '/centers/-1/imports', '/events/%00/board']) {
			const res = await fetch(`${base}${path}`, { headers: { cookie: 'locale=en' } });
			expect(res.status, path).toBe(404);
			expect(await res.text(), path).toContain('Page not found');
		}
		const api = await call('/startups/not-a-uuid');
		expect(api.status).toBe(404);
		await problemOf(api);
	});
});
