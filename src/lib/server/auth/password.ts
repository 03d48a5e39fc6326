import { hash, verify } from '@node-rs/argon2';

// Argon2id with OWASP's second recommended profile (19 MiB, 2 passes, 1 lane).
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2_OPTIONS);
}

export async function verifyPasswordHash(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false; // a malformed stored hash is a failed check, never a crash
	}
}

// A short list of passwords people actually choose; length alone would admit these.
const COMMON = new Set([
	'password1234',
	'1234567890',
	'12345678910',
	'qwertyuiop',
	'0987654321',
	'iloveyou123',
	'password123',
	'qwerty12345',
	'1q2w3e4r5t',
	'asdfghjkl1',
	'abcdefghij',
	'aaaaaaaaaa',
	'innomatch123'
]);

export type PasswordWeakness = 'too_short' | 'too_long' | 'too_common' | 'contains_email' | 'too_simple';

/** Why a new password is too weak, or undefined when it is acceptable. */
export function passwordWeakness(password: string, email?: string): PasswordWeakness | undefined {
	if (password.length < 10) return 'too_short';
	if (password.length > 256) return 'too_long';
	const lower = password.toLowerCase();
	if (COMMON.has(lower)) return 'too_common';
	if (new Set(lower).size < 4) return 'too_simple';
	const local = email?.split('@')[0]?.toLowerCase();
	if (local && local.length >= 4 && lower.includes(local)) return 'contains_email';
	return undefined;
}
