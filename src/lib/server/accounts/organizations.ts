import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import { DomainError, forbidden, notFound } from '$lib/server/errors';
import type { SessionUser } from '$lib/server/auth/session';
import { constantTimeEqual, hashSecret, newCredential, splitCredential } from '$lib/server/auth/secrets';
import { recordAudit } from '$lib/server/audit';
import { isCode } from '$lib/taxonomy';
import { enqueueSearchUpdate } from '$lib/server/search/outbox';
import type { CreateOrganizationInput } from './schema';

export type OrganizationKind = 'startup' | 'corporate' | 'center';
export type Role = 'owner' | 'member';

const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export async function roleIn(
	db: Database,
	userId: string,
	organizationId: string
): Promise<Role | undefined> {
	const row = await db
		.selectFrom('memberships')
		.select('role')
		.where('userId', '=', userId)
		.where('organizationId', '=', organizationId)
		.executeTakeFirst();
	return row?.role as Role | undefined;
}

/** Center organizations the user manages (is a member of). */
export async function managedCenterIds(db: Database, userId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('memberships')
		.innerJoin('organizations', 'organizations.id', 'memberships.organizationId')
		.select('organizations.id')
		.where('memberships.userId', '=', userId)
		.where('organizations.kind', '=', 'center')
		.execute();
	return rows.map((r) => r.id);
}

/**
 * Who may act for an organization: its members, the managers of the center stewarding it, and
 * platform admins. `owner` additionally manages members and invitations.
 */
export async function accessTo(
	db: Database,
	user: SessionUser,
	organizationId: string
): Promise<'owner' | 'member' | 'steward' | 'admin' | undefined> {
	const role = await roleIn(db, user.id, organizationId);
	if (role) return role;
	const org = await db
		.selectFrom('organizations')
		.select('stewardCenterId')
		.where('id', '=', organizationId)
		.executeTakeFirst();
	if (org?.stewardCenterId && (await roleIn(db, user.id, org.stewardCenterId))) return 'steward';
	if (user.isAdmin) return 'admin';
	return undefined;
}

const canAdminister = (access: Awaited<ReturnType<typeof accessTo>>) =>
	access === 'owner' || access === 'steward' || access === 'admin';

/** Creates a startup or corporate organization; the caller becomes its owner, or its center its steward. */
export async function createOrganization(db: Database, actor: SessionUser, input: CreateOrganizationInput) {
	if (input.region !== undefined && !isCode('regions', input.region)) {
		throw new DomainError('not_found', 422, 'region');
	}
	if (input.stewardCenterId) {
		const center = await db
			.selectFrom('organizations')
			.select('kind')
			.where('id', '=', input.stewardCenterId)
			.executeTakeFirst();
		const isManager = center?.kind === 'center' && (await roleIn(db, actor.id, input.stewardCenterId));
		if (!isManager && !actor.isAdmin) throw new DomainError('forbidden', 403, 'stewardCenterId');
	}
	return db.transaction().execute(async (tx) => {
		const org = await tx
			.insertInto('organizations')
			.values({
				kind: input.kind,
				name: input.name,
				nameEn: input.nameEn ?? null,
				region: input.region ?? null,
				website: input.website ?? null,
				description: input.description ?? '',
				stewardCenterId: input.stewardCenterId ?? null,
				homeCenterId: input.kind === 'startup' ? (input.stewardCenterId ?? null) : null,
				createdBy: actor.id
			})
			.returning([
				'id',
				'kind',
				'name',
				'nameEn',
				'region',
				'website',
				'description',
				'stewardCenterId',
				'createdAt'
			])
			.executeTakeFirstOrThrow();
		if (input.kind === 'startup') {
			await tx.insertInto('startupProfiles').values({ organizationId: org.id }).execute();
			await enqueueSearchUpdate(tx, 'startups', org.id);
		} else await tx.insertInto('corporateProfiles').values({ organizationId: org.id }).execute();
		if (!input.stewardCenterId) {
			await tx
				.insertInto('memberships')
				.values({ organizationId: org.id, userId: actor.id, role: 'owner' })
				.execute();
		}
		await recordAudit(tx, {
			actorUserId: actor.id,
			action: 'organization.created',
			subjectType: 'organization',
			subjectId: org.id
		});
		return org;
	});
}

/**
 * Organizations a viewer may see. Centers and corporates are public; a startup is seen when its
 * profile is public, when it is `members` and the viewer is signed in, or by its own people, its
 * stewards and admins. The condition is built from server-side facts only.
 */
export async function listOrganizations(
	db: Database,
	viewer: SessionUser | undefined,
	query: { kind?: OrganizationKind; q?: string; page: number; limit: number }
) {
	let base = db
		.selectFrom('organizations')
		.leftJoin('startupProfiles', 'startupProfiles.organizationId', 'organizations.id')
		.$if(query.kind !== undefined, (qb) => qb.where('organizations.kind', '=', query.kind!))
		.$if(Boolean(query.q), (qb) =>
			qb.where((eb) =>
				eb.or([
					eb('organizations.name', 'ilike', `%${escapeLike(query.q!)}%`),
					eb('organizations.nameEn', 'ilike', `%${escapeLike(query.q!)}%`)
				])
			)
		);
	if (!viewer?.isAdmin) {
		const managed = viewer ? await managedCenterIds(db, viewer.id) : [];
		base = base.where((eb) =>
			eb.or([
				eb('organizations.kind', '<>', 'startup'),
				eb('startupProfiles.visibility', '=', 'public'),
				...(viewer
					? [
							eb('startupProfiles.visibility', '=', 'members'),
							eb.exists(
								eb
									.selectFrom('memberships')
									.select(sql.lit(1).as('one'))
									.whereRef('memberships.organizationId', '=', 'organizations.id')
									.where('memberships.userId', '=', viewer.id)
							)
						]
					: []),
				...(managed.length > 0 ? [eb('organizations.stewardCenterId', 'in', managed)] : [])
			])
		);
	}
	const [hits, total] = await Promise.all([
		base
			.select([
				'organizations.id',
				'organizations.kind',
				'organizations.name',
				'organizations.nameEn',
				'organizations.region'
			])
			.orderBy('organizations.kind')
			.orderBy('organizations.name')
			.limit(query.limit)
			.offset((query.page - 1) * query.limit)
			.execute(),
		base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return { hits, total: Number(total.n), page: query.page, limit: query.limit };
}

function escapeLike(s: string): string {
	return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function getOrganization(db: Database, id: string) {
	return db
		.selectFrom('organizations')
		.select([
			'id',
			'kind',
			'name',
			'nameEn',
			'slug',
			'region',
			'city',
			'website',
			'description',
			'homeCenterId',
			'stewardCenterId',
			'createdAt'
		])
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function updateOrganization(
	db: Database,
	actor: SessionUser,
	id: string,
	input: { name: string; nameEn?: string; region?: string; website?: string; description?: string }
) {
	const access = await accessTo(db, actor, id);
	if (!access) throw notFound();
	if (input.region !== undefined && !isCode('regions', input.region))
		throw new DomainError('not_found', 422, 'region');
	await db.transaction().execute(async (tx) => {
		await tx
			.updateTable('organizations')
			.set({
				name: input.name,
				nameEn: input.nameEn ?? null,
				region: input.region ?? null,
				website: input.website ?? null,
				description: input.description ?? '',
				updatedAt: new Date()
			})
			.where('id', '=', id)
			.execute();
		// Startup and challenge documents carry the organization's name.
		await enqueueSearchUpdate(tx, 'startups', id);
		const challenges = await tx.selectFrom('challenges').select('id').where('corporateId', '=', id).execute();
		for (const c of challenges) await enqueueSearchUpdate(tx, 'challenges', c.id);
		await recordAudit(tx, {
			actorUserId: actor.id,
			action: 'organization.updated',
			subjectType: 'organization',
			subjectId: id
		});
	});
}

export async function listMembers(db: Database, organizationId: string) {
	return db
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.userId')
		.select(['users.id', 'users.name', 'users.email', 'memberships.role', 'memberships.createdAt'])
		.where('memberships.organizationId', '=', organizationId)
		.orderBy('memberships.createdAt')
		.execute();
}

/** An invitation link; only owners, stewards and admins may make one. The token is shown once. */
export async function createInvitation(
	db: Database,
	actor: SessionUser,
	organizationId: string,
	input: { role: Role; email?: string },
	now = new Date()
) {
	if (!canAdminister(await accessTo(db, actor, organizationId))) throw forbidden();
	const cred = newCredential();
	await db.transaction().execute(async (tx) => {
		await tx
			.insertInto('invitations')
			.values({
				id: cred.id,
				organizationId,
				secretHash: cred.secretHash,
				role: input.role,
				email: input.email ?? null,
				createdBy: actor.id,
				createdAt: now,
				expiresAt: new Date(now.getTime() + INVITATION_TTL_MS)
			})
			.execute();
		await recordAudit(tx, {
			actorUserId: actor.id,
			action: 'invitation.created',
			subjectType: 'organization',
			subjectId: organizationId,
			data: { role: input.role }
		});
	});
	return { token: cred.token, id: cred.id };
}

export async function listInvitations(db: Database, organizationId: string, now = new Date()) {
	return db
		.selectFrom('invitations')
		.select(['id', 'role', 'email', 'createdAt', 'expiresAt'])
		.where('organizationId', '=', organizationId)
		.where('acceptedAt', 'is', null)
		.where('revokedAt', 'is', null)
		.where('expiresAt', '>', now)
		.orderBy('createdAt', 'desc')
		.execute();
}

export async function revokeInvitation(
	db: Database,
	actor: SessionUser,
	organizationId: string,
	invitationId: string
) {
	if (!canAdminister(await accessTo(db, actor, organizationId))) throw forbidden();
	await db
		.updateTable('invitations')
		.set({ revokedAt: new Date() })
		.where('id', '=', invitationId)
		.where('organizationId', '=', organizationId)
		.execute();
}

async function findInvitation(db: Database, token: string, now: Date) {
	const cred = splitCredential(token);
	if (!cred) return undefined;
	const inv = await db
		.selectFrom('invitations')
		.innerJoin('organizations', 'organizations.id', 'invitations.organizationId')
		.select([
			'invitations.id',
			'invitations.secretHash',
			'invitations.role',
			'invitations.email',
			'invitations.expiresAt'
		])
		.select([
			'invitations.acceptedAt',
			'invitations.revokedAt',
			'organizations.id as organizationId',
			'organizations.name',
			'organizations.kind'
		])
		.where('invitations.id', '=', cred.id)
		.executeTakeFirst();
	if (!inv || inv.acceptedAt || inv.revokedAt || now >= inv.expiresAt) return undefined;
	if (!constantTimeEqual(hashSecret(cred.secret), inv.secretHash)) return undefined;
	return inv;
}

export async function previewInvitation(db: Database, token: string, now = new Date()) {
	const inv = await findInvitation(db, token, now);
	return (
		inv && {
			organizationId: inv.organizationId,
			name: inv.name,
			kind: inv.kind,
			role: inv.role as Role,
			email: inv.email
		}
	);
}

/** Joins the organization of an invitation link. A link addressed to an email only works for that account. */
export async function acceptInvitation(db: Database, user: SessionUser, token: string, now = new Date()) {
	const inv = await findInvitation(db, token, now);
	if (!inv || (inv.email && inv.email.toLowerCase() !== user.email.toLowerCase())) {
		throw new DomainError('invitation_invalid', 404);
	}
	if (await roleIn(db, user.id, inv.organizationId)) throw new DomainError('already_member', 409);
	await db.transaction().execute(async (tx) => {
		const taken = await tx
			.updateTable('invitations')
			.set({ acceptedAt: now, acceptedBy: user.id })
			.where('id', '=', inv.id)
			.where('acceptedAt', 'is', null)
			.executeTakeFirst();
		if (taken.numUpdatedRows === 0n) throw new DomainError('invitation_invalid', 404);
		await tx
			.insertInto('memberships')
			.values({ organizationId: inv.organizationId, userId: user.id, role: inv.role })
			.onConflict((oc) => oc.doNothing())
			.execute();
		// A stewarded company that gains an owner has claimed its profile: the center steps back.
		if (inv.role === 'owner') {
			await tx
				.updateTable('organizations')
				.set({ stewardCenterId: null })
				.where('id', '=', inv.organizationId)
				.execute();
		}
		await recordAudit(tx, {
			actorUserId: user.id,
			action: 'invitation.accepted',
			subjectType: 'organization',
			subjectId: inv.organizationId
		});
	});
	return { organizationId: inv.organizationId };
}

/** Removes a member; the last owner of an unstewarded organization cannot be removed. */
export async function removeMember(db: Database, actor: SessionUser, organizationId: string, userId: string) {
	const access = await accessTo(db, actor, organizationId);
	const leavingSelf = actor.id === userId && access !== undefined;
	if (!leavingSelf && !canAdminister(access)) throw forbidden();
	await db.transaction().execute(async (tx) => {
		// Lock the organization's memberships so two owners removing each other cannot both succeed.
		const members = await tx
			.selectFrom('memberships')
			.select(['userId', 'role'])
			.where('organizationId', '=', organizationId)
			.forUpdate()
			.execute();
		const target = members.find((m) => m.userId === userId);
		if (!target) throw notFound();
		const owners = members.filter((m) => m.role === 'owner');
		const org = await tx
			.selectFrom('organizations')
			.select('stewardCenterId')
			.where('id', '=', organizationId)
			.executeTakeFirstOrThrow();
		if (target.role === 'owner' && owners.length === 1 && !org.stewardCenterId)
			throw new DomainError('last_owner', 409);
		await tx
			.deleteFrom('memberships')
			.where('organizationId', '=', organizationId)
			.where('userId', '=', userId)
			.execute();
		await recordAudit(tx, {
			actorUserId: actor.id,
			action: 'membership.removed',
			subjectType: 'organization',
			subjectId: organizationId,
			data: { userId }
		});
	});
}
