/**
 * Search documents built from Postgres rows: the only way anything enters a search index. Columns
 * are listed explicitly, and a challenge's confidential `details` (and NDA terms) are never selected,
 * so no engine can ever receive them.
 */
import type { Database } from '../db/index';
import type { ChallengeDocument, DocumentOf, IndexName, StartupDocument, StartupVisibility } from './port';

/** Rows per page when streaming a whole index (reindex). */
export const DEFAULT_BATCH = 500;

const ms = (value: Date | string | null): number | null =>
	value === null ? null : new Date(value).getTime();

function startupQuery(db: Database) {
	return db
		.selectFrom('organizations as o')
		.innerJoin('startupProfiles as p', 'p.organizationId', 'o.id')
		.where('o.kind', '=', 'startup')
		.select([
			'o.id',
			'o.name',
			'o.nameEn',
			'o.description',
			'o.region',
			'o.homeCenterId',
			'o.stewardCenterId',
			'o.createdAt',
			'o.updatedAt as orgUpdatedAt',
			'p.summary',
			'p.industries',
			'p.techTags',
			'p.stage',
			'p.seeking',
			'p.visibility',
			'p.updatedAt as profileUpdatedAt'
		]);
}

type StartupRow = Awaited<ReturnType<ReturnType<typeof startupQuery>['execute']>>[number];

function toStartupDocument(row: StartupRow): StartupDocument {
	return {
		id: row.id,
		name: row.name,
		nameEn: row.nameEn,
		summary: row.summary,
		description: row.description,
		industries: row.industries,
		techTags: row.techTags,
		stage: row.stage,
		region: row.region,
		seeking: row.seeking,
		homeCenterId: row.homeCenterId,
		stewardCenterId: row.stewardCenterId,
		visibility: row.visibility as StartupVisibility,
		createdAt: ms(row.createdAt)!,
		updatedAt: Math.max(ms(row.orgUpdatedAt)!, ms(row.profileUpdatedAt)!)
	};
}

function challengeQuery(db: Database) {
	return db
		.selectFrom('challenges as c')
		.innerJoin('organizations as corp', 'corp.id', 'c.corporateId')
		.select([
			'c.id',
			'c.title',
			'c.teaser',
			'c.corporateId',
			'corp.name as corporateName',
			'c.hostCenterId',
			'c.industries',
			'c.techTags',
			'c.collaborationTypes',
			'c.preferredStages',
			'c.regions',
			'c.status',
			'c.confidentiality',
			'c.closesAt',
			'c.createdAt'
		]);
}

type ChallengeRow = Awaited<ReturnType<ReturnType<typeof challengeQuery>['execute']>>[number];

async function toChallengeDocuments(db: Database, rows: ChallengeRow[]): Promise<ChallengeDocument[]> {
	const invited = new Map<string, string[]>();
	if (rows.length > 0) {
		const invitations = await db
			.selectFrom('challengeInvitations')
			.select(['challengeId', 'startupId'])
			.where(
				'challengeId',
				'in',
				rows.map((r) => r.id)
			)
			.orderBy('startupId')
			.execute();
		for (const { challengeId, startupId } of invitations) {
			const list = invited.get(challengeId);
			if (list) list.push(startupId);
			else invited.set(challengeId, [startupId]);
		}
	}
	return rows.map((row) => ({
		id: row.id,
		title: row.title,
		teaser: row.teaser,
		corporateId: row.corporateId,
		corporateName: row.corporateName,
		hostCenterId: row.hostCenterId,
		industries: row.industries,
		techTags: row.techTags,
		collaborationTypes: row.collaborationTypes,
		preferredStages: row.preferredStages,
		regions: row.regions,
		status: row.status,
		confidentiality: row.confidentiality,
		invitedStartupIds: invited.get(row.id) ?? [],
		closesAt: ms(row.closesAt),
		createdAt: ms(row.createdAt)!
	}));
}

/** Startup documents, for the given organization ids (those that are startups with a profile) or all. */
export async function loadStartupDocuments(
	db: Database,
	ids?: readonly string[]
): Promise<StartupDocument[]> {
	if (ids?.length === 0) return [];
	const rows = await startupQuery(db)
		.$if(ids !== undefined, (qb) => qb.where('o.id', 'in', ids!))
		.orderBy('o.id')
		.execute();
	return rows.map(toStartupDocument);
}

/** Challenge documents (teaser only, never details), for the given ids or all. */
export async function loadChallengeDocuments(
	db: Database,
	ids?: readonly string[]
): Promise<ChallengeDocument[]> {
	if (ids?.length === 0) return [];
	const rows = await challengeQuery(db)
		.$if(ids !== undefined, (qb) => qb.where('c.id', 'in', ids!))
		.orderBy('c.id')
		.execute();
	return toChallengeDocuments(db, rows);
}

/** Documents of an index by id; ids missing from the result no longer exist (or are not indexable). */
export async function loadDocuments<I extends IndexName>(
	db: Database,
	index: I,
	ids: readonly string[]
): Promise<DocumentOf[I][]> {
	const docs =
		index === 'startups' ? await loadStartupDocuments(db, ids) : await loadChallengeDocuments(db, ids);
	return docs as DocumentOf[I][];
}

/**
 * Every document of an index, in pages of `batch` ordered by id (keyset pagination: no OFFSET, and
 * no page is skipped or repeated while rows change underneath).
 */
export async function* streamDocuments<I extends IndexName>(
	db: Database,
	index: I,
	batch = DEFAULT_BATCH
): AsyncGenerator<DocumentOf[I][]> {
	let after: string | undefined;
	for (;;) {
		let docs: (StartupDocument | ChallengeDocument)[];
		if (index === 'startups') {
			const rows = await startupQuery(db)
				.$if(after !== undefined, (qb) => qb.where('o.id', '>', after!))
				.orderBy('o.id')
				.limit(batch)
				.execute();
			docs = rows.map(toStartupDocument);
		} else {
			const rows = await challengeQuery(db)
				.$if(after !== undefined, (qb) => qb.where('c.id', '>', after!))
				.orderBy('c.id')
				.limit(batch)
				.execute();
			docs = await toChallengeDocuments(db, rows);
		}
		if (docs.length === 0) return;
		yield docs as DocumentOf[I][];
		after = docs[docs.length - 1]!.id;
		if (docs.length < batch) return;
	}
}

/** How many documents an index will hold (for progress bars). */
export async function countDocuments(db: Database, index: IndexName): Promise<number> {
	const row =
		index === 'startups'
			? await startupQuery(db)
					.clearSelect()
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.executeTakeFirstOrThrow()
			: await challengeQuery(db)
					.clearSelect()
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.executeTakeFirstOrThrow();
	return Number(row.n);
}
