import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { DomainError } from '$lib/server/errors';
import { domainMessage } from '$lib/server/http/messages';
import { readImportUpload } from '$lib/server/http/import-upload';
import { listImportJobsByCenter } from '$lib/server/imports/queries';
import { uploadImport } from '$lib/server/imports/service';
import { db } from '$lib/server/runtime';
import { requireImportAccess } from './access.server';

export const load = (async (event) => {
	const { center } = await requireImportAccess(event);
	const jobs = await listImportJobsByCenter(db(), center.id);
	return {
		center,
		jobs: jobs.map((j) => ({
			id: j.id,
			fileName: j.fileName,
			status: j.status,
			totalRows: j.totalRows,
			createdCount: j.createdCount,
			createdAt: j.createdAt
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	upload: async (event) => {
		const { viewer, center } = await requireImportAccess(event);
		let jobId: string;
		try {
			const file = await readImportUpload(event);
			jobId = (await uploadImport(db(), viewer, center.id, file)).id;
		} catch (e) {
			if (!(e instanceof DomainError)) throw e;
			const message = domainMessage(e, event.locals.locale);
			return fail(e.status, { values: {}, errors: { file: [message] }, message });
		}
		redirect(303, `/centers/${center.id}/imports/${jobId}`);
	}
} satisfies Actions;
