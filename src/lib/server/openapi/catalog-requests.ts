import 'zod-openapi'; // types the OpenAPI keys (`id`, `param`, …) of `.meta()`
import { z } from 'zod';
import {
	applicationStatus,
	challengeStatus,
	corporateProfileInput,
	techTag
} from '$lib/server/catalog/schema';
import { isCode, type TaxonomyKind } from '$lib/taxonomy';

/*
 * What the catalog endpoints read besides their bodies (which are the catalog's own input schemas in
 * catalog/schema.ts): path parameters, query strings, the NDA acceptance and the corporate PATCH.
 * The endpoints validate with these and the OpenAPI document is generated from them.
 */

/** `id` in the path; a malformed one is answered like an unknown one, with 404. */
export const idPath = z.object({ id: z.uuid() });

/** A taxonomy code, failing with the same localized `unknown_code` message as the request bodies. */
const taxonomyCode = (kind: TaxonomyKind) =>
	z
		.string()
		.refine((c) => isCode(kind, c), { message: 'unknown_code' })
		.meta({ description: `One of the \`${kind}\` codes from \`GET /taxonomy\`.` });

/** A repeatable query filter (`?industry=a&industry=b`): a document matches when it has any of them. */
const anyOf = <T extends z.ZodType>(item: T, description: string) =>
	z.array(item).max(20).optional().meta({ description });

const listWindow = {
	page: z.coerce.number().int().min(1).max(1000).default(1),
	limit: z.coerce.number().int().min(1).max(100).default(20)
};

const searchText = z.string().trim().max(200).default('').meta({
	description:
		'What to look for, in Korean, English or both. Korean particles are ignored and words are found inside compounds (`헬스케어를` finds `디지털헬스케어`), English tolerates typos and prefixes.'
});

export const startupsQuery = z.object({
	q: searchText,
	industry: anyOf(taxonomyCode('industries'), 'Industries (any of them).'),
	region: anyOf(taxonomyCode('regions'), 'Regions (any of them).'),
	stage: anyOf(taxonomyCode('stages'), 'Stages (any of them).'),
	seeking: anyOf(taxonomyCode('seeking'), 'What the startup seeks (any of them).'),
	tag: anyOf(techTag, 'Tech tags (any of them), compared in lower case.'),
	sort: z
		.enum(['relevance', 'newest'])
		.default('relevance')
		.meta({ description: '`relevance` (newest first when `q` is empty) or `newest`.' }),
	...listWindow
});

export const challengesQuery = z.object({
	q: searchText,
	industry: anyOf(taxonomyCode('industries'), 'Industries (any of them).'),
	region: anyOf(taxonomyCode('regions'), 'Regions (any of them).'),
	collaborationType: anyOf(taxonomyCode('collaborationTypes'), 'Collaboration types (any of them).'),
	status: anyOf(
		challengeStatus,
		'Statuses (any of them). Without it, callers who run no challenges see `open` ones only.'
	),
	tag: anyOf(techTag, 'Tech tags (any of them), compared in lower case.'),
	sort: z
		.enum(['relevance', 'newest', 'deadline'])
		.default('relevance')
		.meta({ description: '`relevance`, `newest`, or `deadline` (soonest first, none last).' }),
	...listWindow
});

export const applicationsQuery = z.object({
	status: anyOf(applicationStatus, 'Pipeline statuses (any of them).'),
	...listWindow
});

export const ndaInput = z
	.object({
		startupId: z.uuid().meta({ description: 'The caller’s startup that accepts the terms.' })
	})
	.meta({ id: 'NdaAcceptanceInput' });

const corporateFields = corporateProfileInput.shape;

/** PATCH of a corporate profile: every field optional and without its default, so absent ones stay. */
export const corporatePatch = z
	.object({
		name: corporateFields.name.optional(),
		nameEn: corporateFields.nameEn,
		description: corporateFields.description.unwrap().optional(),
		industries: corporateFields.industries.unwrap().optional(),
		focusAreas: corporateFields.focusAreas.unwrap().optional(),
		website: corporateFields.website,
		region: corporateFields.region
	})
	.meta({ id: 'CorporatePatch' });
export type CorporatePatch = z.infer<typeof corporatePatch>;
