/** Import jobs and the duplicate lookups, Kysely only. The file column is read only where it is needed. */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import type { ValidRow } from './check';

const JOB_COLUMNS = [
	'id',
	'centerId',
	'createdBy',
	'kind',
	'fileName',
	'fileFormat',
	'fileBytes',
	'status',
	'error',
	'headers',
	'headerRow',
	'preview',
	'mapping',
	'visibility',
	'totalRows',
	'doneRows',
	'validRows',
	'errorRows',
	'duplicateRows',
	'createdCount',
	'report',
	'createdAt',
	'updatedAt',
	'startedAt',
	'heartbeatAt',
	'finishedAt'
] as const;

export async function findImportJobById(db: Database, id: string) {
	return db.selectFrom('importJobs').select(JOB_COLUMNS).where('id', '=', id).executeTakeFirst();
}
export type ImportJobRow = NonNullable<Awaited<ReturnType<typeof findImportJobById>>>;

export async function findImportFile(db: Database, id: string): Promise<Uint8Array | undefined> {
	const row = await db.selectFrom('importJobs').select('file').where('id', '=', id).executeTakeFirst();
	return row?.file ?? undefined;
}

export async function listImportJobsByCenter(db: Database, centerId: string, limit = 20) {
	return db
		.selectFrom('importJobs')
		.select(JOB_COLUMNS)
		.where('centerId', '=', centerId)
		.orderBy('createdAt', 'desc')
		.limit(limit)
		.execute();
}

/** The startups an import created, newest batch last, for the result page. */
export async function listImportedStartups(db: Database, jobId: string, limit = 50) {
	return db
		.selectFrom('organizations')
		.select(['id', 'name', 'nameEn', 'region'])
		.where('importJobId', '=', jobId)
		.orderBy('createdAt')
		.orderBy('name')
		.limit(limit)
		.execute();
}

export interface ExistingDuplicate {
	row: number;
	reason: 'business_number' | 'name_region';
	organizationId: string;
	name: string;
}

/** Lookups go in chunks so a 10,000-row file stays within parameter limits. */
const CHUNK = 1000;

/**
 * Valid rows that name a startup already in the catalog: the same business registration number, or
 * the same name (compared by organization_name_key, in SQL, the same way the index does) and region.
 */
export async function findExistingDuplicates(db: Database, rows: readonly ValidRow[]) {
	const found = new Map<number, ExistingDuplicate>();
	for (let i = 0; i < rows.length; i += CHUNK) {
		const chunk = rows.slice(i, i + CHUNK);
		const numbers = chunk.map((r) => r.data.businessNumber).filter((n): n is string => n !== null);
		if (numbers.length > 0) {
			const hits = await db
				.selectFrom('startupProfiles')
				.innerJoin('organizations', 'organizations.id', 'startupProfiles.organizationId')
				.select(['organizations.id', 'organizations.name', 'startupProfiles.businessNumber'])
				.where('startupProfiles.businessNumber', 'in', numbers)
				.execute();
			const byNumber = new Map(hits.map((h) => [h.businessNumber, h]));
			for (const r of chunk) {
				const hit = r.data.businessNumber ? byNumber.get(r.data.businessNumber) : undefined;
				if (hit)
					found.set(r.row, { row: r.row, reason: 'business_number', organizationId: hit.id, name: hit.name });
			}
		}
		const rest = chunk.filter((r) => !found.has(r.row));
		if (rest.length === 0) continue;
		const hits = await sql<{ row: number; id: string; name: string }>`
			SELECT DISTINCT ON (k.row) k.row, o.id, o.name
			FROM unnest(${rest.map((r) => r.row)}::int[], ${rest.map((r) => r.data.name)}::text[],
				${rest.map((r) => r.data.region ?? '')}::text[]) AS k(row, name, region)
			JOIN organizations o
				ON organization_name_key(o.name) = organization_name_key(k.name)
				AND coalesce(o.region, '') = k.region
			WHERE o.kind = 'startup'
			ORDER BY k.row, o.created_at`.execute(db);
		for (const h of hits.rows)
			found.set(h.row, { row: h.row, reason: 'name_region', organizationId: h.id, name: h.name });
	}
	return found;
}
