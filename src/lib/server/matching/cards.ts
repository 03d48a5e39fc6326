/**
 * What a match card shows besides the score: the other side's name, logo and a few public facts. Read
 * for the k winners only, after ranking, and only public columns (never a challenge's details).
 */
import type { Database } from '$lib/server/db';

export interface StartupCard {
	id: string;
	name: string;
	nameEn: string | null;
	logoPath: string | null;
	summary: string;
	stage: string | null;
	region: string | null;
	industries: string[];
	techTags: string[];
}

export interface ChallengeCard {
	id: string;
	title: string;
	corporate: { id: string; name: string; nameEn: string | null; logoPath: string | null };
	status: string;
	confidentiality: string;
	/** ISO 8601, as the API shows it */
	closesAt: string | null;
}

export async function startupCards(db: Database, ids: readonly string[]): Promise<Map<string, StartupCard>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.selectFrom('organizations')
		.innerJoin('startupProfiles', 'startupProfiles.organizationId', 'organizations.id')
		.select([
			'organizations.id',
			'organizations.name',
			'organizations.nameEn',
			'organizations.logoPath',
			'organizations.region',
			'startupProfiles.summary',
			'startupProfiles.stage',
			'startupProfiles.industries',
			'startupProfiles.techTags'
		])
		.where('organizations.id', 'in', [...ids])
		.execute();
	return new Map(rows.map((r) => [r.id, r]));
}

export async function challengeCards(
	db: Database,
	ids: readonly string[]
): Promise<Map<string, ChallengeCard>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.selectFrom('challenges')
		.innerJoin('organizations', 'organizations.id', 'challenges.corporateId')
		.select([
			'challenges.id',
			'challenges.title',
			'challenges.status',
			'challenges.confidentiality',
			'challenges.closesAt',
			'organizations.id as corporateId',
			'organizations.name as corporateName',
			'organizations.nameEn as corporateNameEn',
			'organizations.logoPath as corporateLogoPath'
		])
		.where('challenges.id', 'in', [...ids])
		.execute();
	return new Map(
		rows.map((r) => [
			r.id,
			{
				id: r.id,
				title: r.title,
				status: r.status,
				confidentiality: r.confidentiality,
				closesAt: r.closesAt ? new Date(r.closesAt).toISOString() : null,
				corporate: {
					id: r.corporateId,
					name: r.corporateName,
					nameEn: r.corporateNameEn,
					logoPath: r.corporateLogoPath
				}
			}
		])
	);
}
