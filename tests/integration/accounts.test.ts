import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import {
	authenticate,
	getMe,
	requestPasswordReset,
	resetPassword,
	signUp
} from '../../src/lib/server/accounts/users';
import { createSession, validateSessionToken, SESSION_IDLE_MS } from '../../src/lib/server/auth/session';
import { createApiToken, revokeApiToken, validateApiToken } from '../../src/lib/server/auth/api-tokens';
import { DomainError } from '../../src/lib/server/errors';
import { createTestDatabase } from './helpers/db';
import { createUser, TEST_PASSWORD } from './helpers/factories';

let h: DatabaseHandle;
beforeAll(async () => {
	h = await createTestDatabase();
});
afterAll(async () => {
	await h.close();
});

async function domainError(p: Promise<unknown>): Promise<DomainError> {
	try {
		await p;
	} catch (e) {
		if (e instanceof DomainError) return e;
		throw e;
	}
	throw new Error('expected a DomainError');
}

describe('sign-up', () => {
	it('refuses a second account with the same email, whatever its case, with 409 on the email field', async () => {
		await signUp(h.db, { email: 'dup@test.example', password: TEST_PASSWORD, name: 'A' });
		const e = await domainError(
			signUp(h.db, { email: 'DUP@test.example', password: TEST_PASSWORD, name: 'B' })
		);
		expect([e.code, e.status, e.field]).toEqual(['email_taken', 409, 'email']);
		const rows = await h.db
			.selectFrom('users')
			.select('id')
			.where('email', '=', 'dup@test.example')
			.execute();
		expect(rows).toHaveLength(1);
	});

	it('lets only one of two simultaneous sign-ups with one email win', async () => {
		const results = await Promise.allSettled([
			signUp(h.db, { email: 'race@test.example', password: TEST_PASSWORD, name: 'A' }),
			signUp(h.db, { email: 'race@test.example', password: TEST_PASSWORD, name: 'B' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect((rejected.reason as DomainError).code).toBe('email_taken');
	});

	it('refuses a weak password with the reason and writes nothing', async () => {
		const e = await domainError(
			signUp(h.db, { email: 'weak@test.example', password: 'password123', name: 'W' })
		);
		expect([e.code, e.status, e.field, e.details.reason]).toEqual([
			'weak_password',
			422,
			'password',
			'too_common'
		]);
		expect(
			await h.db.selectFrom('users').select('id').where('email', '=', 'weak@test.example').executeTakeFirst()
		).toBeUndefined();
	});
});

describe('sign-in and sessions', () => {
	it('gives one generic error for an unknown email and for a wrong password', async () => {
		const user = await createUser(h.db);
		const unknown = await domainError(authenticate(h.db, 'nobody@test.example', TEST_PASSWORD));
		const wrong = await domainError(authenticate(h.db, user.email, 'wrong password entirely'));
		expect(unknown.code).toBe('invalid_credentials');
		expect(wrong.code).toBe('invalid_credentials');
		expect(unknown.status).toBe(401);
		expect((await authenticate(h.db, user.email, TEST_PASSWORD)).id).toBe(user.id);
	});

	it('validates a session token, refuses a forged secret, and expires after idling', async () => {
		const user = await createUser(h.db);
		const t0 = new Date('2026-01-01T00:00:00Z');
		const { token } = await createSession(h.db, user.id, t0);
		expect((await validateSessionToken(h.db, token, t0))?.user.id).toBe(user.id);
		const [id] = token.split('.');
		expect(await validateSessionToken(h.db, `${id}.${'a'.repeat(24)}`, t0)).toBeUndefined();
		const later = new Date(t0.getTime() + SESSION_IDLE_MS + 1);
		expect(await validateSessionToken(h.db, token, later)).toBeUndefined();
		// An expired session is deleted, not just ignored.
		expect(
			await h.db.selectFrom('sessions').select('id').where('id', '=', id!).executeTakeFirst()
		).toBeUndefined();
	});
});

describe('API tokens', () => {
	it('authenticates until revoked, and only its owner can revoke it', async () => {
		const owner = await createUser(h.db);
		const other = await createUser(h.db);
		const created = await createApiToken(h.db, owner.id, 'crm sync');
		expect((await validateApiToken(h.db, created.token))?.user.id).toBe(owner.id);
		expect(await revokeApiToken(h.db, other.id, created.id)).toBe(false);
		expect(await revokeApiToken(h.db, owner.id, created.id)).toBe(true);
		expect(await validateApiToken(h.db, created.token)).toBeUndefined();
	});
});

describe('password reset', () => {
	it('mails a link whose token resets the password once and signs out every session', async () => {
		const user = await createUser(h.db);
		const { token: sessionToken } = await createSession(h.db, user.id);
		await requestPasswordReset(h.db, user.email, 'http://localhost:3000');
		const mail = await h.db
			.selectFrom('mailOutbox')
			.select(['bodyText'])
			.where('toAddress', '=', user.email)
			.executeTakeFirstOrThrow();
		const resetToken = /reset-password\/([a-z2-9]{24}\.[a-z2-9]{24})/.exec(mail.bodyText)?.[1];
		expect(resetToken).toBeDefined();
		await resetPassword(h.db, resetToken!, 'a brand new passphrase 7');
		expect(await validateSessionToken(h.db, sessionToken)).toBeUndefined();
		expect((await authenticate(h.db, user.email, 'a brand new passphrase 7')).id).toBe(user.id);
		const reused = await domainError(resetPassword(h.db, resetToken!, 'another new passphrase 8'));
		expect(reused.code).toBe('reset_invalid');
	});

	it('sends nothing for an unknown address and says nothing about it', async () => {
		await expect(requestPasswordReset(h.db, 'ghost@test.example', 'http://x')).resolves.toBeUndefined();
		const mail = await h.db
			.selectFrom('mailOutbox')
			.select('id')
			.where('toAddress', '=', 'ghost@test.example')
			.execute();
		expect(mail).toHaveLength(0);
	});
});

describe('me', () => {
	it('lists the organizations a user belongs to with their role', async () => {
		const user = await createUser(h.db);
		const org = await h.db
			.insertInto('organizations')
			.values({ kind: 'corporate', name: '한국전력' })
			.returning('id')
			.executeTakeFirstOrThrow();
		await h.db
			.insertInto('memberships')
			.values({ organizationId: org.id, userId: user.id, role: 'member' })
			.execute();
		const me = await getMe(h.db, user);
		expect(me.memberships).toEqual([
			{ organization: { id: org.id, kind: 'corporate', name: '한국전력', nameEn: null }, role: 'member' }
		]);
	});
});
