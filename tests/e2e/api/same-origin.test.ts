import { beforeAll, describe, expect, it } from 'vitest';
import { base, call, problemOf, sessionCookieFor } from './client';

let cookie: string;

beforeAll(async () => {
	cookie = await sessionCookieFor('corporate@example.com');
});

describe('the same-origin check on the API', () => {
	it('refuses a cross-site POST carrying a session cookie with 403, and allows the same call from the site', async () => {
		const json = { kind: 'corporate', name: `E2E cookie corp ${Date.now()}` };

		const forged = await call('/organizations', {
			json,
			headers: { cookie, origin: 'https://evil.example' }
		});
		expect(forged.status).toBe(403);
		await problemOf(forged);

		const fromSite = await call('/organizations', { json, headers: { cookie, origin: base } });
		expect(fromSite.status).toBe(201);
	});

	it('refuses a cross-site POST whose browser says so only in Sec-Fetch-Site', async () => {
		const res = await call('/organizations', {
			json: { kind: 'corporate', name: 'Never created' },
			headers: { cookie, 'sec-fetch-site': 'cross-site' }
		});
		expect(res.status).toBe(403);
	});
});
