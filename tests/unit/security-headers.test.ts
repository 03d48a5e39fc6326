import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/lib/server/security-headers.js';

describe('securityHeaders', () => {
	it('always forbids sniffing, framing and powerful features, and keeps referrers to our origin', () => {
		for (const production of [false, true]) {
			const headers = securityHeaders({ production, https: false });
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['x-frame-options']).toBe('DENY');
			expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
			const policy = (headers['permissions-policy'] ?? '').split(',').map((p) => p.trim());
			for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
				expect(policy).toContain(`${feature}=()`);
		}
	});

	it('sends HSTS only in production over https', () => {
		const hsts = 'strict-transport-security';
		expect(securityHeaders({ production: true, https: true })[hsts]).toBe(
			'max-age=63072000; includeSubDomains'
		);
		expect(securityHeaders({ production: true, https: false })[hsts]).toBeUndefined();
		expect(securityHeaders({ production: false, https: true })[hsts]).toBeUndefined();
		expect(securityHeaders({ production: false, https: false })[hsts]).toBeUndefined();
	});
});
