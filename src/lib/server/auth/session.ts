import type { Database } from '$lib/server/db';
import { constantTimeEqual, hashSecret, newCredential, splitCredential } from './secrets';

/** A session ends after 10 days without use, and 30 days after sign-in whatever happens. */
export const SESSION_IDLE_MS = 10 * 24 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
/** last_verified_at is written at most hourly, so reading a page is not a write. */
const ACTIVITY_WRITE_INTERVAL_MS = 60 * 60 * 1000;

export const SESSION_COOKIE = 'session';

export interface SessionUser {
	id: string;
	email: string;
	name: string;
	locale: 'ko' | 'en';
	timeZone: string;
	isAdmin: boolean;
}

export interface Session {
	id: string;
	userId: string;
	createdAt: Date;
	lastVerifiedAt: Date;
}

export async function createSession(db: Database, userId: string, now = new Date()) {
	const cred = newCredential();
	await db
		.insertInto('sessions')
		.values({ id: cred.id, userId, secretHash: cred.secretHash, createdAt: now, lastVerifiedAt: now })
		.execute();
	return { token: cred.token, expiresAt: sessionExpiresAt(now, now) };
}

export function sessionExpiresAt(createdAt: Date, lastVerifiedAt: Date): Date {
	return new Date(
		Math.min(lastVerifiedAt.getTime() + SESSION_IDLE_MS, createdAt.getTime() + SESSION_ABSOLUTE_MS)
	);
}

/** The session and its user for a cookie token, or undefined when unknown, forged or expired. */
export async function validateSessionToken(
	db: Database,
	token: string,
	now = new Date()
): Promise<{ session: Session; user: SessionUser; expiresAt: Date } | undefined> {
	const cred = splitCredential(token);
	if (!cred) return undefined;
	const row = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.userId')
		.select([
			'sessions.id',
			'sessions.userId',
			'sessions.secretHash',
			'sessions.createdAt',
			'sessions.lastVerifiedAt',
			'users.email',
			'users.name',
			'users.locale',
			'users.timeZone',
			'users.isAdmin'
		])
		.where('sessions.id', '=', cred.id)
		.executeTakeFirst();
	if (!row) return undefined;
	if (!constantTimeEqual(hashSecret(cred.secret), row.secretHash)) return undefined;
	const expiresAt = sessionExpiresAt(row.createdAt, row.lastVerifiedAt);
	if (now >= expiresAt) {
		await invalidateSession(db, row.id);
		return undefined;
	}
	let lastVerifiedAt = row.lastVerifiedAt;
	if (now.getTime() - lastVerifiedAt.getTime() >= ACTIVITY_WRITE_INTERVAL_MS) {
		lastVerifiedAt = now;
		await db.updateTable('sessions').set({ lastVerifiedAt }).where('id', '=', row.id).execute();
	}
	return {
		session: { id: row.id, userId: row.userId, createdAt: row.createdAt, lastVerifiedAt },
		user: {
			id: row.userId,
			email: row.email,
			name: row.name,
			locale: row.locale === 'en' ? 'en' : 'ko',
			timeZone: row.timeZone,
			isAdmin: row.isAdmin
		},
		expiresAt: sessionExpiresAt(row.createdAt, lastVerifiedAt)
	};
}

export async function invalidateSession(db: Database, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/**
 * Ends every session of a user, or every one but `except` (the one asking). Returns the ended ids, so
 * the caller can close the sockets opened with them once the change has committed.
 */
export async function invalidateUserSessions(
	db: Database,
	userId: string,
	options: { except?: string } = {}
): Promise<string[]> {
	const rows = await db
		.deleteFrom('sessions')
		.where('userId', '=', userId)
		.$if(options.except !== undefined, (q) => q.where('id', '!=', options.except!))
		.returning('id')
		.execute();
	return rows.map((r) => r.id);
}
