import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { DomainError } from '$lib/server/errors';
import { domainMessage } from '$lib/server/http/messages';
import { importVisibility } from '$lib/server/http/import-upload';
import { importJobDocument } from '$lib/server/imports/document';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '$lib/server/imports/fields';
import { listImportedStartups } from '$lib/server/imports/queries';
import { startImport } from '$lib/server/imports/run';
import { dryRunImport, getImportJob } from '$lib/server/imports/service';
import { db } from '$lib/server/runtime';
import { requireImportAccess } from '../access.server';

async function jobOf(event: RequestEvent<{ id: string; jobId: string }>) {
	const access = await requireImportAccess(event);
	const job = await getImportJob(db(), access.viewer, event.params.jobId);
	if (!job || job.centerId !== access.center.id) error(404, 'Not found');
	return { ...access, job };
}

export const load = (async (event) => {
	const { center, job } = await jobOf(event);
	return {
		center,
		job: importJobDocument(job, event.locals.locale),
		preview: job.preview as { row: number; cells: string[] }[],
		fields: IMPORT_FIELDS,
		created: job.status === 'done' ? await listImportedStartups(db(), job.id) : []
	};
}) satisfies PageServerLoad;

/** The form sends one select per column (`col.<index>` = field or ''); the job keeps field → column. */
function mappingFrom(form: FormData): ColumnMapping {
	const mapping: ColumnMapping = {};
	for (const [key, value] of form) {
		const index = /^col\.(\d{1,2})$/.exec(key)?.[1];
		if (index === undefined || typeof value !== 'string' || value === '') continue;
		if (!(IMPORT_FIELDS as readonly string[]).includes(value) || mapping[value as ImportField] !== undefined)
			throw new DomainError('import_mapping_invalid', 422, 'mapping');
		mapping[value as ImportField] = Number(index);
	}
	return mapping;
}

function failWith(e: unknown, locale: 'ko' | 'en') {
	if (!(e instanceof DomainError)) throw e;
	return fail(e.status, { message: domainMessage(e, locale) });
}

export const actions = {
	check: async (event) => {
		const { viewer, job } = await jobOf(event);
		const form = await event.request.formData();
		try {
			const visibility = importVisibility.safeParse(form.get('visibility') ?? undefined);
			await dryRunImport(db(), viewer, job.id, {
				mapping: mappingFrom(form),
				visibility: visibility.success ? visibility.data : 'members'
			});
		} catch (e) {
			return failWith(e, event.locals.locale);
		}
		return { checked: true };
	},
	run: async (event) => {
		const { viewer, job } = await jobOf(event);
		try {
			// Off the request path: the page follows the job (live, or by reloading without JavaScript).
			const { finished } = await startImport(db(), viewer, job.id);
			finished.catch(() => undefined);
		} catch (e) {
			return failWith(e, event.locals.locale);
		}
		return { started: true };
	}
} satisfies Actions;
