import type { z } from 'zod';
import type { getStartup } from '$lib/server/catalog/startups';
import type { getCorporate } from '$lib/server/catalog/corporates';
import type { ChallengeView } from '$lib/server/catalog/challenges';
import type { searchChallenges, searchStartups } from '$lib/server/catalog/search';
import type {
	application,
	challenge,
	challengePage,
	corporate,
	screenedApplication,
	startup,
	startupPage
} from '$lib/server/openapi/catalog-responses';

/*
 * Service results → JSON bodies of the catalog endpoints: dates as ISO strings, logo paths as URLs,
 * and only the fields the response schemas name. Each is typed against its schema, so the OpenAPI
 * document says exactly what is sent; confidential fields are copied only where the service put them.
 */

type Out<T extends z.ZodType> = z.output<T>;
type ChallengeStatus = Out<typeof challenge>['status'];
type Confidentiality = Out<typeof challenge>['confidentiality'];
type ApplicationStatus = Out<typeof application>['status'];
type DeclineReason = NonNullable<Out<typeof application>['declineReason']>;

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
const logoUrl = (path: string | null) => (path ? `/media/logos/${path}` : null);

export function startupPageBody(result: Awaited<ReturnType<typeof searchStartups>>): Out<typeof startupPage> {
	return {
		hits: result.hits.map((h) => ({
			id: h.id,
			name: h.name,
			nameEn: h.nameEn,
			summary: h.summary,
			industries: h.industries,
			techTags: h.techTags,
			stage: h.stage,
			region: h.region,
			seeking: h.seeking,
			logoUrl: logoUrl(h.logoPath),
			updatedAt: iso(h.updatedAt),
			highlights: h.highlights
		})),
		total: result.total,
		page: result.page,
		limit: result.limit,
		facets: {
			industry: result.facets.industry ?? {},
			region: result.facets.region ?? {},
			stage: result.facets.stage ?? {},
			seeking: result.facets.seeking ?? {}
		}
	};
}

export function startupBody(s: NonNullable<Awaited<ReturnType<typeof getStartup>>>): Out<typeof startup> {
	return {
		id: s.id,
		name: s.name,
		nameEn: s.nameEn,
		summary: s.summary,
		description: s.description,
		industries: s.industries,
		techTags: s.techTags,
		stage: s.stage,
		region: s.region,
		seeking: s.seeking,
		foundedYear: s.foundedYear,
		employees: s.employees,
		website: s.website,
		traction: s.traction,
		pitch: s.pitch,
		visibility: s.visibility as Out<typeof startup>['visibility'],
		homeCenter: s.homeCenterId
			? { id: s.homeCenterId, name: s.homeCenterName ?? '', nameEn: s.homeCenterNameEn ?? null }
			: null,
		stewardCenterId: s.stewardCenterId,
		businessNumber: s.businessNumber,
		logoUrl: logoUrl(s.logoPath),
		canEdit: s.canEdit,
		completeness: s.completeness,
		createdAt: iso(s.createdAt),
		updatedAt: iso(s.updatedAt)
	};
}

export function challengePageBody(
	result: Awaited<ReturnType<typeof searchChallenges>>
): Out<typeof challengePage> {
	return {
		hits: result.hits.map((h) => ({
			id: h.id,
			title: h.title,
			teaser: h.teaser,
			corporate: { id: h.corporateId, name: h.corporateName, nameEn: h.corporateNameEn },
			hostCenterId: h.hostCenterId,
			industries: h.industries,
			techTags: h.techTags,
			collaborationTypes: h.collaborationTypes,
			preferredStages: h.preferredStages,
			regions: h.regions,
			status: h.status as ChallengeStatus,
			confidentiality: h.confidentiality as Confidentiality,
			closesAt: isoOrNull(h.closesAt),
			createdAt: iso(h.createdAt),
			highlights: h.highlights
		})),
		total: result.total,
		page: result.page,
		limit: result.limit,
		facets: {
			industry: result.facets.industry ?? {},
			region: result.facets.region ?? {},
			collaborationType: result.facets.collaborationType ?? {},
			status: result.facets.status ?? {}
		}
	};
}

/**
 * One challenge. `details`, the budget and the NDA terms are copied only when getChallenge put them
 * in the view, which it does from challengeAccess; this never adds what the service left out.
 */
export function challengeBody(c: ChallengeView): Out<typeof challenge> {
	return {
		id: c.id,
		title: c.title,
		teaser: c.teaser,
		corporate: c.corporate,
		hostCenter: c.hostCenter,
		industries: c.industries,
		techTags: c.techTags,
		collaborationTypes: c.collaborationTypes,
		preferredStages: c.preferredStages,
		regions: c.regions,
		status: c.status as ChallengeStatus,
		confidentiality: c.confidentiality as Confidentiality,
		closesAt: isoOrNull(c.closesAt),
		createdAt: iso(c.createdAt),
		updatedAt: iso(c.updatedAt),
		ndaTermsVersion: c.ndaTermsVersion,
		access: { manages: c.access.manages, details: c.access.details, ndaOffered: c.access.ndaOffered },
		...(c.access.details && c.details !== undefined
			? { details: c.details, budgetMinKrw: c.budgetMinKrw ?? null, budgetMaxKrw: c.budgetMaxKrw ?? null }
			: {}),
		...(c.ndaTerms !== undefined ? { ndaTerms: c.ndaTerms } : {})
	};
}

interface ApplicationRow {
	id: string;
	challengeId: string;
	startupId: string;
	proposal: string;
	status: string;
	declineReason: string | null;
	declineNote: string | null;
	createdAt: Date;
	updatedAt: Date;
}

export function applicationBody(a: ApplicationRow): Out<typeof application> {
	return {
		id: a.id,
		challengeId: a.challengeId,
		startupId: a.startupId,
		proposal: a.proposal,
		status: a.status as ApplicationStatus,
		declineReason: a.declineReason as DeclineReason | null,
		declineNote: a.declineNote,
		createdAt: iso(a.createdAt),
		updatedAt: iso(a.updatedAt)
	};
}

export function screenedApplicationBody(
	a: ApplicationRow & { startupName: string; startupNameEn: string | null }
): Out<typeof screenedApplication> {
	return {
		...applicationBody(a),
		startup: { id: a.startupId, name: a.startupName, nameEn: a.startupNameEn }
	};
}

export function corporateBody(
	c: NonNullable<Awaited<ReturnType<typeof getCorporate>>>
): Out<typeof corporate> {
	return {
		id: c.id,
		name: c.name,
		nameEn: c.nameEn,
		region: c.region,
		website: c.website,
		description: c.description,
		industries: c.industries,
		focusAreas: c.focusAreas,
		logoUrl: logoUrl(c.logoPath),
		canEdit: c.canEdit
	};
}
