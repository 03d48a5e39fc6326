import { randomBytes } from 'node:crypto';
import type { Database } from '../../../src/lib/server/db/index';
import type { SessionUser } from '../../../src/lib/server/auth/session';
import { signUp } from '../../../src/lib/server/accounts/users';
import { createOrganization } from '../../../src/lib/server/accounts/organizations';

export const TEST_PASSWORD = 'correct horse battery staple';

const unique = () => randomBytes(4).toString('hex');

/** A user who signed up normally; returns the shape the app keeps in locals. */
export async function createUser(
	db: Database,
	overrides: { email?: string; name?: string; isAdmin?: boolean; locale?: 'ko' | 'en' } = {}
): Promise<SessionUser> {
	const email = overrides.email ?? `user-${unique()}@test.example`;
	const created = await signUp(db, {
		email,
		password: TEST_PASSWORD,
		name: overrides.name ?? '테스트 사용자',
		locale: overrides.locale ?? 'ko'
	});
	if (overrides.isAdmin)
		await db.updateTable('users').set({ isAdmin: true }).where('id', '=', created.id).execute();
	return {
		id: created.id,
		email: created.email,
		name: created.name,
		locale: (overrides.locale ?? 'ko') as 'ko' | 'en',
		timeZone: 'Asia/Seoul',
		isAdmin: overrides.isAdmin ?? false
	};
}

export async function createOrg(
	db: Database,
	owner: SessionUser,
	kind: 'startup' | 'corporate' = 'startup',
	name?: string
) {
	return createOrganization(db, owner, { kind, name: name ?? `${kind}-${unique()}` });
}

/** A center organization with the given user as its manager (centers are not created through the UI). */
export async function createCenter(db: Database, manager: SessionUser, name = `센터-${unique()}`) {
	const center = await db
		.insertInto('organizations')
		.values({ kind: 'center', name, region: 'gangwon' })
		.returning(['id', 'name'])
		.executeTakeFirstOrThrow();
	await db
		.insertInto('memberships')
		.values({ organizationId: center.id, userId: manager.id, role: 'owner' })
		.execute();
	return center;
}

/** A challenge row written directly (the catalog service is tested on its own). */
export async function createChallengeRow(
	db: Database,
	corporateId: string,
	overrides: Partial<{
		status: string;
		confidentiality: string;
		details: string;
		ndaTerms: string;
		hostCenterId: string;
		title: string;
	}> = {}
) {
	return db
		.insertInto('challenges')
		.values({
			corporateId,
			title: overrides.title ?? `과제 ${unique()}`,
			teaser: '공개 요약',
			details: overrides.details ?? `SECRET-${unique()}`,
			status: overrides.status ?? 'open',
			confidentiality: overrides.confidentiality ?? 'public',
			ndaTerms: overrides.ndaTerms ?? '',
			hostCenterId: overrides.hostCenterId ?? null
		})
		.returning(['id', 'details'])
		.executeTakeFirstOrThrow();
}
