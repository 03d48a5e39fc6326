import type { Database } from '$lib/server/db';
import { DomainError, forbidden } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import { enqueueSearchUpdate } from '$lib/server/search/outbox';
import type { StartupInput, StartupPatch } from './schema';
import { canActFor, type Viewer } from './viewer';

const PROFILE_COLUMNS = [
	'organizations.id',
	'organizations.name',
	'organizations.nameEn',
	'organizations.region',
	'organizations.website',
	'organizations.description',
	'organizations.homeCenterId',
	'organizations.stewardCenterId',
	'organizations.logoPath',
	'organizations.createdAt',
	'startupProfiles.summary',
	'startupProfiles.industries',
	'startupProfiles.techTags',
	'startupProfiles.stage',
	'startupProfiles.foundedYear',
	'startupProfiles.employees',
	'startupProfiles.seeking',
	'startupProfiles.traction',
	'startupProfiles.pitch',
	'startupProfiles.visibility',
	'startupProfiles.businessNumber',
	'startupProfiles.updatedAt'
] as const;

/** Whether a viewer may see a startup profile with this visibility. */
export function canSeeStartup(
	viewer: Viewer,
	s: { id: string; stewardCenterId: string | null; visibility: string }
): boolean {
	if (s.visibility === 'public') return true;
	if (s.visibility === 'members' && viewer.user) return true;
	return canActFor(viewer, s);
}

async function findProfile(db: Database, id: string) {
	return db
		.selectFrom('organizations')
		.innerJoin('startupProfiles', 'startupProfiles.organizationId', 'organizations.id')
		.leftJoin('organizations as center', 'center.id', 'organizations.homeCenterId')
		.select(PROFILE_COLUMNS)
		.select(['center.name as homeCenterName', 'center.nameEn as homeCenterNameEn'])
		.where('organizations.id', '=', id)
		.where('organizations.kind', '=', 'startup')
		.executeTakeFirst();
}

export type StartupProfile = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

/**
 * A startup profile as the viewer may see it, or undefined (404) when its visibility hides it. The
 * business registration number is for the startup's own people and its center only.
 */
export async function getStartup(db: Database, viewer: Viewer, id: string) {
	const row = await findProfile(db, id);
	if (!row || !canSeeStartup(viewer, row)) return undefined;
	const canEdit = canActFor(viewer, row);
	return {
		...row,
		businessNumber: canEdit ? row.businessNumber : null,
		canEdit,
		completeness: completeness(row)
	};
}

/** Public columns of many startups, for list pages built from search hits, re-checked for the viewer. */
export async function listStartupCards(db: Database, viewer: Viewer, ids: string[]) {
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom('organizations')
		.innerJoin('startupProfiles', 'startupProfiles.organizationId', 'organizations.id')
		.select([
			'organizations.id',
			'organizations.name',
			'organizations.nameEn',
			'organizations.region',
			'organizations.logoPath',
			'organizations.stewardCenterId',
			'startupProfiles.summary',
			'startupProfiles.industries',
			'startupProfiles.techTags',
			'startupProfiles.stage',
			'startupProfiles.seeking',
			'startupProfiles.visibility',
			'startupProfiles.updatedAt'
		])
		.where('organizations.id', 'in', ids)
		.execute();
	const byId = new Map(rows.filter((r) => canSeeStartup(viewer, r)).map((r) => [r.id, r]));
	return ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
}

const COMPLETENESS_FIELDS = [
	'summary',
	'description',
	'industries',
	'techTags',
	'stage',
	'region',
	'seeking',
	'foundedYear',
	'employees',
	'website',
	'traction',
	'logo'
] as const;
export type CompletenessField = (typeof COMPLETENESS_FIELDS)[number];

/** How complete a profile is and what is missing, in the order a founder should fill it in. */
export function completeness(p: {
	summary: string;
	description: string;
	industries: string[];
	techTags: string[];
	stage: string | null;
	region: string | null;
	seeking: string[];
	foundedYear: number | null;
	employees: number | null;
	website: string | null;
	traction: string;
	logoPath: string | null;
}): { percent: number; missing: CompletenessField[] } {
	const filled: Record<CompletenessField, boolean> = {
		summary: p.summary.trim().length >= 10,
		description: p.description.trim().length >= 40,
		industries: p.industries.length > 0,
		techTags: p.techTags.length >= 2,
		stage: p.stage !== null,
		region: p.region !== null,
		seeking: p.seeking.length > 0,
		foundedYear: p.foundedYear !== null,
		employees: p.employees !== null,
		website: p.website !== null,
		traction: p.traction.trim().length > 0,
		logo: p.logoPath !== null
	};
	const missing = COMPLETENESS_FIELDS.filter((f) => !filled[f]);
	return {
		percent: Math.round((100 * (COMPLETENESS_FIELDS.length - missing.length)) / COMPLETENESS_FIELDS.length),
		missing
	};
}

function profileValues(input: StartupPatch) {
	return {
		...(input.summary !== undefined && { summary: input.summary }),
		...(input.industries !== undefined && { industries: input.industries }),
		...(input.techTags !== undefined && { techTags: [...new Set(input.techTags)] }),
		...('stage' in input && { stage: input.stage ?? null }),
		...('foundedYear' in input && { foundedYear: input.foundedYear ?? null }),
		...('employees' in input && { employees: input.employees ?? null }),
		...(input.seeking !== undefined && { seeking: input.seeking }),
		...(input.traction !== undefined && { traction: input.traction }),
		...(input.pitch !== undefined && { pitch: input.pitch }),
		...('businessNumber' in input && { businessNumber: input.businessNumber ?? null }),
		...(input.visibility !== undefined && { visibility: input.visibility })
	};
}

function organizationValues(input: StartupPatch) {
	return {
		...(input.name !== undefined && { name: input.name }),
		...('nameEn' in input && { nameEn: input.nameEn ?? null }),
		...('region' in input && { region: input.region ?? null }),
		...('website' in input && { website: input.website ?? null }),
		...(input.description !== undefined && { description: input.description })
	};
}

function duplicateNumber(e: unknown): never {
	if ((e as { code?: string }).code === '23505') throw new DomainError('conflict', 409, 'businessNumber');
	throw e;
}

/**
 * Registers a startup with its profile in one transaction. Its creator becomes the owner; a center
 * manager passing `centerId` registers it on the company's behalf (the center stewards it).
 */
export async function createStartup(db: Database, viewer: Viewer, input: StartupInput) {
	if (!viewer.user) throw forbidden();
	if (input.centerId && !viewer.managedCenterIds.includes(input.centerId) && !viewer.isAdmin) {
		throw new DomainError('forbidden', 403, 'centerId');
	}
	const actorId = viewer.user.id;
	return db
		.transaction()
		.execute(async (tx) => {
			const org = await tx
				.insertInto('organizations')
				.values({
					kind: 'startup',
					name: input.name,
					nameEn: input.nameEn ?? null,
					region: input.region ?? null,
					website: input.website ?? null,
					description: input.description,
					homeCenterId: input.centerId ?? null,
					stewardCenterId: input.centerId ?? null,
					createdBy: actorId
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			await tx
				.insertInto('startupProfiles')
				.values({ organizationId: org.id, ...profileValues(input) })
				.execute();
			if (!input.centerId)
				await tx
					.insertInto('memberships')
					.values({ organizationId: org.id, userId: actorId, role: 'owner' })
					.execute();
			await enqueueSearchUpdate(tx, 'startups', org.id);
			await recordAudit(tx, {
				actorUserId: actorId,
				action: 'startup.created',
				subjectType: 'organization',
				subjectId: org.id
			});
			return org;
		})
		.catch(duplicateNumber);
}

/** Changes the fields present in the patch; members, stewards and admins only (else undefined → 404). */
export async function updateStartup(db: Database, viewer: Viewer, id: string, patch: StartupPatch) {
	const current = await findProfile(db, id);
	if (!current || !canSeeStartup(viewer, current)) return undefined;
	if (!canActFor(viewer, current)) throw forbidden();
	await db
		.transaction()
		.execute(async (tx) => {
			const org = organizationValues(patch);
			if (Object.keys(org).length)
				await tx
					.updateTable('organizations')
					.set({ ...org, updatedAt: new Date() })
					.where('id', '=', id)
					.execute();
			await tx
				.updateTable('startupProfiles')
				.set({ ...profileValues(patch), updatedAt: new Date() })
				.where('organizationId', '=', id)
				.execute();
			await enqueueSearchUpdate(tx, 'startups', id);
			await recordAudit(tx, {
				actorUserId: viewer.user?.id,
				action: 'startup.updated',
				subjectType: 'organization',
				subjectId: id,
				data: { fields: Object.keys(patch) }
			});
		})
		.catch(duplicateNumber);
	return getStartup(db, viewer, id);
}

/** Stores the path of a new logo (already validated and re-encoded by the media module). */
export async function setLogoPath(db: Database, viewer: Viewer, organizationId: string, logoPath: string) {
	const org = await db
		.selectFrom('organizations')
		.select(['id', 'stewardCenterId', 'kind'])
		.where('id', '=', organizationId)
		.executeTakeFirst();
	if (!org) return undefined;
	if (!canActFor(viewer, org)) throw forbidden();
	await db.transaction().execute(async (tx) => {
		await tx
			.updateTable('organizations')
			.set({ logoPath, updatedAt: new Date() })
			.where('id', '=', organizationId)
			.execute();
		if (org.kind === 'startup') await enqueueSearchUpdate(tx, 'startups', organizationId);
	});
	return { logoPath };
}
