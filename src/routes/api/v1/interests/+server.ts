import type { z } from 'zod';
import type { RequestHandler } from './$types';
import { loadViewer } from '$lib/server/catalog/viewer';
import { api, json, readJson, requireApiUser } from '$lib/server/http/api';
import { interestInput } from '$lib/server/matching/schema';
import { setInterest } from '$lib/server/matching/service';
import type { interestResult } from '$lib/server/openapi/paths/matching';
import { db } from '$lib/server/runtime';

/** Records a stance of one of the caller's organizations; answers whether the pair is now mutual. */
export const PUT: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const input = await readJson(event, interestInput);
	const result = await setInterest(db(), await loadViewer(db(), user), input);
	return json(result satisfies z.output<typeof interestResult>, 200, {
		'cache-control': 'private, no-store'
	});
});
