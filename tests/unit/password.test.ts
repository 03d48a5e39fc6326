import { describe, expect, it } from 'vitest';
import { hashPassword, passwordWeakness, verifyPasswordHash } from '../../src/lib/server/auth/password';

describe('password rules', () => {
	it('says why a password is weak', () => {
		expect(passwordWeakness('short')).toBe('too_short');
		expect(passwordWeakness('password123')).toBe('too_common');
		expect(passwordWeakness('aaaaaaabbbbbbb')).toBe('too_simple');
		expect(passwordWeakness('jiyoung-kim-2026!', 'jiyoung@example.com')).toBe('contains_email');
		expect(passwordWeakness('x'.repeat(257))).toBe('too_long');
	});

	it('accepts a long, varied password', () => {
		expect(passwordWeakness('bright river 42 lanterns', 'someone@example.com')).toBeUndefined();
	});
});

describe('argon2id hashing', () => {
	it('verifies the right password and refuses a wrong one or a broken hash', async () => {
		const hash = await hashPassword('bright river 42 lanterns');
		expect(hash.startsWith('$argon2id$')).toBe(true);
		expect(await verifyPasswordHash(hash, 'bright river 42 lanterns')).toBe(true);
		expect(await verifyPasswordHash(hash, 'bright river 42 lantern')).toBe(false);
		expect(await verifyPasswordHash('not-a-hash', 'anything')).toBe(false);
	});
});
