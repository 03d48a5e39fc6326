import { describe, expect, it } from 'vitest';
import { call } from './client';

describe('GET /api/v1/taxonomy', () => {
	it('answers every vocabulary as code, ko and en', async () => {
		const res = await call('/taxonomy');
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(Object.keys(body).sort()).toEqual([
			'collaborationTypes',
			'industries',
			'regions',
			'seeking',
			'stages'
		]);
		for (const [kind, entries] of Object.entries(body) as [
			string,
			{ code: string; ko: string; en: string }[]
		][]) {
			expect(entries.length, kind).toBeGreaterThan(0);
			for (const entry of entries) {
				expect(Object.keys(entry).sort(), kind).toEqual(['code', 'en', 'ko']);
				expect(entry.code).toMatch(/^[a-z0-9_]+$/);
				expect(entry.ko.length).toBeGreaterThan(0);
				expect(entry.en.length).toBeGreaterThan(0);
			}
			expect(new Set(entries.map((e) => e.code)).size, `${kind} codes are unique`).toBe(entries.length);
		}
		expect(body.regions).toContainEqual({ code: 'gangwon', ko: '강원', en: 'Gangwon' });
		expect(body.regions).toHaveLength(17);
	});

	it('needs no credentials', async () => {
		expect((await call('/taxonomy', { token: 'forged.token' })).status).toBe(200);
	});
});
