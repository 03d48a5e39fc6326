import { describe, expect, it } from 'vitest';
import { isCrossSiteRequest } from '../../src/lib/server/http/origin';

const own = 'https://innomatch.example';
const req = (method: string, headers: Record<string, string> = {}) =>
	new Request(`${own}/x`, { method, headers });

describe('same-origin check', () => {
	it('lets safe methods through', () => {
		expect(isCrossSiteRequest(req('GET', { origin: 'https://evil.example' }), own, true)).toBe(false);
	});

	it('refuses a POST from another origin, form or JSON alike', () => {
		expect(isCrossSiteRequest(req('POST', { origin: 'https://evil.example' }), own, true)).toBe(true);
		expect(
			isCrossSiteRequest(
				req('PATCH', { origin: 'https://evil.example', 'content-type': 'application/json' }),
				own,
				false
			)
		).toBe(true);
		expect(isCrossSiteRequest(req('POST', { 'sec-fetch-site': 'cross-site' }), own, true)).toBe(true);
	});

	it('accepts the same origin and bearer-token calls', () => {
		expect(isCrossSiteRequest(req('POST', { origin: own }), own, true)).toBe(false);
		expect(isCrossSiteRequest(req('POST', { 'sec-fetch-site': 'same-origin' }), own, true)).toBe(false);
		expect(
			isCrossSiteRequest(
				req('DELETE', { origin: 'https://evil.example', authorization: 'Bearer x.y' }),
				own,
				false
			)
		).toBe(false);
	});

	it('allows a header-less non-browser client only without a session cookie', () => {
		expect(isCrossSiteRequest(req('POST'), own, false)).toBe(false);
		expect(isCrossSiteRequest(req('POST'), own, true)).toBe(true);
	});
});
