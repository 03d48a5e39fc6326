/**
 * The matcher's reads: candidates (startups and challenges) in the shapes the pure core takes, the
 * stances bearing on them and the centers' weights. Visibility is decided here, in SQL, by the same
 * rules as the catalog (canSeeStartup, challengeAccess) so a ranking never names what its viewer may
 * not open.
 */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import type { Viewer } from '$lib/server/catalog/viewer';
import type { Interest } from './stances';
import {
	DEFAULT_WEIGHTS,
	weightsSchema,
	type ChallengeStatus,
	type MatchChallenge,
	type MatchStartup,
	type Stance,
	type Weights
} from './types';

/** Applications in these states take a startup out of a challenge's rankings (and the reverse). */
export const CLOSED_APPLICATIONS = ['declined', 'withdrawn'] as const;

/** The startups the viewer may see, as the matcher sees them. */
export async function loadVisibleStartups(db: Database, viewer: Viewer): Promise<MatchStartup[]> {
	const rows = await db
		.selectFrom('organizations')
		.innerJoin('startupProfiles', 'startupProfiles.organizationId', 'organizations.id')
		.select([
			'organizations.id',
			'organizations.name',
			'organizations.region',
			'organizations.homeCenterId',
			'organizations.description',
			'startupProfiles.summary',
			'startupProfiles.industries',
			'startupProfiles.techTags',
			'startupProfiles.stage',
			'startupProfiles.seeking'
		])
		.where('organizations.kind', '=', 'startup')
		// canSeeStartup as SQL: public, members-only for the signed in, the rest for those who act for it.
		.where((eb) => {
			if (viewer.isAdmin) return eb.lit(true);
			const ors = [eb('startupProfiles.visibility', '=', 'public')];
			if (viewer.user) ors.push(eb('startupProfiles.visibility', '=', 'members'));
			if (viewer.organizationIds.length) ors.push(eb('organizations.id', 'in', viewer.organizationIds));
			if (viewer.managedCenterIds.length)
				ors.push(eb('organizations.stewardCenterId', 'in', viewer.managedCenterIds));
			return eb.or(ors);
		})
		.orderBy('organizations.id')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		industries: r.industries,
		techTags: r.techTags,
		stage: r.stage,
		region: r.region,
		homeCenterId: r.homeCenterId,
		seeking: r.seeking,
		text: [r.name, r.summary, r.description].join('\n')
	}));
}

const CHALLENGE_COLUMNS = [
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
	'challenges.status'
] as const;

interface ChallengeRow {
	id: string;
	title: string;
	teaser: string;
	corporateId: string;
	hostCenterId: string | null;
	industries: string[];
	techTags: string[];
	collaborationTypes: string[];
	preferredStages: string[];
	regions: string[];
	status: string;
}

/** A challenge as the matcher sees it: public fields only, never the confidential details. */
export function toMatchChallenge(r: ChallengeRow): MatchChallenge {
	return {
		id: r.id,
		title: r.title,
		corporateId: r.corporateId,
		hostCenterId: r.hostCenterId,
		industries: r.industries,
		techTags: r.techTags,
		collaborationTypes: r.collaborationTypes,
		preferredStages: r.preferredStages,
		regions: r.regions,
		text: `${r.title}\n${r.teaser}`,
		status: r.status as ChallengeStatus
	};
}

export async function loadMatchChallenge(db: Database, id: string): Promise<MatchChallenge | undefined> {
	const row = await db
		.selectFrom('challenges')
		.select(CHALLENGE_COLUMNS)
		.where('id', '=', id)
		.executeTakeFirst();
	return row && toMatchChallenge(row);
}

/**
 * Open challenges a startup may see (challengeAccess as that startup alone): public and NDA ones, and
 * invite-only ones it was invited to.
 */
export async function loadOpenChallengesFor(db: Database, startupId: string): Promise<MatchChallenge[]> {
	const rows = await db
		.selectFrom('challenges')
		.select(CHALLENGE_COLUMNS)
		.where('challenges.status', '=', 'open')
		.where((eb) =>
			eb.or([
				eb('challenges.confidentiality', 'in', ['public', 'nda']),
				eb.and([
					eb('challenges.confidentiality', '=', 'invite'),
					eb.exists(
						eb
							.selectFrom('challengeInvitations')
							.select(sql.lit(1).as('one'))
							.whereRef('challengeInvitations.challengeId', '=', 'challenges.id')
							.where('challengeInvitations.startupId', '=', startupId)
					)
				])
			])
		)
		.orderBy('challenges.id')
		.execute();
	return rows.map(toMatchChallenge);
}

/** Startups whose application to this challenge was declined or withdrawn. */
export async function closedApplicants(db: Database, challengeId: string): Promise<Set<string>> {
	const rows = await db
		.selectFrom('applications')
		.select('startupId')
		.where('challengeId', '=', challengeId)
		.where('status', 'in', CLOSED_APPLICATIONS)
		.execute();
	return new Set(rows.map((r) => r.startupId));
}

/** Challenges this startup's application to was declined or withdrawn. */
export async function closedApplications(db: Database, startupId: string): Promise<Set<string>> {
	const rows = await db
		.selectFrom('applications')
		.select('challengeId')
		.where('startupId', '=', startupId)
		.where('status', 'in', CLOSED_APPLICATIONS)
		.execute();
	return new Set(rows.map((r) => r.challengeId));
}

function interestsQuery(db: Database) {
	return db
		.selectFrom('interests')
		.innerJoin('organizations as from', 'from.id', 'interests.fromOrgId')
		.select([
			'interests.fromOrgId',
			'from.kind as fromKind',
			'interests.toOrgId',
			'interests.challengeId',
			'interests.stance'
		])
		.where('from.kind', 'in', ['startup', 'corporate']);
}

function toInterests(rows: Awaited<ReturnType<ReturnType<typeof interestsQuery>['execute']>>): Interest[] {
	return rows.map((r) => ({
		fromOrgId: r.fromOrgId,
		fromKind: r.fromKind as Interest['fromKind'],
		toOrgId: r.toOrgId,
		challengeId: r.challengeId,
		stance: r.stance as Stance
	}));
}

/** Every stance bearing on a challenge: on it, on its corporate, and its corporate's on startups. */
export async function interestsAboutChallenge(db: Database, challenge: MatchChallenge): Promise<Interest[]> {
	const rows = await interestsQuery(db)
		.where((eb) =>
			eb.or([
				eb('interests.challengeId', '=', challenge.id),
				eb('interests.toOrgId', '=', challenge.corporateId),
				eb('interests.fromOrgId', '=', challenge.corporateId)
			])
		)
		.execute();
	return toInterests(rows);
}

/** Every stance a startup took or was the subject of. */
export async function interestsAboutStartup(db: Database, startupId: string): Promise<Interest[]> {
	const rows = await interestsQuery(db)
		.where((eb) =>
			eb.or([eb('interests.fromOrgId', '=', startupId), eb('interests.toOrgId', '=', startupId)])
		)
		.execute();
	return toInterests(rows);
}

/** The stances between one startup and one corporate (and the corporate's challenges). */
export async function interestsBetween(
	db: Database,
	startupId: string,
	corporateId: string
): Promise<Interest[]> {
	const rows = await interestsQuery(db)
		.leftJoin('challenges', 'challenges.id', 'interests.challengeId')
		.where((eb) =>
			eb.or([
				eb.and([
					eb('interests.fromOrgId', '=', startupId),
					eb.or([eb('interests.toOrgId', '=', corporateId), eb('challenges.corporateId', '=', corporateId)])
				]),
				eb.and([eb('interests.fromOrgId', '=', corporateId), eb('interests.toOrgId', '=', startupId)])
			])
		)
		.execute();
	return toInterests(rows);
}

/** Each center's tuning of the weights (stored rows that fail validation fall back to the defaults). */
export async function loadWeights(db: Database, centerIds: readonly string[]): Promise<Map<string, Weights>> {
	const ids = [...new Set(centerIds)];
	if (ids.length === 0) return new Map();
	const rows = await db
		.selectFrom('matchingWeights')
		.select(['centerId', 'weights'])
		.where('centerId', 'in', ids)
		.execute();
	const result = new Map<string, Weights>();
	for (const row of rows) {
		const parsed = weightsSchema.safeParse(row.weights);
		result.set(row.centerId, parsed.success ? parsed.data : DEFAULT_WEIGHTS);
	}
	return result;
}

/** The members of organizations, to tell them of a mutual match. */
export async function memberIds(db: Database, orgIds: readonly string[]): Promise<string[]> {
	// `IN ()` is a syntax error: no organizations (a startup with no home center has no managers) have no members.
	if (orgIds.length === 0) return [];
	const rows = await db
		.selectFrom('memberships')
		.select('userId')
		.where('organizationId', 'in', [...orgIds])
		.execute();
	return [...new Set(rows.map((r) => r.userId))];
}
