import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import { DomainError, forbidden } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import { enqueueSearchUpdate } from '$lib/server/search/outbox';
import { challengeAccess, managesChallenge, type ChallengeAccess } from './entitlement';
import type { ChallengeInput, ChallengePatch } from './schema';
import type { Viewer } from './viewer';

// Every read of a challenge goes through getChallenge, which decides with challengeAccess whether
// the row exists for the viewer and whether `details`, the budget and the NDA terms may leave the
// server. List pages hydrate search hits with PUBLIC_COLUMNS only, which never include them.

const PUBLIC_COLUMNS = [
	'challenges.id',
	'challenges.title',
	'challenges.teaser',
	'challenges.corporateId',
	'challenges.hostCenterId',
	'challenges.industries',
	'challenges.techTags',
	'challenges.collaborationTypes',
	'challenges.preferredStages',
	'challenges.regions',
	'challenges.status',
	'challenges.confidentiality',
	'challenges.closesAt',
	'challenges.ndaTermsVersion',
	'challenges.createdAt',
	'challenges.updatedAt'
] as const;

/** The challenge lifecycle: draft → open → screening → closed | archived (a closed call may reopen). */
const STATUS_MOVES: Record<string, readonly string[]> = {
	draft: ['open', 'archived'],
	open: ['screening', 'closed', 'archived'],
	screening: ['open', 'closed', 'archived'],
	closed: ['open', 'archived'],
	archived: []
};

export interface ChallengeView {
	id: string;
	title: string;
	teaser: string;
	corporate: { id: string; name: string; nameEn: string | null };
	hostCenter: { id: string; name: string; nameEn: string | null } | null;
	industries: string[];
	techTags: string[];
	collaborationTypes: string[];
	preferredStages: string[];
	regions: string[];
	status: string;
	confidentiality: string;
	closesAt: Date | null;
	createdAt: Date;
	updatedAt: Date;
	ndaTermsVersion: number;
	/** Only when access.details. */
	details?: string;
	budgetMinKrw?: number | null;
	budgetMaxKrw?: number | null;
	/** Only when the viewer may accept them (access.ndaOffered) or manages the challenge. */
	ndaTerms?: string;
	access: ChallengeAccess;
}

async function relationsOf(db: Database, viewer: Viewer, challengeId: string, termsVersion: number) {
	if (viewer.startupIds.length === 0) return { invitedStartupIds: [], ndaStartupIds: [] };
	const [invited, accepted] = await Promise.all([
		db
			.selectFrom('challengeInvitations')
			.select('startupId')
			.where('challengeId', '=', challengeId)
			.where('startupId', 'in', viewer.startupIds)
			.execute(),
		db
			.selectFrom('challengeNdaAcceptances')
			.select('startupId')
			.where('challengeId', '=', challengeId)
			.where('termsVersion', '=', termsVersion)
			.where('startupId', 'in', viewer.startupIds)
			.execute()
	]);
	return {
		invitedStartupIds: invited.map((r) => r.startupId),
		ndaStartupIds: accepted.map((r) => r.startupId)
	};
}

/**
 * The challenge as this viewer may see it, or undefined when it does not exist for them (404).
 * With `recordDisclosure`, a first showing of confidential details is written to the disclosure record.
 */
export async function getChallenge(
	db: Database,
	viewer: Viewer,
	id: string,
	opts: { recordDisclosure?: boolean } = {}
): Promise<ChallengeView | undefined> {
	const row = await db
		.selectFrom('challenges')
		.innerJoin('organizations as corp', 'corp.id', 'challenges.corporateId')
		.leftJoin('organizations as center', 'center.id', 'challenges.hostCenterId')
		.select(PUBLIC_COLUMNS)
		.select([
			'challenges.details',
			'challenges.ndaTerms',
			'challenges.budgetMinKrw',
			'challenges.budgetMaxKrw'
		])
		.select([
			'corp.name as corporateName',
			'corp.nameEn as corporateNameEn',
			'center.name as centerName',
			'center.nameEn as centerNameEn'
		])
		.where('challenges.id', '=', id)
		.executeTakeFirst();
	if (!row) return undefined;
	const relations = await relationsOf(db, viewer, id, row.ndaTermsVersion);
	const access = challengeAccess(viewer, row, relations);
	if (!access.visible) return undefined;
	if (
		access.details &&
		opts.recordDisclosure &&
		viewer.user &&
		!access.manages &&
		row.confidentiality !== 'public'
	) {
		await db
			.insertInto('challengeDisclosures')
			.values({
				challengeId: id,
				userId: viewer.user.id,
				organizationId: relations.ndaStartupIds[0] ?? relations.invitedStartupIds[0] ?? null,
				termsVersion: row.ndaTermsVersion
			})
			.onConflict((oc) => oc.columns(['challengeId', 'userId', 'termsVersion']).doNothing())
			.execute();
	}
	const view: ChallengeView = {
		id: row.id,
		title: row.title,
		teaser: row.teaser,
		corporate: { id: row.corporateId, name: row.corporateName, nameEn: row.corporateNameEn },
		hostCenter: row.hostCenterId
			? { id: row.hostCenterId, name: row.centerName ?? '', nameEn: row.centerNameEn }
			: null,
		industries: row.industries,
		techTags: row.techTags,
		collaborationTypes: row.collaborationTypes,
		preferredStages: row.preferredStages,
		regions: row.regions,
		status: row.status,
		confidentiality: row.confidentiality,
		closesAt: row.closesAt,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt,
		ndaTermsVersion: row.ndaTermsVersion,
		access
	};
	if (access.details) {
		view.details = row.details;
		view.budgetMinKrw = row.budgetMinKrw;
		view.budgetMaxKrw = row.budgetMaxKrw;
	}
	if (access.ndaOffered || access.manages) view.ndaTerms = row.ndaTerms;
	return view;
}

/**
 * Public columns of many challenges, for list pages built from search hits (never details). Each is
 * checked against the viewer again, so a change the index has not caught up with hides at once.
 */
export async function listChallengeCards(db: Database, viewer: Viewer, ids: string[]) {
	if (ids.length === 0) return [];
	const invited =
		viewer.startupIds.length === 0
			? []
			: await db
					.selectFrom('challengeInvitations')
					.select(['challengeId', 'startupId'])
					.where('challengeId', 'in', ids)
					.where('startupId', 'in', viewer.startupIds)
					.execute();
	const rows = await db
		.selectFrom('challenges')
		.innerJoin('organizations as corp', 'corp.id', 'challenges.corporateId')
		.select(PUBLIC_COLUMNS)
		.select(['corp.name as corporateName', 'corp.nameEn as corporateNameEn'])
		.where('challenges.id', 'in', ids)
		.execute();
	const visible = rows.filter(
		(r) =>
			challengeAccess(viewer, r, {
				invitedStartupIds: invited.filter((i) => i.challengeId === r.id).map((i) => i.startupId),
				ndaStartupIds: []
			}).visible
	);
	const byId = new Map(visible.map((r) => [r.id, r]));
	return ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
}

async function assertCanRun(
	db: Database,
	viewer: Viewer,
	corporateId: string,
	hostCenterId: string | null | undefined
) {
	const corp = await db
		.selectFrom('organizations')
		.select('kind')
		.where('id', '=', corporateId)
		.executeTakeFirst();
	if (corp?.kind !== 'corporate') throw new DomainError('not_found', 422, 'corporateId');
	if (hostCenterId) {
		const center = await db
			.selectFrom('organizations')
			.select('kind')
			.where('id', '=', hostCenterId)
			.executeTakeFirst();
		if (center?.kind !== 'center') throw new DomainError('not_found', 422, 'hostCenterId');
	}
	if (!managesChallenge(viewer, { corporateId, hostCenterId: hostCenterId ?? null })) throw forbidden();
}

/** Posts a challenge for a corporate: by its members, or by a manager of the hosting center. */
export async function createChallenge(db: Database, viewer: Viewer, input: ChallengeInput) {
	await assertCanRun(db, viewer, input.corporateId, input.hostCenterId);
	return db.transaction().execute(async (tx) => {
		const row = await tx
			.insertInto('challenges')
			.values({
				corporateId: input.corporateId,
				hostCenterId: input.hostCenterId ?? null,
				title: input.title,
				teaser: input.teaser,
				details: input.details,
				industries: input.industries,
				techTags: input.techTags,
				collaborationTypes: input.collaborationTypes,
				preferredStages: input.preferredStages,
				regions: input.regions,
				confidentiality: input.confidentiality,
				ndaTerms: input.ndaTerms,
				status: input.status,
				closesAt: input.closesAt ?? null,
				budgetMinKrw: input.budgetMinKrw ?? null,
				budgetMaxKrw: input.budgetMaxKrw ?? null,
				createdBy: viewer.user?.id ?? null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await enqueueSearchUpdate(tx, 'challenges', row.id);
		await recordAudit(tx, {
			actorUserId: viewer.user?.id,
			action: 'challenge.created',
			subjectType: 'challenge',
			subjectId: row.id
		});
		return row;
	});
}

/**
 * Changes a challenge. With `expectedUpdatedAt`, the change applies only if nobody saved in between
 * (compare-and-set in the UPDATE itself), else 409 `stale`. New NDA terms get a new version, so
 * earlier acceptances no longer unlock the details.
 */
export async function updateChallenge(db: Database, viewer: Viewer, id: string, patch: ChallengePatch) {
	const current = await db
		.selectFrom('challenges')
		.select([
			'corporateId',
			'hostCenterId',
			'status',
			'ndaTerms',
			'ndaTermsVersion',
			'budgetMinKrw',
			'budgetMaxKrw'
		])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!current) return undefined;
	if (!managesChallenge(viewer, current)) return undefined; // not theirs: as if it did not exist
	const min = patch.budgetMinKrw === undefined ? current.budgetMinKrw : patch.budgetMinKrw;
	const max = patch.budgetMaxKrw === undefined ? current.budgetMaxKrw : patch.budgetMaxKrw;
	if (min !== null && max !== null && min > max) throw new DomainError('invalid_budget', 422, 'budgetMaxKrw');
	if (
		patch.status !== undefined &&
		patch.status !== current.status &&
		!STATUS_MOVES[current.status]?.includes(patch.status)
	) {
		throw new DomainError('invalid_transition', 409, 'status', { from: current.status, to: patch.status });
	}
	const { expectedUpdatedAt, ...fields } = patch;
	const termsChanged = fields.ndaTerms !== undefined && fields.ndaTerms !== current.ndaTerms;
	return db.transaction().execute(async (tx) => {
		const updated = await tx
			.updateTable('challenges')
			.set({
				...fields,
				...(termsChanged ? { ndaTermsVersion: current.ndaTermsVersion + 1 } : {}),
				updatedAt: new Date()
			})
			.where('id', '=', id)
			// Clients hold milliseconds (JSON dates); the column has microseconds.
			.$if(expectedUpdatedAt !== undefined, (qb) =>
				qb.where(sql<Date>`date_trunc('milliseconds', updated_at)`, '=', expectedUpdatedAt!)
			)
			.returning(['id', 'updatedAt'])
			.executeTakeFirst();
		if (!updated) throw new DomainError('stale', 409);
		await enqueueSearchUpdate(tx, 'challenges', id);
		await recordAudit(tx, {
			actorUserId: viewer.user?.id,
			action: 'challenge.updated',
			subjectType: 'challenge',
			subjectId: id,
			data: { fields: Object.keys(fields) }
		});
		return updated;
	});
}

/** A startup accepts the current NDA terms; recorded with time, person and terms version. */
export async function acceptNda(db: Database, viewer: Viewer, challengeId: string, startupId: string) {
	if (!viewer.startupIds.includes(startupId) || !viewer.user) throw forbidden();
	const c = await db
		.selectFrom('challenges')
		.select(['confidentiality', 'status', 'ndaTermsVersion', 'corporateId', 'hostCenterId'])
		.where('id', '=', challengeId)
		.executeTakeFirst();
	if (!c || !challengeAccess(viewer, c, { invitedStartupIds: [], ndaStartupIds: [] }).visible)
		return undefined;
	if (c.confidentiality !== 'nda') throw new DomainError('not_nda', 409);
	await db.transaction().execute(async (tx) => {
		await tx
			.insertInto('challengeNdaAcceptances')
			.values({ challengeId, startupId, termsVersion: c.ndaTermsVersion, acceptedBy: viewer.user!.id })
			.onConflict((oc) => oc.columns(['challengeId', 'startupId', 'termsVersion']).doNothing())
			.execute();
		await recordAudit(tx, {
			actorUserId: viewer.user!.id,
			action: 'challenge.nda_accepted',
			subjectType: 'challenge',
			subjectId: challengeId,
			data: { startupId, termsVersion: c.ndaTermsVersion }
		});
	});
	return { termsVersion: c.ndaTermsVersion };
}

/** Invites startups to an `invite` challenge (only its managers may). */
export async function inviteStartups(
	db: Database,
	viewer: Viewer,
	challengeId: string,
	startupIds: string[]
) {
	const c = await db
		.selectFrom('challenges')
		.select(['corporateId', 'hostCenterId'])
		.where('id', '=', challengeId)
		.executeTakeFirst();
	if (!c) return undefined;
	if (!managesChallenge(viewer, c)) return undefined;
	if (startupIds.length === 0) return { invited: 0 };
	const startups = await db
		.selectFrom('organizations')
		.select('id')
		.where('id', 'in', startupIds)
		.where('kind', '=', 'startup')
		.execute();
	if (startups.length !== new Set(startupIds).size) throw new DomainError('not_found', 422, 'startupIds');
	await db.transaction().execute(async (tx) => {
		await tx
			.insertInto('challengeInvitations')
			.values(startupIds.map((startupId) => ({ challengeId, startupId, invitedBy: viewer.user?.id ?? null })))
			.onConflict((oc) => oc.columns(['challengeId', 'startupId']).doNothing())
			.execute();
		await enqueueSearchUpdate(tx, 'challenges', challengeId);
		await recordAudit(tx, {
			actorUserId: viewer.user?.id,
			action: 'challenge.invited',
			subjectType: 'challenge',
			subjectId: challengeId,
			data: { startupIds }
		});
	});
	return { invited: startupIds.length };
}

/** Who saw the confidential details, for the challenge's managers. */
export async function listDisclosures(db: Database, viewer: Viewer, challengeId: string) {
	const c = await getChallenge(db, viewer, challengeId);
	if (!c?.access.manages) return undefined;
	return db
		.selectFrom('challengeDisclosures')
		.innerJoin('users', 'users.id', 'challengeDisclosures.userId')
		.leftJoin('organizations', 'organizations.id', 'challengeDisclosures.organizationId')
		.select([
			'users.name as userName',
			'organizations.name as organizationName',
			'challengeDisclosures.termsVersion',
			'challengeDisclosures.firstSeenAt'
		])
		.where('challengeDisclosures.challengeId', '=', challengeId)
		.orderBy('challengeDisclosures.firstSeenAt', 'desc')
		.execute();
}
