import type { z } from 'zod';
import type { RequestHandler } from './$types';
import { taxonomy, type TaxonomyEntry } from '$lib/taxonomy';
import { api, json } from '$lib/server/http/api';
import type { taxonomyResponse } from '$lib/server/openapi/schemas';

const entries = (list: readonly TaxonomyEntry[]) => list.map(({ code, ko, en }) => ({ code, ko, en }));

const body = {
	industries: entries(taxonomy.industries),
	stages: entries(taxonomy.stages),
	regions: entries(taxonomy.regions),
	seeking: entries(taxonomy.seeking),
	collaborationTypes: entries(taxonomy.collaborationTypes)
} satisfies z.output<typeof taxonomyResponse>;

// Fixed for the life of a deployment, so clients and proxies may keep it an hour.
export const GET: RequestHandler = api(async () =>
	json(body, 200, { 'cache-control': 'public, max-age=3600' })
);
