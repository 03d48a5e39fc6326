import type { RequestHandler } from './$types';
import { revokeApiToken } from '$lib/server/auth/api-tokens';
import { notFound } from '$lib/server/errors';
import { api, requireApiUser } from '$lib/server/http/api';
import { tokenPath } from '$lib/server/openapi/schemas';
import { db } from '$lib/server/runtime';

/** Revokes one of the caller's own tokens; anyone else's, or an unknown id, is a plain 404. */
export const DELETE: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const path = tokenPath.safeParse(event.params);
	if (!path.success || !(await revokeApiToken(db(), user.id, path.data.id))) throw notFound();
	return new Response(null, { status: 204 });
});
