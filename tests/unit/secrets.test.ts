import { describe, expect, it } from 'vitest';
import {
	constantTimeEqual,
	generateSecureRandomString,
	hashSecret,
	newCredential,
	splitCredential
} from '../../src/lib/server/auth/secrets';

describe('credentials', () => {
	it('generates 24 characters from the unambiguous alphabet, different each time', () => {
		const a = generateSecureRandomString();
		const b = generateSecureRandomString();
		expect(a).toMatch(/^[a-km-np-z2-9]{24}$/);
		expect(a).not.toBe(b);
	});

	it('round-trips an "<id>.<secret>" token and stores only the hash of the secret', () => {
		const cred = newCredential();
		expect(splitCredential(cred.token)).toEqual({ id: cred.id, secret: cred.secret });
		expect(constantTimeEqual(hashSecret(cred.secret), cred.secretHash)).toBe(true);
		expect(cred.secretHash.toString('hex')).not.toContain(Buffer.from(cred.secret).toString('hex'));
	});

	it('rejects malformed tokens', () => {
		for (const bad of [
			'',
			'abc',
			'a.b',
			`${'a'.repeat(24)}`,
			`${'a'.repeat(24)}.${'a'.repeat(23)}`,
			`${'A'.repeat(24)}.${'a'.repeat(24)}`,
			'x.y.z'
		]) {
			expect(splitCredential(bad)).toBeUndefined();
		}
	});

	it('compares hashes of different lengths as unequal without throwing', () => {
		expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
		expect(constantTimeEqual(hashSecret('a'), hashSecret('b'))).toBe(false);
	});
});
