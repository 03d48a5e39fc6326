import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '$lib/server/db';
import type { SessionUser } from '$lib/server/auth/session';
import { getOrganization, managedCenterIds } from './organizations';
import { canSeeStartup } from '$lib/server/catalog/startups';
import { loadViewer } from '$lib/server/catalog/viewer';

// Read models for the public pages (landing, organization profiles) and the admin outbox. Everything
// here that an anonymous visitor can reach counts or lists only what is public: startups whose
// profile is `public`, and open challenges whose confidentiality is not `invite`. A challenge's
// `details` column is never selected.

/** Challenges whose title and teaser anyone may read: open, and not sealed for invited startups only. */
const TEASER_CONFIDENTIALITY = ['public', 'nda'] as const;

/** Live figures for the landing page. */
export async function platformFigures(db: Database) {
	const [orgs, challenges] = await Promise.all([
		db
			.selectFrom('organizations')
			.leftJoin('startupProfiles', 'startupProfiles.organizationId', 'organizations.id')
			.select((eb) => [
				eb.fn.countAll<number>().filterWhere('organizations.kind', '=', 'center').as('centers'),
				eb.fn.countAll<number>().filterWhere('organizations.kind', '=', 'corporate').as('corporates'),
				eb.fn
					.countAll<number>()
					.filterWhere((f) =>
						f.and([f('organizations.kind', '=', 'startup'), f('startupProfiles.visibility', '=', 'public')])
					)
					.as('startups')
			])
			.executeTakeFirstOrThrow(),
		db
			.selectFrom('challenges')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('status', '=', 'open')
			.where('confidentiality', 'in', TEASER_CONFIDENTIALITY)
			.executeTakeFirstOrThrow()
	]);
	return {
		centers: Number(orgs.centers),
		corporates: Number(orgs.corporates),
		startups: Number(orgs.startups),
		openChallenges: Number(challenges.n)
	};
}

/** A few public startups for the landing page, most recently updated first. */
export async function listFeaturedStartups(db: Database, limit: number) {
	return db
		.selectFrom('organizations')
		.innerJoin('startupProfiles', 'startupProfiles.organizationId', 'organizations.id')
		.select([
			'organizations.id',
			'organizations.name',
			'organizations.nameEn',
			'organizations.region',
			'startupProfiles.summary',
			'startupProfiles.industries',
			'startupProfiles.stage'
		])
		.where('organizations.kind', '=', 'startup')
		.where('startupProfiles.visibility', '=', 'public')
		.where('startupProfiles.summary', '<>', '')
		.orderBy('startupProfiles.updatedAt', 'desc')
		.orderBy('organizations.name')
		.limit(limit)
		.execute();
}

/** Open challenges' public teasers (never `details`), closing soonest first. */
export async function listOpenChallengeTeasers(db: Database, limit: number, corporateId?: string) {
	return db
		.selectFrom('challenges')
		.innerJoin('organizations as corporate', 'corporate.id', 'challenges.corporateId')
		.select([
			'challenges.id',
			'challenges.title',
			'challenges.teaser',
			'challenges.industries',
			'challenges.collaborationTypes',
			'challenges.confidentiality',
			'challenges.closesAt',
			'corporate.id as corporateId',
			'corporate.name as corporateName',
			'corporate.nameEn as corporateNameEn'
		])
		.where('challenges.status', '=', 'open')
		.where('challenges.confidentiality', 'in', TEASER_CONFIDENTIALITY)
		.$if(corporateId !== undefined, (qb) => qb.where('challenges.corporateId', '=', corporateId!))
		.orderBy(sql`challenges.closes_at asc nulls last`)
		.orderBy('challenges.title')
		.limit(limit)
		.execute();
}

const organizationId = z.uuid();

/** getOrganization for an id taken from a URL: a malformed id is not found, not a database error. */
export async function findOrganization(db: Database, id: string) {
	return organizationId.safeParse(id).success ? getOrganization(db, id) : undefined;
}

/**
 * Whether `viewer` may see the organization: the rule of `listOrganizations`, for one row. Centers and
 * corporates are public; a startup is seen when its profile is public, when it is `members` and the
 * viewer is signed in, or by its own people, the managers of its stewarding center, and admins.
 */
export async function canView(
	db: Database,
	viewer: SessionUser | undefined,
	org: { id: string; kind: string; stewardCenterId: string | null }
): Promise<boolean> {
	if (org.kind !== 'startup') return true;
	const profile = await db
		.selectFrom('startupProfiles')
		.select('visibility')
		.where('organizationId', '=', org.id)
		.executeTakeFirst();
	// The catalog's rule, so the organization page and the startup page can never disagree.
	return canSeeStartup(await loadViewer(db, viewer), {
		id: org.id,
		stewardCenterId: org.stewardCenterId,
		visibility: profile?.visibility ?? 'private'
	});
}

/** The kind-specific part of a profile page; no confidential field is selected. */
export async function getProfileDetails(db: Database, org: { id: string; kind: string }) {
	if (org.kind === 'startup') {
		const startup = await db
			.selectFrom('startupProfiles')
			.select([
				'summary',
				'industries',
				'techTags',
				'stage',
				'foundedYear',
				'employees',
				'seeking',
				'traction',
				'visibility'
			])
			.where('organizationId', '=', org.id)
			.executeTakeFirst();
		return { kind: 'startup' as const, startup };
	}
	if (org.kind === 'corporate') {
		const [corporate, challenges] = await Promise.all([
			db
				.selectFrom('corporateProfiles')
				.select(['industries', 'focusAreas'])
				.where('organizationId', '=', org.id)
				.executeTakeFirst(),
			listOpenChallengeTeasers(db, 10, org.id)
		]);
		return { kind: 'corporate' as const, corporate, challenges };
	}
	const homeStartups = await db
		.selectFrom('organizations')
		.innerJoin('startupProfiles', 'startupProfiles.organizationId', 'organizations.id')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('organizations.homeCenterId', '=', org.id)
		.where('startupProfiles.visibility', '=', 'public')
		.executeTakeFirstOrThrow();
	return { kind: 'center' as const, publicStartups: Number(homeStartups.n) };
}

/** Names of organizations by id, for "home center" and "managed by" lines. */
export async function organizationNames(db: Database, ids: (string | null)[]) {
	const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
	if (wanted.length === 0) return new Map<string, { id: string; name: string; nameEn: string | null }>();
	const rows = await db
		.selectFrom('organizations')
		.select(['id', 'name', 'nameEn'])
		.where('id', 'in', wanted)
		.execute();
	return new Map(rows.map((r) => [r.id, r]));
}

/** Centers a user may register companies for: the ones they manage, or every center for an admin. */
export async function listStewardableCenters(db: Database, user: SessionUser) {
	return db
		.selectFrom('organizations')
		.select(['id', 'name', 'nameEn'])
		.where('kind', '=', 'center')
		.$if(!user.isAdmin, (qb) =>
			qb.where((eb) =>
				eb.exists(
					eb
						.selectFrom('memberships')
						.select(sql.lit(1).as('one'))
						.whereRef('memberships.organizationId', '=', 'organizations.id')
						.where('memberships.userId', '=', user.id)
				)
			)
		)
		.orderBy('name')
		.execute();
}

/** Companies that the user's centers manage on their behalf (until the company claims its profile). */
export async function listStewardedOrganizations(db: Database, userId: string) {
	const centers = await managedCenterIds(db, userId);
	if (centers.length === 0) return [];
	return db
		.selectFrom('organizations')
		.innerJoin('organizations as center', 'center.id', 'organizations.stewardCenterId')
		.select([
			'organizations.id',
			'organizations.kind',
			'organizations.name',
			'organizations.nameEn',
			'organizations.region',
			'center.name as centerName',
			'center.nameEn as centerNameEn'
		])
		.where('organizations.stewardCenterId', 'in', centers)
		.orderBy('organizations.name')
		.execute();
}

/** Owners of an organization, e.g. to tell them someone joined. */
export async function listOwnerIds(db: Database, organizationId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('memberships')
		.select('userId')
		.where('organizationId', '=', organizationId)
		.where('role', '=', 'owner')
		.execute();
	return rows.map((r) => r.userId);
}

/** The mail outbox, newest first; only for platform admins (the route checks). */
export async function listMailOutbox(db: Database, query: { page: number; limit: number }) {
	const [hits, total] = await Promise.all([
		db
			.selectFrom('mailOutbox')
			.select(['id', 'toAddress', 'subject', 'bodyText', 'createdAt', 'sentAt', 'error'])
			.orderBy('createdAt', 'desc')
			.orderBy('id')
			.limit(query.limit)
			.offset((query.page - 1) * query.limit)
			.execute(),
		db
			.selectFrom('mailOutbox')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow()
	]);
	return { hits, total: Number(total.n), page: query.page, limit: query.limit };
}
