import type { z } from 'zod';
import type { RequestHandler } from './$types';
import { getMe } from '$lib/server/accounts/users';
import { api, json, requireApiUser } from '$lib/server/http/api';
import type { me } from '$lib/server/openapi/schemas';
import { db } from '$lib/server/runtime';

export const GET: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	return json((await getMe(db(), user)) satisfies z.output<typeof me>);
});
