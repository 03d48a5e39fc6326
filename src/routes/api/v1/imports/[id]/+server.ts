import type { RequestHandler } from './$types';
import { loadViewer } from '$lib/server/catalog/viewer';
import { notFound } from '$lib/server/errors';
import { api, json, requireApiUser } from '$lib/server/http/api';
import { importJobDocument } from '$lib/server/imports/document';
import { getImportJob } from '$lib/server/imports/service';
import { pathParams } from '$lib/server/http/meetup-api';
import { idPath } from '$lib/server/openapi/catalog-requests';
import { db } from '$lib/server/runtime';

/** An import job: status, progress, counts and its report (its center's managers and admins). */
export const GET: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const { id } = pathParams(event, idPath);
	const job = await getImportJob(db(), await loadViewer(db(), user), id);
	if (!job) throw notFound();
	return json(importJobDocument(job, event.locals.locale ?? 'ko'), 200, { 'cache-control': 'no-store' });
});
