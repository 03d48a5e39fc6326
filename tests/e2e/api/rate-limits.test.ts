import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base, call, problemOf } from './client';

// Limits answer 429 with Retry-After, on the JSON API and on forms and pages alike. Each test uses
// an address of its own (the server trusts one proxy's X-Forwarded-For in the e2e run), so it empties
// only its own buckets.

const freshAddress = () => `198.19.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0]! % 254)}`;

describe('rate limits', () => {
	it('refuses the 11th sign-in attempt on one account through the form, with Retry-After', async () => {
		const address = freshAddress();
		const email = `nobody-${randomBytes(4).toString('hex')}@example.com`;
		const statuses: number[] = [];
		let last: Response | undefined;
		for (let i = 0; i < 11; i++) {
			last = await fetch(`${base}/login`, {
				method: 'POST',
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					origin: base,
					accept: 'text/html',
					'x-forwarded-for': address
				},
				body: new URLSearchParams({ email, password: 'wrong password 123' }),
				redirect: 'manual'
			});
			statuses.push(last.status);
		}
		expect(statuses.slice(0, 10).every((s) => s === 400 || s === 401)).toBe(true);
		expect(statuses[10]).toBe(429);
		expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
	});

	it('limits searches per address: the API answers a 429 problem, then the catalog page does too', async () => {
		const headers = { 'x-forwarded-for': freshAddress() };
		let limited: Response | undefined;
		for (let i = 0; i < 1000 && !limited; i++) {
			const res = await call('/startups?q=센서&limit=1', { headers });
			if (res.status === 429) limited = res;
			else expect(res.status).toBe(200);
		}
		expect(limited, 'no 429 within 1000 searches').toBeDefined();
		expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await problemOf(limited!)).type).toContain('rate_limited');
		// The bucket refills while we look (RATE_LIMIT_SEARCH_PER_MINUTE / 60 a second), so the page may
		// first get a refilled token or two; spending them faster than they come brings its 429.
		let page: Response | undefined;
		for (let i = 0; i < 100 && page?.status !== 429; i++) {
			page = await fetch(`${base}/startups?q=센서`, { headers });
			expect([200, 429]).toContain(page.status);
		}
		expect(page!.status).toBe(429);
		expect(Number(page!.headers.get('retry-after'))).toBeGreaterThan(0);
		// Another address is not affected.
		expect(
			(await call('/startups?q=센서&limit=1', { headers: { 'x-forwarded-for': freshAddress() } })).status
		).toBe(200);
	});
});
