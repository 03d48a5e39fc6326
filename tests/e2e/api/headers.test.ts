import { describe, expect, it } from 'vitest';
import { base, call } from './client';

// Security headers on every kind of response, the page Content-Security-Policy, and the session
// cookie's flags, as the real server sends them (plain http here: no HSTS, no Secure).

const BASELINE = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'strict-origin-when-cross-origin'
};

function expectBaseline(res: Response) {
	for (const [name, value] of Object.entries(BASELINE)) expect(res.headers.get(name), name).toBe(value);
	expect(res.headers.get('permissions-policy')).toContain('geolocation=()');
	expect(res.headers.get('strict-transport-security')).toBeNull();
}

describe('security headers', () => {
	it('a page carries a CSP with a nonce for its one inline script, and may not be framed', async () => {
		const res = await fetch(`${base}/startups`);
		expect(res.status).toBe(200);
		expectBaseline(res);
		const csp = res.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
		const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
		expect(nonce).toBeTruthy();
		const html = await res.text();
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
		expect(inline.length).toBeGreaterThan(0);
		for (const [, attrs] of inline) expect(attrs).toContain(`nonce="${nonce}"`);
		// A fresh nonce per response.
		const again = (await fetch(`${base}/startups`)).headers.get('content-security-policy');
		expect(again).not.toBe(csp);
	});

	it('the API, a 404, a static file and Socket.IO polling carry the baseline too', async () => {
		expectBaseline(await call('/taxonomy'));
		const missing = await fetch(`${base}/no-such-page-${Date.now()}`);
		expect(missing.status).toBe(404);
		expectBaseline(missing);
		const asset = await fetch(`${base}/favicon.svg`);
		expect(asset.status).toBe(200);
		expectBaseline(asset);
		expectBaseline(await fetch(`${base}/socket.io/?EIO=4&transport=polling`));
	});

	it('the session cookie is HttpOnly, SameSite=Lax, for the whole site', async () => {
		const res = await fetch(`${base}/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, accept: 'text/html' },
			body: new URLSearchParams({ email: 'startup@example.com', password: 'innomatch-demo' }),
			redirect: 'manual'
		});
		expect(res.status).toBe(303);
		const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session='))!;
		const flags = cookie.split(';').map((f) => f.trim().toLowerCase());
		expect(flags).toContain('httponly');
		expect(flags).toContain('samesite=lax');
		expect(flags).toContain('path=/');
		expect(flags.some((f) => f.startsWith('expires='))).toBe(true);
		// Plain http: a Secure cookie would never come back. Production over https sets it.
		expect(flags).not.toContain('secure');
	});
});
