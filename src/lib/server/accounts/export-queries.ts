/**
 * The rows of an organization's data export, one query per section. Each section holds what the
 * organization's own people can already see in the product — its own records, and the shared records
 * (meetups, requests, collaborations, outcomes) it is a party to — and nothing that is a credential:
 * no password, token, invitation or check-in hashes, no check-in codes, no uploaded file bytes.
 * Columns are listed, not `selectAll()`, so a column added later is not exported until someone decides
 * it belongs to the organization.
 */
import type { Database } from '$lib/server/db';

type Db = Database;

export async function organizationRow(db: Db, orgId: string) {
	return db
		.selectFrom('organizations')
		.select([
			'id',
			'kind',
			'name',
			'nameEn',
			'slug',
			'description',
			'website',
			'region',
			'city',
			'logoPath',
			'homeCenterId',
			'stewardCenterId',
			'createdAt',
			'updatedAt'
		])
		.where('id', '=', orgId)
		.executeTakeFirst();
}

export async function profileRows(db: Db, orgId: string) {
	const [startup, corporate] = await Promise.all([
		db
			.selectFrom('startupProfiles')
			.select([
				'summary',
				'pitch',
				'traction',
				'industries',
				'techTags',
				'stage',
				'seeking',
				'foundedYear',
				'employees',
				'businessNumber',
				'links',
				'visibility',
				'updatedAt'
			])
			.where('organizationId', '=', orgId)
			.executeTakeFirst(),
		db
			.selectFrom('corporateProfiles')
			.select(['industries', 'focusAreas', 'updatedAt'])
			.where('organizationId', '=', orgId)
			.executeTakeFirst()
	]);
	return { startupProfile: startup ?? null, corporateProfile: corporate ?? null };
}

export async function memberRows(db: Db, orgId: string) {
	const [members, invitations] = await Promise.all([
		db
			.selectFrom('memberships as m')
			.innerJoin('users as u', 'u.id', 'm.userId')
			.select(['u.id as userId', 'u.name', 'u.email', 'm.role', 'm.createdAt as joinedAt'])
			.where('m.organizationId', '=', orgId)
			.orderBy('m.createdAt')
			.execute(),
		db
			.selectFrom('invitations')
			.select(['id', 'email', 'role', 'createdAt', 'expiresAt', 'acceptedAt', 'revokedAt'])
			.where('organizationId', '=', orgId)
			.orderBy('createdAt')
			.execute()
	]);
	return { members, invitations };
}

/** A corporate's challenges in full (confidential details included: they are its own), with who was let in. */
export async function challengeRows(db: Db, orgId: string) {
	const challenges = await db
		.selectFrom('challenges')
		.select([
			'id',
			'title',
			'slug',
			'teaser',
			'details',
			'status',
			'confidentiality',
			'ndaTerms',
			'ndaTermsVersion',
			'industries',
			'techTags',
			'collaborationTypes',
			'preferredStages',
			'regions',
			'budgetMinKrw',
			'budgetMaxKrw',
			'closesAt',
			'hostCenterId',
			'createdAt',
			'updatedAt'
		])
		.where('corporateId', '=', orgId)
		.orderBy('createdAt')
		.execute();
	const ids = challenges.map((c) => c.id);
	if (ids.length === 0) return { challenges, challengeInvitations: [], ndaAcceptances: [] };
	const [challengeInvitations, ndaAcceptances] = await Promise.all([
		db
			.selectFrom('challengeInvitations')
			.select(['challengeId', 'startupId', 'createdAt'])
			.where('challengeId', 'in', ids)
			.execute(),
		db
			.selectFrom('challengeNdaAcceptances')
			.select(['challengeId', 'startupId', 'termsVersion', 'acceptedAt'])
			.where('challengeId', 'in', ids)
			.execute()
	]);
	return { challenges, challengeInvitations, ndaAcceptances };
}

/** Applications the organization sent (a startup) or received on its challenges (a corporate). */
export async function applicationRows(db: Db, orgId: string) {
	return db
		.selectFrom('applications as a')
		.innerJoin('challenges as c', 'c.id', 'a.challengeId')
		.select([
			'a.id',
			'a.challengeId',
			'c.title as challengeTitle',
			'a.startupId',
			'a.proposal',
			'a.status',
			'a.declineReason',
			'a.declineNote',
			'a.createdAt',
			'a.updatedAt'
		])
		.where((eb) => eb.or([eb('a.startupId', '=', orgId), eb('c.corporateId', '=', orgId)]))
		.orderBy('a.createdAt')
		.execute();
}

/** The organization's own stances; others' one-sided stances about it stay theirs. */
export async function interestRows(db: Db, orgId: string) {
	return db
		.selectFrom('interests')
		.select(['toOrgId', 'challengeId', 'stance', 'createdAt', 'updatedAt'])
		.where('fromOrgId', '=', orgId)
		.orderBy('createdAt')
		.execute();
}

export async function meetupRows(db: Db, orgId: string) {
	return db
		.selectFrom('meetups')
		.select([
			'id',
			'startupId',
			'corporateId',
			'challengeId',
			'applicationId',
			'eventId',
			'tableNumber',
			'status',
			'location',
			'videoUrl',
			'note',
			'reason',
			'createdAt',
			'updatedAt'
		])
		.select((eb) => [
			eb.fn<string>('lower', ['period']).as('startsAt'),
			eb.fn<string>('upper', ['period']).as('endsAt')
		])
		.where((eb) => eb.or([eb('startupId', '=', orgId), eb('corporateId', '=', orgId)]))
		.orderBy('createdAt')
		.execute();
}

export async function availabilityRows(db: Db, orgId: string) {
	const [zone, weekly, blackouts] = await Promise.all([
		db
			.selectFrom('organizationAvailability')
			.select(['timeZone'])
			.where('organizationId', '=', orgId)
			.executeTakeFirst(),
		db
			.selectFrom('availabilityRules')
			.select(['weekday', 'startMinute', 'endMinute'])
			.where('organizationId', '=', orgId)
			.orderBy('weekday')
			.orderBy('startMinute')
			.execute(),
		db
			.selectFrom('availabilityBlackouts')
			.select(['dates', 'reason'])
			.where('organizationId', '=', orgId)
			.execute()
	]);
	return { timeZone: zone?.timeZone ?? null, weekly, blackouts };
}

/** Matchmaking days it took part in, and the meeting requests it sent or received there. */
export async function eventRows(db: Db, orgId: string) {
	const [participations, meetingRequests] = await Promise.all([
		db
			.selectFrom('eventParticipants as p')
			.innerJoin('events as e', 'e.id', 'p.eventId')
			.select(['p.eventId', 'e.title', 'p.side', 'p.availability', 'p.checkedInAt', 'p.createdAt'])
			.where('p.organizationId', '=', orgId)
			.execute(),
		db
			.selectFrom('meetingRequests')
			.select([
				'id',
				'eventId',
				'fromOrgId',
				'toOrgId',
				'priority',
				'status',
				'note',
				'reason',
				'createdAt',
				'decidedAt'
			])
			.where((eb) => eb.or([eb('fromOrgId', '=', orgId), eb('toOrgId', '=', orgId)]))
			.execute()
	]);
	return { participations, meetingRequests };
}

/** Collaborations it is a party to, their stage history and outcomes (corrections included). */
export async function collaborationRows(db: Db, orgId: string) {
	const collaborations = await db
		.selectFrom('collaborations')
		.select([
			'id',
			'startupId',
			'corporateId',
			'challengeId',
			'stage',
			'source',
			'note',
			'dropReason',
			'createdAt',
			'updatedAt'
		])
		.where((eb) => eb.or([eb('startupId', '=', orgId), eb('corporateId', '=', orgId)]))
		.orderBy('createdAt')
		.execute();
	const ids = collaborations.map((c) => c.id);
	const [history, outcomes] = await Promise.all([
		ids.length === 0
			? []
			: db
					.selectFrom('collaborationEvents')
					.select(['collaborationId', 'fromStage', 'toStage', 'reason', 'note', 'at'])
					.where('collaborationId', 'in', ids)
					.orderBy('id')
					.execute(),
		db
			.selectFrom('outcomes')
			.select([
				'id',
				'kind',
				'startupId',
				'corporateId',
				'collaborationId',
				'challengeId',
				'amountKrw',
				'jobs',
				'occurredAt',
				'status',
				'note',
				'supersededBy',
				'correctionNote',
				'createdAt',
				'decidedAt'
			])
			.where((eb) => eb.or([eb('startupId', '=', orgId), eb('corporateId', '=', orgId)]))
			.orderBy('createdAt')
			.execute()
	]);
	return { collaborations, collaborationHistory: history, outcomes };
}

/** A center's own work: the days it ran, its matching weights, its import jobs (without the files). */
export async function centerRows(db: Db, orgId: string) {
	const [events, matchingWeights, importJobs, stewarded] = await Promise.all([
		db
			.selectFrom('events')
			.select([
				'id',
				'title',
				'venue',
				'timeZone',
				'slotMinutes',
				'tables',
				'phase',
				'publishedAt',
				'createdAt'
			])
			.select((eb) => [
				eb.fn<string>('lower', ['period']).as('startsAt'),
				eb.fn<string>('upper', ['period']).as('endsAt')
			])
			.where('centerId', '=', orgId)
			.orderBy('createdAt')
			.execute(),
		db
			.selectFrom('matchingWeights')
			.select(['weights', 'updatedAt'])
			.where('centerId', '=', orgId)
			.executeTakeFirst(),
		db
			.selectFrom('importJobs')
			.select([
				'id',
				'fileName',
				'fileFormat',
				'status',
				'totalRows',
				'createdCount',
				'duplicateRows',
				'errorRows',
				'createdAt',
				'finishedAt'
			])
			.where('centerId', '=', orgId)
			.orderBy('createdAt')
			.execute(),
		db
			.selectFrom('organizations')
			.select(['id', 'kind', 'name'])
			.where('stewardCenterId', '=', orgId)
			.orderBy('name')
			.execute()
	]);
	return { events, matchingWeights: matchingWeights ?? null, importJobs, stewardedOrganizations: stewarded };
}

export async function auditRows(db: Db, orgId: string) {
	return db
		.selectFrom('auditLog')
		.select(['action', 'actorUserId', 'at', 'data'])
		.where('subjectType', '=', 'organization')
		.where('subjectId', '=', orgId)
		.orderBy('id')
		.execute();
}
