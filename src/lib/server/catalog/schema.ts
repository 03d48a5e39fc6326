import { z } from 'zod';
import { isCode, type TaxonomyKind } from '$lib/taxonomy';

// Inputs of the catalog, shared by forms and the JSON API (and the source of its OpenAPI schemas).
// Unknown taxonomy codes fail with the custom message 'unknown_code', which the edges localize.

const code = (kind: TaxonomyKind) => z.string().refine((c) => isCode(kind, c), { message: 'unknown_code' });
const codes = (kind: TaxonomyKind, max = 12) => z.array(code(kind)).max(max);
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.transform((v) => (v === '' ? undefined : v))
		.optional();
const optionalInt = (min: number, max: number) =>
	z.preprocess(
		(v) => (v === '' || v === null ? undefined : v),
		z.coerce.number().int().min(min).max(max).optional()
	);
const emptyAsNull = <T extends z.ZodType>(schema: T) =>
	z.preprocess((v) => (v === '' ? null : v), schema.nullable().optional());
const webUrl = z
	.string()
	.trim()
	.max(300)
	.transform((v) => (v === '' ? undefined : v))
	.pipe(z.url({ protocol: /^https?$/ }).optional())
	.optional();

/** A tech tag: short free text, lowercased, e.g. "computer vision", "연속혈당측정". */
export const techTag = z
	.string()
	.trim()
	.toLowerCase()
	.min(1)
	.max(40)
	.regex(/^[^<>{}\n]+$/u);

export const visibility = z.enum(['public', 'members', 'private']);

export const startupInput = z
	.object({
		name: text(120).min(1),
		nameEn: optionalText(120),
		summary: text(200).default(''),
		description: text(4000).default(''),
		industries: codes('industries', 5).default([]),
		techTags: z.array(techTag).max(15).default([]),
		// null (JSON) or an empty select (forms) clears the value.
		stage: emptyAsNull(code('stages')),
		region: emptyAsNull(code('regions')),
		seeking: codes('seeking', 5).default([]),
		foundedYear: optionalInt(1900, 2100),
		employees: optionalInt(0, 1_000_000),
		website: webUrl,
		traction: text(2000).default(''),
		pitch: text(4000).default(''),
		businessNumber: z
			.string()
			.trim()
			.transform((v) => v.replace(/-/g, ''))
			.pipe(z.string().regex(/^(\d{10})?$/))
			.transform((v) => (v === '' ? undefined : v))
			.optional(),
		visibility: visibility.default('public'),
		/** A center manager registering a startup the center found names the center (becomes steward and home). */
		centerId: z.uuid().optional()
	})
	.meta({ id: 'StartupInput' });
export type StartupInput = z.infer<typeof startupInput>;

/**
 * A PATCH schema from a create schema: every field optional and WITHOUT its default, so a field the
 * caller left out stays absent and is left as it is (zod's .partial() would fill in the defaults).
 */
function patchOf<S extends z.ZodRawShape>(shape: S) {
	const fields = Object.fromEntries(
		Object.entries(shape).map(([key, field]) => [
			key,
			((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional()
		])
	);
	return z.object(fields) as unknown as z.ZodObject<{ [K in keyof S]: z.ZodOptional<S[K]> }>;
}

/** PATCH: every field optional; absent fields are left as they are. */
export const startupPatch = patchOf(startupInput.omit({ centerId: true }).shape).meta({ id: 'StartupPatch' });
export type StartupPatch = z.infer<typeof startupPatch>;

export const corporateProfileInput = z
	.object({
		name: text(120).min(1),
		nameEn: optionalText(120),
		description: text(4000).default(''),
		industries: codes('industries', 8).default([]),
		focusAreas: text(2000).default(''),
		website: webUrl,
		region: emptyAsNull(code('regions'))
	})
	.meta({ id: 'CorporateProfileInput' });
export type CorporateProfileInput = z.infer<typeof corporateProfileInput>;

export const challengeStatus = z.enum(['draft', 'open', 'screening', 'closed', 'archived']);
export const confidentiality = z.enum(['public', 'nda', 'invite']);

export const challengeInput = z
	.object({
		corporateId: z.uuid(),
		hostCenterId: z.uuid().optional(),
		title: text(200).min(1),
		teaser: text(1000).default(''),
		details: text(20000).default(''),
		industries: codes('industries', 5).default([]),
		techTags: z.array(techTag).max(15).default([]),
		collaborationTypes: codes('collaborationTypes', 7).default([]),
		preferredStages: codes('stages', 7).default([]),
		regions: codes('regions', 17).default([]),
		confidentiality: confidentiality.default('public'),
		ndaTerms: text(10000).default(''),
		status: challengeStatus.default('draft'),
		closesAt: z.coerce.date().optional(),
		budgetMinKrw: optionalInt(0, 1_000_000_000_000),
		budgetMaxKrw: optionalInt(0, 1_000_000_000_000)
	})
	.refine(
		(c) => c.budgetMinKrw === undefined || c.budgetMaxKrw === undefined || c.budgetMinKrw <= c.budgetMaxKrw,
		{
			message: 'budget_order',
			path: ['budgetMaxKrw']
		}
	)
	.meta({ id: 'ChallengeInput' });
export type ChallengeInput = z.infer<typeof challengeInput>;

export const challengePatch = z
	.object({
		title: text(200).min(1),
		teaser: text(1000),
		details: text(20000),
		industries: codes('industries', 5),
		techTags: z.array(techTag).max(15),
		collaborationTypes: codes('collaborationTypes', 7),
		preferredStages: codes('stages', 7),
		regions: codes('regions', 17),
		confidentiality,
		ndaTerms: text(10000),
		status: challengeStatus,
		closesAt: z.coerce.date().nullable(),
		budgetMinKrw: z.number().int().min(0).nullable(),
		budgetMaxKrw: z.number().int().min(0).nullable(),
		/** Optimistic concurrency: the updatedAt the editor started from; a newer row is a 409. */
		expectedUpdatedAt: z.coerce.date()
	})
	.partial()
	.meta({ id: 'ChallengePatch' });
export type ChallengePatch = z.infer<typeof challengePatch>;

export const applicationInput = z
	.object({ startupId: z.uuid(), proposal: text(10000).min(1) })
	.meta({ id: 'ApplicationInput' });

export const applicationStatus = z.enum([
	'submitted',
	'shortlisted',
	'meetup',
	'poc',
	'contract',
	'declined',
	'withdrawn'
]);
export const declineReason = z.enum(['not_a_fit', 'too_early', 'budget', 'timing', 'duplicate', 'other']);

export const applicationUpdate = z
	.object({
		status: applicationStatus,
		reason: declineReason.optional(),
		note: optionalText(2000),
		/** The status the caller saw; a different current status is a 409 (stale change). */
		expectedStatus: applicationStatus.optional()
	})
	.refine((u) => u.status !== 'declined' || u.reason !== undefined, {
		message: 'reason_required',
		path: ['reason']
	})
	.meta({ id: 'ApplicationUpdate' });
export type ApplicationUpdate = z.infer<typeof applicationUpdate>;

export const catalogQuery = z.object({
	q: z.string().trim().max(200).default(''),
	industry: z.union([z.string(), z.array(z.string())]).optional(),
	region: z.union([z.string(), z.array(z.string())]).optional(),
	stage: z.union([z.string(), z.array(z.string())]).optional(),
	seeking: z.union([z.string(), z.array(z.string())]).optional(),
	tag: z.union([z.string(), z.array(z.string())]).optional(),
	collaborationType: z.union([z.string(), z.array(z.string())]).optional(),
	status: z.union([z.string(), z.array(z.string())]).optional(),
	sort: z.enum(['relevance', 'newest', 'deadline']).default('relevance'),
	page: z.coerce.number().int().min(1).max(1000).default(1),
	limit: z.coerce.number().int().min(1).max(100).default(20)
});
export type CatalogQuery = z.infer<typeof catalogQuery>;
