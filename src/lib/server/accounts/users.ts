import type { Database } from '$lib/server/db';
import { DomainError, uniqueViolation } from '$lib/server/errors';
import { hashPassword, passwordWeakness, verifyPasswordHash } from '$lib/server/auth/password';
import { invalidateUserSessions, type SessionUser } from '$lib/server/auth/session';
import { constantTimeEqual, hashSecret, newCredential, splitCredential } from '$lib/server/auth/secrets';
import { deliverMail, queueMail } from '$lib/server/mail';
import { recordAudit } from '$lib/server/audit';
import type { SignUpInput } from './schema';

const RESET_TTL_MS = 60 * 60 * 1000;

function assertStrongPassword(password: string, email: string) {
	const weakness = passwordWeakness(password, email);
	if (weakness) throw new DomainError('weak_password', 422, 'password', { reason: weakness });
}

/** Creates an account. Throws `email_taken` (409) or `weak_password` (422). */
export async function signUp(db: Database, input: SignUpInput) {
	assertStrongPassword(input.password, input.email);
	const passwordHash = await hashPassword(input.password);
	try {
		return await db
			.insertInto('users')
			.values({ email: input.email, name: input.name, passwordHash, locale: input.locale ?? 'ko' })
			.returning(['id', 'email', 'name', 'locale'])
			.executeTakeFirstOrThrow();
	} catch (e) {
		// The unique index decides, so two simultaneous sign-ups with one address cannot both win.
		if (uniqueViolation(e) !== undefined) throw new DomainError('email_taken', 409, 'email');
		throw e;
	}
}

// Verified against when the email is unknown, so both paths cost one Argon2 run and timing does
// not tell which addresses have accounts.
let dummyHash: Promise<string> | undefined;

/** The user for these credentials; one generic `invalid_credentials` (401) for every failure. */
export async function authenticate(db: Database, email: string, password: string) {
	const user = await db
		.selectFrom('users')
		.select(['id', 'email', 'name', 'passwordHash'])
		.where('email', '=', email)
		.executeTakeFirst();
	if (!user) {
		dummyHash ??= hashPassword('not-a-real-password-just-timing');
		await verifyPasswordHash(await dummyHash, password);
		throw new DomainError('invalid_credentials', 401);
	}
	if (!(await verifyPasswordHash(user.passwordHash, password)))
		throw new DomainError('invalid_credentials', 401);
	return { id: user.id, email: user.email, name: user.name };
}

/**
 * Mails a reset link if the address has an account. Says nothing either way, so the form cannot be
 * used to find out who is registered.
 */
export async function requestPasswordReset(db: Database, email: string, origin: string, now = new Date()) {
	const user = await db
		.selectFrom('users')
		.select(['id', 'locale'])
		.where('email', '=', email)
		.executeTakeFirst();
	if (!user) return;
	const cred = newCredential();
	const link = `${origin}/reset-password/${cred.token}`;
	const ko = user.locale === 'ko';
	const queued = await db.transaction().execute(async (tx) => {
		await tx
			.insertInto('passwordResets')
			.values({
				id: cred.id,
				userId: user.id,
				secretHash: cred.secretHash,
				createdAt: now,
				expiresAt: new Date(now.getTime() + RESET_TTL_MS)
			})
			.execute();
		return queueMail(tx, {
			to: email,
			subject: ko ? 'Innomatch 비밀번호 재설정' : 'Reset your Innomatch password',
			text: ko
				? `아래 링크에서 1시간 안에 새 비밀번호를 정하세요.\n\n${link}\n\n요청하지 않았다면 이 메일을 무시하세요.`
				: `Choose a new password within one hour at:\n\n${link}\n\nIf you did not ask for this, ignore this mail.`
		});
	});
	await deliverMail(db, queued);
}

async function findReset(db: Database, token: string, now: Date) {
	const cred = splitCredential(token);
	if (!cred) return undefined;
	const row = await db
		.selectFrom('passwordResets')
		.innerJoin('users', 'users.id', 'passwordResets.userId')
		.select([
			'passwordResets.id',
			'passwordResets.secretHash',
			'passwordResets.expiresAt',
			'passwordResets.usedAt'
		])
		.select(['users.id as userId', 'users.email'])
		.where('passwordResets.id', '=', cred.id)
		.executeTakeFirst();
	if (!row || row.usedAt || now >= row.expiresAt) return undefined;
	if (!constantTimeEqual(hashSecret(cred.secret), row.secretHash)) return undefined;
	return row;
}

export async function isResetTokenValid(db: Database, token: string, now = new Date()): Promise<boolean> {
	return (await findReset(db, token, now)) !== undefined;
}

/** Sets a new password from a reset link and signs the account out everywhere. */
export async function resetPassword(db: Database, token: string, password: string, now = new Date()) {
	const reset = await findReset(db, token, now);
	if (!reset) throw new DomainError('reset_invalid', 400, 'token');
	assertStrongPassword(password, reset.email);
	const passwordHash = await hashPassword(password);
	const revokedSessionIds = await db.transaction().execute(async (tx) => {
		// Compare-and-set on used_at: of two simultaneous uses of one link, only one succeeds.
		const used = await tx
			.updateTable('passwordResets')
			.set({ usedAt: now })
			.where('id', '=', reset.id)
			.where('usedAt', 'is', null)
			.executeTakeFirst();
		if (used.numUpdatedRows === 0n) throw new DomainError('reset_invalid', 400, 'token');
		await tx
			.updateTable('users')
			.set({ passwordHash, updatedAt: now })
			.where('id', '=', reset.userId)
			.execute();
		const revoked = await invalidateUserSessions(tx, reset.userId);
		await recordAudit(tx, {
			actorUserId: reset.userId,
			action: 'user.password_reset',
			subjectType: 'user',
			subjectId: reset.userId
		});
		return revoked;
	});
	return { userId: reset.userId, revokedSessionIds };
}

/**
 * A signed-in user changes their password: the current one must be right, the new one strong. Every
 * other session ends (a thief signed in elsewhere is out); the one asking stays. API tokens stay valid,
 * as on GitHub: they are listed in the settings and revoked there one by one. Returns the ended
 * sessions so their open sockets can be closed after the commit.
 */
export async function changePassword(
	db: Database,
	user: SessionUser,
	keepSessionId: string | undefined,
	input: { currentPassword: string; newPassword: string },
	now = new Date()
): Promise<{ revokedSessionIds: string[] }> {
	const row = await db
		.selectFrom('users')
		.select(['passwordHash'])
		.where('id', '=', user.id)
		.executeTakeFirst();
	if (!row || !(await verifyPasswordHash(row.passwordHash, input.currentPassword)))
		throw new DomainError('wrong_password', 400, 'currentPassword');
	const weakness = passwordWeakness(input.newPassword, user.email);
	if (weakness) throw new DomainError('weak_password', 422, 'newPassword', { reason: weakness });
	const passwordHash = await hashPassword(input.newPassword);
	const revokedSessionIds = await db.transaction().execute(async (tx) => {
		await tx.updateTable('users').set({ passwordHash, updatedAt: now }).where('id', '=', user.id).execute();
		const revoked = await invalidateUserSessions(tx, user.id, { except: keepSessionId });
		await recordAudit(tx, {
			actorUserId: user.id,
			action: 'user.password_changed',
			subjectType: 'user',
			subjectId: user.id,
			data: { sessionsEnded: revoked.length }
		});
		return revoked;
	});
	return { revokedSessionIds };
}

export async function updateProfile(
	db: Database,
	user: SessionUser,
	input: { name: string; locale: 'ko' | 'en'; timeZone: string }
) {
	await db
		.updateTable('users')
		.set({ name: input.name, locale: input.locale, timeZone: input.timeZone, updatedAt: new Date() })
		.where('id', '=', user.id)
		.execute();
}

/** The caller and the organizations they belong to, as `GET /api/v1/me` shows them. */
export async function getMe(db: Database, user: SessionUser) {
	const memberships = await db
		.selectFrom('memberships')
		.innerJoin('organizations', 'organizations.id', 'memberships.organizationId')
		.select([
			'organizations.id',
			'organizations.kind',
			'organizations.name',
			'organizations.nameEn',
			'memberships.role'
		])
		.where('memberships.userId', '=', user.id)
		.orderBy('organizations.kind')
		.orderBy('organizations.name')
		.execute();
	return {
		user: {
			id: user.id,
			email: user.email,
			name: user.name,
			locale: user.locale,
			timeZone: user.timeZone,
			isAdmin: user.isAdmin
		},
		memberships: memberships.map((m) => ({
			organization: {
				id: m.id,
				kind: m.kind as 'startup' | 'corporate' | 'center',
				name: m.name,
				nameEn: m.nameEn
			},
			role: m.role as 'owner' | 'member'
		}))
	};
}
