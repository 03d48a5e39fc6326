import { describe, expect, it } from 'vitest';
import { call, DEMO_PASSWORD, problemOf, tokenFor, uniqueEmail } from './client';

describe('POST /api/v1/tokens', () => {
	it('issues a token to the demo manager, and /me then shows the Gangwon center membership', async () => {
		const res = await call('/tokens', { json: { email: 'manager@example.com', password: DEMO_PASSWORD } });
		expect(res.status).toBe(201);
		const created = await res.json();
		expect(created.token).toMatch(/^[a-z2-9]{24}\.[a-z2-9]{24}$/);
		expect(created.token.startsWith(`${created.id}.`)).toBe(true);
		expect(Date.parse(created.expiresAt)).toBeGreaterThan(Date.now());

		const me = await call('/me', { token: created.token });
		expect(me.status).toBe(200);
		const body = await me.json();
		expect(body.user).toMatchObject({ email: 'manager@example.com' });
		const center = body.memberships.find(
			(m: { organization: { kind: string } }) => m.organization.kind === 'center'
		);
		expect(center).toBeDefined();
		expect(`${center.organization.name} ${center.organization.nameEn}`).toMatch(/강원|Gangwon/);
		expect(center.role).toMatch(/^(owner|member)$/);
	});

	it('answers a wrong password and an unknown account with the same generic 401', async () => {
		const wrongPassword = await call('/tokens', {
			json: { email: 'corporate@example.com', password: 'not-the-password' }
		});
		const unknownAccount = await call('/tokens', {
			json: { email: uniqueEmail('nobody'), password: 'not-the-password' }
		});
		expect(wrongPassword.status).toBe(401);
		expect(unknownAccount.status).toBe(401);
		const a = await problemOf(wrongPassword);
		const b = await problemOf(unknownAccount);
		expect(a.detail).toBeTruthy();
		expect(a.detail).toBe(b.detail);
		expect(a.type).toBe(b.type);
		// Naming a field would say which part was wrong.
		expect(a.errors).toBeUndefined();
	});

	it('rate limits one account with 429 and Retry-After', async () => {
		const email = uniqueEmail('hammer');
		let limited: Response | undefined;
		// The per-account bucket holds 10 attempts; 15 is a generous bound.
		for (let i = 0; i < 15 && !limited; i++) {
			const res = await call('/tokens', { json: { email, password: 'wrong-password-123' } });
			if (res.status === 429) limited = res;
			else expect(res.status).toBe(401);
		}
		expect(limited, 'no 429 within 15 attempts').toBeDefined();
		expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await problemOf(limited!)).status).toBe(429);
	});
});

describe('DELETE /api/v1/tokens/:id', () => {
	it('revokes the caller’s token with 204, after which it is refused with 401', async () => {
		const { token, id } = await tokenFor('startup@example.com');
		expect((await call('/me', { token })).status).toBe(200);
		const res = await call(`/tokens/${id}`, { method: 'DELETE', token });
		expect(res.status).toBe(204);
		const after = await call('/me', { token });
		expect(after.status).toBe(401);
		await problemOf(after);
	});

	it('answers 404 for someone else’s token and leaves it working', async () => {
		const owner = await tokenFor('corporate@example.com');
		const other = await tokenFor('startup@example.com');
		const res = await call(`/tokens/${owner.id}`, { method: 'DELETE', token: other.token });
		expect(res.status).toBe(404);
		await problemOf(res);
		expect((await call('/me', { token: owner.token })).status).toBe(200);
		await call(`/tokens/${owner.id}`, { method: 'DELETE', token: owner.token });
		await call(`/tokens/${other.id}`, { method: 'DELETE', token: other.token });
	});

	it('answers 404 for an unknown id and 401 without credentials', async () => {
		const { token, id } = await tokenFor('corporate@example.com');
		expect((await call('/tokens/aaaaaaaaaaaaaaaaaaaaaaaa', { method: 'DELETE', token })).status).toBe(404);
		expect((await call('/tokens/not-even-an-id', { method: 'DELETE', token })).status).toBe(404);
		expect((await call(`/tokens/${id}`, { method: 'DELETE' })).status).toBe(401);
		await call(`/tokens/${id}`, { method: 'DELETE', token });
	});
});
