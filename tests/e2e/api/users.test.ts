import { describe, expect, it } from 'vitest';
import { call, problemOf, uniqueEmail } from './client';

const STRONG = 'correct horse battery staple';

describe('POST /api/v1/users', () => {
	it('creates an account with 201 and answers id, email and name', async () => {
		const email = uniqueEmail('signup');
		const res = await call('/users', { json: { email, password: STRONG, name: '김하나' } });
		expect(res.status).toBe(201);
		const body = await res.json();
		expect(body).toMatchObject({ email, name: '김하나' });
		expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(body).not.toHaveProperty('passwordHash');
	});

	it('refuses a taken email with 409 naming the email field', async () => {
		const email = uniqueEmail('taken');
		expect((await call('/users', { json: { email, password: STRONG, name: 'First' } })).status).toBe(201);
		// Same address, other case: emails are compared normalised.
		const res = await call('/users', {
			json: { email: email.toUpperCase(), password: STRONG, name: 'Second' }
		});
		expect(res.status).toBe(409);
		const problem = await problemOf(res);
		expect(problem.errors?.email?.[0]).toBeTruthy();
	});

	it('refuses a weak password with 422 saying why, in the caller’s language', async () => {
		const res = await call('/users', {
			json: { email: uniqueEmail('weak'), password: 'short', name: 'Weak' },
			headers: { 'accept-language': 'en' }
		});
		expect(res.status).toBe(422);
		const problem = await problemOf(res);
		expect(problem.errors?.password?.[0]).toMatch(/10 characters/);
	});

	it('names every invalid field with 422', async () => {
		const res = await call('/users', { json: { email: 'not-an-email', password: STRONG } });
		expect(res.status).toBe(422);
		const problem = await problemOf(res);
		expect(Object.keys(problem.errors ?? {})).toEqual(expect.arrayContaining(['email', 'name']));
	});

	it('answers malformed JSON with 400', async () => {
		const res = await call('/users', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"email": '
		});
		expect(res.status).toBe(400);
		await problemOf(res);
	});

	it('answers another media type with 415', async () => {
		const res = await call('/users', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'email=a%40example.com&password=x&name=y'
		});
		expect(res.status).toBe(415);
		await problemOf(res);
	});

	it('answers a body over 256 KiB with 413', async () => {
		const res = await call('/users', {
			json: { email: uniqueEmail('big'), password: STRONG, name: 'x'.repeat(300_000) }
		});
		expect(res.status).toBe(413);
		await problemOf(res);
	});
});
