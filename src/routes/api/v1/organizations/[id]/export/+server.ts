import type { RequestHandler } from './$types';
import { api, json, requireApiUser } from '$lib/server/http/api';
import { pathParams } from '$lib/server/http/meetup-api';
import { exportFileName, exportOrganization } from '$lib/server/accounts/export';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { db } from '$lib/server/runtime';

/** Everything the organization's data holds, as one JSON download for its owners. */
export const GET: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const { id } = pathParams(event, idPath);
	const now = new Date();
	const body = await exportOrganization(db(), user, id, now);
	return json(body, 200, {
		'cache-control': 'private, no-store',
		'content-disposition': `attachment; filename="${exportFileName(body.organization, now)}"`
	});
});
