import type { Database } from '../src/lib/server/db/index';
import { hashPassword } from '../src/lib/server/auth/password';
import { centers, challenges, corporates, startups } from './data/index';
import { loadDemoEvent } from './demo-event';
import { loadDemoOutcomes } from './demo-outcomes';

export const DEMO_PASSWORD = 'innomatch-demo';
export const DEMO_ADMIN_EMAIL = 'admin@example.com';
export const DEMO_MANAGER_EMAIL = 'manager@example.com';
/** A member of the first corporate partner and the owner of the first startup, for trying each role. */
export const DEMO_CORPORATE_EMAIL = 'corporate@example.com';
export const DEMO_STARTUP_EMAIL = 'startup@example.com';

const DAY_MS = 24 * 60 * 60 * 1000;

const DEMO_NDA_TERMS = [
	'비밀유지 조건 (요약)',
	'1. 상세 내용은 이 과제에 대한 협업 검토 목적으로만 사용합니다.',
	'2. 귀사 임직원 중 검토에 필요한 사람에게만 공개하며, 제3자에게 공개하지 않습니다.',
	'3. 이 조건은 동의일로부터 2년간 유효합니다.',
	'',
	'Confidentiality terms (summary): use the details only to evaluate this collaboration; share them only',
	'with the people at your company who need them for that; the terms hold for two years from acceptance.'
].join('\n');

/**
 * Loads the demo world: the 19 creative economy innovation centers with a manager each, corporate
 * partners, startups and challenges. Idempotent: rows are keyed by slug or email and existing ones are
 * left alone, so it can run at every start.
 */
export async function loadDemoData(db: Database, now = new Date()): Promise<{ created: boolean }> {
	let created = false;
	await db.transaction().execute(async (tx) => {
		const userIds = await upsertUsers(tx);
		if (userIds.created) created = true;
		const centerIds = await upsertOrganizations(
			tx,
			centers.map((c) => ({
				slug: c.slug,
				kind: 'center' as const,
				name: c.name,
				nameEn: c.nameEn,
				region: c.region,
				city: c.city,
				description: c.description.ko
			}))
		);
		const corporateIds = await upsertOrganizations(
			tx,
			corporates.map((c) => ({
				slug: c.slug,
				kind: 'corporate' as const,
				name: c.name,
				nameEn: c.nameEn,
				region: c.region,
				website: c.website ?? null,
				description: c.description.ko
			}))
		);
		const startupIds = await upsertOrganizations(
			tx,
			startups.map((s) => ({
				slug: s.slug,
				kind: 'startup' as const,
				name: s.name,
				nameEn: s.nameEn ?? null,
				region: s.region,
				website: s.website ?? null,
				description: s.description,
				homeCenterId: need(centerIds, s.homeCenter),
				// Discovered by their center and managed by it until the company claims the profile.
				stewardCenterId: s.slug === startups[0]!.slug ? null : need(centerIds, s.homeCenter)
			}))
		);
		await tx
			.insertInto('corporateProfiles')
			.values(
				corporates.map((c) => ({
					organizationId: need(corporateIds, c.slug),
					industries: c.industries,
					focusAreas: c.focusAreas.ko
				}))
			)
			.onConflict((oc) => oc.column('organizationId').doNothing())
			.execute();
		await tx
			.insertInto('startupProfiles')
			.values(
				startups.map((s) => ({
					organizationId: need(startupIds, s.slug),
					summary: s.summary,
					industries: s.industries,
					techTags: s.techTags,
					stage: s.stage,
					foundedYear: s.foundedYear,
					employees: s.employees,
					seeking: s.seeking,
					traction: s.traction ?? '',
					visibility: s.visibility
				}))
			)
			.onConflict((oc) => oc.column('organizationId').doNothing())
			.execute();
		await tx
			.insertInto('challenges')
			.values(
				challenges.map((c) => ({
					slug: c.slug,
					corporateId: need(corporateIds, c.corporate),
					hostCenterId: need(centerIds, c.hostCenter),
					title: c.title,
					teaser: c.teaser,
					details: c.details,
					industries: c.industries,
					techTags: c.techTags,
					collaborationTypes: c.collaborationTypes,
					preferredStages: c.preferredStages,
					regions: c.regions,
					confidentiality: c.confidentiality,
					ndaTerms: c.confidentiality === 'nda' ? DEMO_NDA_TERMS : '',
					status: c.status,
					budgetMinKrw: c.budgetBandKrw?.[0] ?? null,
					budgetMaxKrw: c.budgetBandKrw?.[1] ?? null,
					closesAt: new Date(now.getTime() + c.closesInDays * DAY_MS)
				}))
			)
			.onConflict((oc) => oc.column('slug').doNothing())
			.execute();
		const memberships = [
			...centers.map((c) => ({
				organizationId: need(centerIds, c.slug),
				userId: need(userIds.ids, c.manager.email)
			})),
			{
				organizationId: need(corporateIds, corporates[0]!.slug),
				userId: need(userIds.ids, DEMO_CORPORATE_EMAIL)
			},
			{ organizationId: need(startupIds, startups[0]!.slug), userId: need(userIds.ids, DEMO_STARTUP_EMAIL) }
		];
		await tx
			.insertInto('memberships')
			.values(memberships.map((m) => ({ ...m, role: 'owner' })))
			.onConflict((oc) => oc.columns(['organizationId', 'userId']).doNothing())
			.execute();
		await loadDemoEvent(tx, now, {
			centers: centerIds,
			orgs: new Map([...corporateIds, ...startupIds]),
			managerId: need(userIds.ids, DEMO_MANAGER_EMAIL)
		});
		await loadDemoOutcomes(tx, now, {
			orgs: new Map([...corporateIds, ...startupIds]),
			managerId: need(userIds.ids, DEMO_MANAGER_EMAIL)
		});
	});
	return { created };
}

function need(ids: Map<string, string>, key: string): string {
	const id = ids.get(key);
	if (!id) throw new Error(`demo data refers to unknown ${key}`);
	return id;
}

async function upsertUsers(db: Database) {
	const people = [
		{ email: DEMO_ADMIN_EMAIL, name: '플랫폼 관리자', isAdmin: true },
		...centers.map((c) => ({ email: c.manager.email, name: c.manager.name, isAdmin: false })),
		{ email: DEMO_CORPORATE_EMAIL, name: '오픈이노베이션 담당자', isAdmin: false },
		{ email: DEMO_STARTUP_EMAIL, name: '스타트업 대표', isAdmin: false }
	];
	let created = false;
	const present = await db
		.selectFrom('users')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where(
			'email',
			'in',
			people.map((p) => p.email)
		)
		.executeTakeFirstOrThrow();
	// Hashing costs ~50 ms, so it happens only when some demo account is missing.
	if (Number(present.n) < people.length) {
		const passwordHash = await hashPassword(DEMO_PASSWORD);
		const inserted = await db
			.insertInto('users')
			.values(people.map((p) => ({ ...p, passwordHash, locale: 'ko' })))
			.onConflict((oc) => oc.column('email').doNothing())
			.returning('id')
			.execute();
		created = inserted.length > 0;
	}
	const rows = await db
		.selectFrom('users')
		.select(['id', 'email'])
		.where(
			'email',
			'in',
			people.map((p) => p.email)
		)
		.execute();
	return { ids: new Map(rows.map((r) => [r.email, r.id])), created };
}

interface OrgRow {
	slug: string;
	kind: 'center' | 'corporate' | 'startup';
	name: string;
	nameEn: string | null;
	region: string;
	city?: string;
	website?: string | null;
	description: string;
	homeCenterId?: string | null;
	stewardCenterId?: string | null;
}

async function upsertOrganizations(db: Database, rows: OrgRow[]): Promise<Map<string, string>> {
	await db
		.insertInto('organizations')
		.values(rows)
		.onConflict((oc) => oc.column('slug').doNothing())
		.execute();
	const found = await db
		.selectFrom('organizations')
		.select(['id', 'slug'])
		.where(
			'slug',
			'in',
			rows.map((r) => r.slug)
		)
		.execute();
	return new Map(found.map((r) => [r.slug!, r.id]));
}
