import type { z } from 'zod';
import type { RequestHandler } from './$types';
import { createOrganizationInput, organizationsQuery } from '$lib/server/accounts/schema';
import { createOrganization, listOrganizations } from '$lib/server/accounts/organizations';
import { api, json, readJson, readQuery, requireApiUser } from '$lib/server/http/api';
import type { organization, organizationPage } from '$lib/server/openapi/schemas';
import { db } from '$lib/server/runtime';

type Kind = z.output<typeof organization>['kind'];

/** A startup or corporate; the caller becomes its owner, or the named center its steward. */
export const POST: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const input = await readJson(event, createOrganizationInput);
	const org = await createOrganization(db(), user, input);
	const body = { ...org, kind: org.kind as Kind, createdAt: org.createdAt.toISOString() } satisfies z.output<
		typeof organization
	>;
	return json(body, 201);
});

/** What the caller may see; anonymous callers see public profiles only. */
export const GET: RequestHandler = api(async (event) => {
	const query = readQuery(event, organizationsQuery);
	const page = await listOrganizations(db(), event.locals.user, query);
	const body = {
		...page,
		hits: page.hits.map((hit) => ({ ...hit, kind: hit.kind as Kind }))
	} satisfies z.output<typeof organizationPage>;
	return json(body);
});
