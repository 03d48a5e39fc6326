import { z } from 'zod';
import type { RequestHandler } from './$types';
import { loadViewer } from '$lib/server/catalog/viewer';
import { api, json, readQuery, requireApiUser } from '$lib/server/http/api';
import { ApiProblem, STATUS_TITLES } from '$lib/server/http/problem';
import { columnMapping, importVisibility, readImportUpload } from '$lib/server/http/import-upload';
import { importJobDocument } from '$lib/server/imports/document';
import { suggestMapping } from '$lib/server/imports/fields';
import { startImport } from '$lib/server/imports/run';
import { dryRunImport, uploadImport } from '$lib/server/imports/service';
import { db } from '$lib/server/runtime';

const query = z.object({
	centerId: z.uuid(),
	dryRun: z.enum(['true', 'false']).default('true'),
	visibility: importVisibility,
	fileName: z.string().max(255).optional(),
	mapping: z.string().max(2000).optional()
});

function parseMapping(text: string | undefined) {
	if (text === undefined) return undefined;
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		throw new ApiProblem(422, {
			title: STATUS_TITLES[422]!,
			detail: 'mapping: not JSON',
			errors: { mapping: ['JSON'] }
		});
	}
	const parsed = columnMapping.safeParse(raw);
	if (!parsed.success)
		throw new ApiProblem(422, {
			title: STATUS_TITLES[422]!,
			detail: 'mapping: field → column index',
			errors: { mapping: ['invalid'] }
		});
	return parsed.data;
}

/**
 * Imports startups from a CSV or XLSX body (raw, or multipart with `file` and `mapping`): a dry run
 * (200, the report; the default) or the run itself (202; follow it at GET /api/v1/imports/{id}).
 */
export const POST: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const q = readQuery(event, query);
	const viewer = await loadViewer(db(), user);
	const upload = await readImportUpload(event);
	const formMapping = upload.form?.get('mapping');
	const mapping = parseMapping(typeof formMapping === 'string' ? formMapping : q.mapping);
	const job = await uploadImport(db(), viewer, q.centerId, upload);
	const checked = await dryRunImport(db(), viewer, job.id, {
		mapping: mapping ?? suggestMapping(job.headers as string[]),
		visibility: q.visibility
	});
	const locale = event.locals.locale ?? 'ko';
	if (q.dryRun === 'true')
		return json(importJobDocument(checked, locale), 200, { 'cache-control': 'no-store' });
	const { job: running, finished } = await startImport(db(), viewer, job.id);
	finished.catch(() => undefined);
	return json(importJobDocument(running, locale), 202, {
		location: `/api/v1/imports/${running.id}`,
		'cache-control': 'no-store'
	});
});
