import type { Database } from '$lib/server/db';
import { constantTimeEqual, hashSecret, newCredential, splitCredential } from './secrets';
import type { SessionUser } from './session';

/** Personal API tokens live 90 days; revoking one takes effect on the next request. */
export const API_TOKEN_TTL_MS = 90 * 24 * 60 * 60 * 1000;

export async function createApiToken(db: Database, userId: string, name: string, now = new Date()) {
	const cred = newCredential();
	const expiresAt = new Date(now.getTime() + API_TOKEN_TTL_MS);
	await db
		.insertInto('apiTokens')
		.values({ id: cred.id, userId, name, secretHash: cred.secretHash, createdAt: now, expiresAt })
		.execute();
	return { token: cred.token, id: cred.id, expiresAt };
}

export async function validateApiToken(
	db: Database,
	token: string,
	now = new Date()
): Promise<{ user: SessionUser; tokenId: string } | undefined> {
	const cred = splitCredential(token);
	if (!cred) return undefined;
	const row = await db
		.selectFrom('apiTokens')
		.innerJoin('users', 'users.id', 'apiTokens.userId')
		.select([
			'apiTokens.id',
			'apiTokens.secretHash',
			'apiTokens.expiresAt',
			'apiTokens.lastUsedAt',
			'users.id as userId',
			'users.email',
			'users.name',
			'users.locale',
			'users.timeZone',
			'users.isAdmin'
		])
		.where('apiTokens.id', '=', cred.id)
		.executeTakeFirst();
	if (!row || !constantTimeEqual(hashSecret(cred.secret), row.secretHash)) return undefined;
	if (now >= row.expiresAt) return undefined;
	// Written at most hourly, like sessions, so an API call is not always a write.
	if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60 * 60 * 1000) {
		await db.updateTable('apiTokens').set({ lastUsedAt: now }).where('id', '=', row.id).execute();
	}
	return {
		tokenId: row.id,
		user: {
			id: row.userId,
			email: row.email,
			name: row.name,
			locale: row.locale === 'en' ? 'en' : 'ko',
			timeZone: row.timeZone,
			isAdmin: row.isAdmin
		}
	};
}

export async function listApiTokens(db: Database, userId: string) {
	return db
		.selectFrom('apiTokens')
		.select(['id', 'name', 'createdAt', 'lastUsedAt', 'expiresAt'])
		.where('userId', '=', userId)
		.orderBy('createdAt', 'desc')
		.execute();
}

/** Deletes one of the user's own tokens; false when there is no such token of theirs. */
export async function revokeApiToken(db: Database, userId: string, tokenId: string): Promise<boolean> {
	const result = await db
		.deleteFrom('apiTokens')
		.where('id', '=', tokenId)
		.where('userId', '=', userId)
		.executeTakeFirst();
	return result.numDeletedRows > 0n;
}
