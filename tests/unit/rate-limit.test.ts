import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/lib/server/auth/rate-limit';

describe('RateLimiter', () => {
	it('allows the capacity, then says how long to wait, then refills over time', () => {
		const limiter = new RateLimiter(3, 60_000);
		const t0 = 1_000_000;
		expect([limiter.consume('k', t0), limiter.consume('k', t0), limiter.consume('k', t0)]).toEqual([0, 0, 0]);
		const wait = limiter.consume('k', t0);
		expect(wait).toBe(20_000); // one token per 20 s at 3 per minute
		expect(limiter.consume('k', t0 + 20_000)).toBe(0);
	});

	it('keeps keys apart and forgets a key on reset', () => {
		const limiter = new RateLimiter(1, 60_000);
		expect(limiter.consume('a', 0)).toBe(0);
		expect(limiter.consume('b', 0)).toBe(0);
		expect(limiter.consume('a', 0)).toBeGreaterThan(0);
		limiter.reset('a');
		expect(limiter.consume('a', 0)).toBe(0);
	});
});
