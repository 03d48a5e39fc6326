import 'zod-openapi'; // types the OpenAPI keys (`id`, `param`, …) of `.meta()`
import { z } from 'zod';
import { organizationKind } from '$lib/server/accounts/schema';

/*
 * Response shapes of the v1 API. The request schemas live beside their services (accounts/schema.ts)
 * and validate the requests; these describe what comes back. Handlers type their bodies with
 * `satisfies z.output<typeof …>`, so the document cannot drift from what the code sends.
 */

export const timestamp = z.iso
	.datetime({ offset: true })
	.meta({ description: 'ISO 8601 timestamp with offset.', example: '2026-03-02T09:30:00.000Z' });

/** RFC 9457: the body of every error response. */
export const problem = z
	.object({
		type: z
			.string()
			.meta({ description: 'A URI naming the kind of problem; `about:blank` when the status says it all.' }),
		title: z.string().meta({ description: 'A short summary of the status.' }),
		status: z.int().meta({ description: 'The HTTP status code.' }),
		detail: z
			.string()
			.optional()
			.meta({ description: "What went wrong, in the caller's language (ko or en)." }),
		errors: z
			.record(z.string(), z.array(z.string()))
			.optional()
			.meta({ description: 'Messages per request field (dotted path), for 409 and 422.' })
	})
	.meta({ id: 'Problem', description: 'An RFC 9457 problem document.' });

/** The envelope of every paged list. */
export function page<T extends z.ZodType>(item: T, id: string) {
	return z
		.object({
			hits: z.array(item),
			total: z.int().min(0).meta({ description: 'Matches across all pages.' }),
			page: z.int().min(1),
			limit: z.int().min(1).max(100)
		})
		.meta({ id });
}

export const createdUser = z
	.object({
		id: z.uuid(),
		email: z.email(),
		name: z.string(),
		locale: z.enum(['ko', 'en'])
	})
	.meta({ id: 'CreatedUser' });

export const createdToken = z
	.object({
		token: z.string().meta({ description: 'Shown once; send it as `Authorization: Bearer <token>`.' }),
		id: z.string().meta({ description: 'Names the token for `DELETE /tokens/{id}`.' }),
		expiresAt: timestamp
	})
	.meta({ id: 'CreatedToken' });

export const tokenPath = z.object({
	id: z
		.string()
		.regex(/^[a-z2-9]{24}$/)
		.meta({ description: 'The `id` returned when the token was created.' })
});

export const me = z
	.object({
		user: z.object({
			id: z.uuid(),
			email: z.email(),
			name: z.string(),
			locale: z.enum(['ko', 'en']),
			timeZone: z.string().meta({ description: 'IANA time zone, e.g. Asia/Seoul.' }),
			isAdmin: z.boolean()
		}),
		memberships: z.array(
			z.object({
				organization: z.object({
					id: z.uuid(),
					kind: organizationKind,
					name: z.string(),
					nameEn: z.string().nullable()
				}),
				role: z.enum(['owner', 'member'])
			})
		)
	})
	.meta({ id: 'Me' });

export const organization = z
	.object({
		id: z.uuid(),
		kind: organizationKind,
		name: z.string(),
		nameEn: z.string().nullable(),
		region: z.string().nullable().meta({ description: 'A `regions` code from `GET /taxonomy`.' }),
		website: z.string().nullable(),
		description: z.string(),
		stewardCenterId: z
			.uuid()
			.nullable()
			.meta({ description: 'The center managing the profile until the company claims it.' }),
		createdAt: timestamp
	})
	.meta({ id: 'Organization' });

export const organizationHit = z
	.object({
		id: z.uuid(),
		kind: organizationKind,
		name: z.string(),
		nameEn: z.string().nullable(),
		region: z.string().nullable()
	})
	.meta({ id: 'OrganizationHit' });

export const organizationPage = page(organizationHit, 'OrganizationPage');

const taxonomyEntry = z
	.object({ code: z.string(), ko: z.string(), en: z.string() })
	.meta({ id: 'TaxonomyEntry', description: 'A stable code and its display labels.' });

export const taxonomyResponse = z
	.object({
		industries: z.array(taxonomyEntry),
		stages: z.array(taxonomyEntry).meta({ description: 'Youngest first.' }),
		regions: z.array(taxonomyEntry),
		seeking: z.array(taxonomyEntry).meta({ description: 'What a startup looks for.' }),
		collaborationTypes: z
			.array(taxonomyEntry)
			.meta({ description: 'What a corporate offers in a challenge.' })
	})
	.meta({ id: 'Taxonomy' });
