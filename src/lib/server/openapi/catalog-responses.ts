import 'zod-openapi'; // types the OpenAPI keys (`id`, `param`, …) of `.meta()`
import { z } from 'zod';
import {
	applicationStatus,
	challengeStatus,
	confidentiality,
	declineReason,
	visibility
} from '$lib/server/catalog/schema';
import type { TaxonomyKind } from '$lib/taxonomy';
import { timestamp } from './schemas';

/*
 * What the catalog endpoints answer. Handlers build their bodies in http/catalog-bodies.ts, typed
 * with `z.output<typeof …>`, so the document cannot drift from what the code sends. Nothing here
 * carries an example taken from real data: the document is public.
 */

const codes = (kind: TaxonomyKind) =>
	z.array(z.string()).meta({ description: `\`${kind}\` codes from \`GET /taxonomy\`.` });
const optionalCode = (kind: TaxonomyKind) =>
	z
		.string()
		.nullable()
		.meta({ description: `A \`${kind}\` code from \`GET /taxonomy\`, or null when not given.` });

const organizationRef = z
	.object({ id: z.uuid(), name: z.string(), nameEn: z.string().nullable() })
	.meta({ id: 'OrganizationRef' });

const logoUrl = z
	.string()
	.nullable()
	.meta({ description: 'Path of the logo (256×256 WebP) on this site, or null.' });

const segment = z
	.object({ text: z.string(), match: z.boolean().meta({ description: 'Whether the query matched it.' }) })
	.meta({ id: 'HighlightSegment', description: 'A run of plain text; nothing in it is markup.' });

const highlights = z.record(z.string(), z.array(segment)).meta({
	description:
		'Per searched text field, the field cut into runs with the matches marked. Plain text: escape it.'
});

const facetCounts = z
	.record(z.string(), z.int().min(0))
	.meta({ description: 'Code → number of matching results the caller may see that carry it.' });

/** A search result page: the usual list envelope plus facet counts over the same visible matches. */
function searchPage<T extends z.ZodType, F extends string>(item: T, facets: readonly F[], id: string) {
	return z
		.object({
			hits: z.array(item),
			total: z.int().min(0).meta({ description: 'Visible matches across all pages.' }),
			page: z.int().min(1),
			limit: z.int().min(1).max(100),
			facets: z.object(
				Object.fromEntries(facets.map((f) => [f, facetCounts])) as { [K in F]: typeof facetCounts }
			)
		})
		.meta({ id });
}

export const startupHit = z
	.object({
		id: z.uuid(),
		name: z.string(),
		nameEn: z.string().nullable(),
		summary: z.string(),
		industries: codes('industries'),
		techTags: z.array(z.string()),
		stage: optionalCode('stages'),
		region: optionalCode('regions'),
		seeking: codes('seeking'),
		logoUrl,
		updatedAt: timestamp,
		highlights
	})
	.meta({ id: 'StartupHit' });

export const startupPage = searchPage(startupHit, ['industry', 'region', 'stage', 'seeking'], 'StartupPage');

const completenessField = z.enum([
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
]);

export const startup = z
	.object({
		id: z.uuid(),
		name: z.string(),
		nameEn: z.string().nullable(),
		summary: z.string(),
		description: z.string(),
		industries: codes('industries'),
		techTags: z.array(z.string()),
		stage: optionalCode('stages'),
		region: optionalCode('regions'),
		seeking: codes('seeking'),
		foundedYear: z.int().nullable(),
		employees: z.int().nullable(),
		website: z.string().nullable(),
		traction: z.string(),
		pitch: z.string(),
		visibility: visibility.meta({
			description: '`public`: everyone; `members`: signed-in users; `private`: its people and its center.'
		}),
		homeCenter: organizationRef.nullable().meta({ description: 'The center whose figures count it.' }),
		stewardCenterId: z
			.uuid()
			.nullable()
			.meta({ description: 'The center managing the profile until the company claims it.' }),
		businessNumber: z
			.string()
			.nullable()
			.meta({ description: 'Business registration number, 10 digits; only for those who may edit.' }),
		logoUrl,
		canEdit: z.boolean().meta({ description: 'Whether the caller may PATCH it.' }),
		completeness: z
			.object({
				percent: z.int().min(0).max(100),
				missing: z.array(completenessField).meta({ description: 'What to fill in next, in order.' })
			})
			.meta({ description: 'How complete the profile is.' }),
		createdAt: timestamp,
		updatedAt: timestamp
	})
	.meta({ id: 'Startup' });

export const challengeHit = z
	.object({
		id: z.uuid(),
		title: z.string(),
		teaser: z
			.string()
			.meta({ description: 'The public summary; confidential details never appear in lists.' }),
		corporate: organizationRef,
		hostCenterId: z.uuid().nullable(),
		industries: codes('industries'),
		techTags: z.array(z.string()),
		collaborationTypes: codes('collaborationTypes'),
		preferredStages: codes('stages'),
		regions: codes('regions'),
		status: challengeStatus,
		confidentiality,
		closesAt: timestamp.nullable(),
		createdAt: timestamp,
		highlights
	})
	.meta({ id: 'ChallengeHit' });

export const challengePage = searchPage(
	challengeHit,
	['industry', 'region', 'collaborationType', 'status'],
	'ChallengePage'
);

export const challenge = z
	.object({
		id: z.uuid(),
		title: z.string(),
		teaser: z.string(),
		corporate: organizationRef,
		hostCenter: organizationRef.nullable(),
		industries: codes('industries'),
		techTags: z.array(z.string()),
		collaborationTypes: codes('collaborationTypes'),
		preferredStages: codes('stages'),
		regions: codes('regions'),
		status: challengeStatus,
		confidentiality: confidentiality.meta({
			description:
				'`public`: details for everyone who sees it; `nda`: details after a startup accepts the terms; `invite`: only invited startups see it at all.'
		}),
		closesAt: timestamp.nullable(),
		createdAt: timestamp,
		updatedAt: timestamp.meta({ description: 'Send it back as `expectedUpdatedAt` to PATCH safely.' }),
		ndaTermsVersion: z.int().min(1),
		access: z
			.object({
				manages: z.boolean().meta({ description: 'The caller runs it (its corporate, host center, admin).' }),
				details: z.boolean().meta({ description: 'Whether `details` and the budget are included.' }),
				ndaOffered: z.boolean().meta({
					description: 'The caller’s startup may accept `ndaTerms` (`POST …/nda`) to see the details.'
				})
			})
			.meta({ description: 'What the caller may see and do.' }),
		details: z
			.string()
			.optional()
			.meta({ description: 'Confidential; present only when `access.details` is true.' }),
		budgetMinKrw: z.int().min(0).nullable().optional().meta({ description: 'KRW; only with the details.' }),
		budgetMaxKrw: z.int().min(0).nullable().optional().meta({ description: 'KRW; only with the details.' }),
		ndaTerms: z
			.string()
			.optional()
			.meta({ description: 'The terms to accept; for startups offered them and for those who run it.' })
	})
	.meta({ id: 'Challenge' });

export const ndaAcceptance = z
	.object({
		challengeId: z.uuid(),
		startupId: z.uuid(),
		termsVersion: z.int().min(1).meta({ description: 'The version of the terms accepted.' })
	})
	.meta({ id: 'NdaAcceptance' });

export const application = z
	.object({
		id: z.uuid(),
		challengeId: z.uuid(),
		startupId: z.uuid(),
		proposal: z.string(),
		status: applicationStatus.meta({
			description: 'submitted → shortlisted → meetup → poc → contract, or declined / withdrawn.'
		}),
		declineReason: declineReason
			.nullable()
			.meta({ description: 'Why it was declined; the startup sees it.' }),
		declineNote: z.string().nullable(),
		createdAt: timestamp,
		updatedAt: timestamp
	})
	.meta({ id: 'Application' });

export const screenedApplication = application
	.extend({ startup: organizationRef })
	.meta({ id: 'ScreenedApplication' });

export const applicationPage = z
	.object({
		hits: z.array(screenedApplication),
		total: z.int().min(0),
		page: z.int().min(1),
		limit: z.int().min(1).max(100)
	})
	.meta({ id: 'ApplicationPage' });

export const corporate = z
	.object({
		id: z.uuid(),
		name: z.string(),
		nameEn: z.string().nullable(),
		region: optionalCode('regions'),
		website: z.string().nullable(),
		description: z.string(),
		industries: codes('industries'),
		focusAreas: z.string().meta({ description: 'The open-innovation focus areas, free text.' }),
		logoUrl,
		canEdit: z.boolean().meta({ description: 'Whether the caller may PATCH it.' })
	})
	.meta({ id: 'Corporate' });
