import { describe, expect, it } from 'vitest';
import { forwardedClient } from '../../src/lib/server/http/client-address';

describe('forwardedClient', () => {
	it('believes nothing when no proxy is trusted, so a client cannot pick its own rate-limit bucket', () => {
		expect(forwardedClient('203.0.113.9', 0)).toBeUndefined();
		expect(forwardedClient(null, 1)).toBeUndefined();
	});

	it('takes the entry our proxy wrote, not what the client put before it', () => {
		// The client sent "X-Forwarded-For: 1.2.3.4"; our one proxy appended the address it saw.
		expect(forwardedClient('1.2.3.4, 198.51.100.7', 1)).toBe('198.51.100.7');
		expect(forwardedClient('198.51.100.7', 1)).toBe('198.51.100.7');
	});

	it('counts hops from the right behind several proxies', () => {
		expect(forwardedClient('1.2.3.4, 198.51.100.7, 10.0.0.2', 2)).toBe('198.51.100.7');
		expect(forwardedClient(' 198.51.100.7 ,10.0.0.2 ', 2)).toBe('198.51.100.7');
	});

	it('refuses a chain shorter than the proxies we run (the header did not come through them)', () => {
		expect(forwardedClient('10.0.0.2', 2)).toBeUndefined();
		expect(forwardedClient(' , ', 1)).toBeUndefined();
	});
});
