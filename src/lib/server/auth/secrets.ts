import { createHash, timingSafeEqual } from 'node:crypto';

// Human-readable alphabet (no l, o, 0, 1). 24 characters × 5 bits = 120 bits of entropy per string,
// which is beyond guessing for session ids and secrets alike.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export function generateSecureRandomString(length = 24): string {
	const bytes = new Uint8Array(length);
	crypto.getRandomValues(bytes);
	let out = '';
	// Each byte >> 3 is 0–31, an unbiased index into the 32-letter alphabet.
	for (const b of bytes) out += ALPHABET[b >> 3];
	return out;
}

export function hashSecret(secret: string): Buffer {
	return createHash('sha256').update(secret).digest();
}

/** Constant-time comparison so the time taken reveals nothing about how much of a hash matched. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
	if (a.byteLength !== b.byteLength) return false;
	return timingSafeEqual(a, b);
}

/** A credential of the form "<id>.<secret>": the id finds the row, the secret proves possession. */
export function splitCredential(token: string): { id: string; secret: string } | undefined {
	const parts = token.split('.');
	if (parts.length !== 2) return undefined;
	const [id, secret] = parts as [string, string];
	if (!/^[a-z2-9]{24}$/.test(id) || !/^[a-z2-9]{24}$/.test(secret)) return undefined;
	return { id, secret };
}

export function newCredential(): { id: string; secret: string; token: string; secretHash: Buffer } {
	const id = generateSecureRandomString();
	const secret = generateSecureRandomString();
	return { id, secret, token: `${id}.${secret}`, secretHash: hashSecret(secret) };
}
