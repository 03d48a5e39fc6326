import type { RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { DomainError } from '$lib/server/errors';
import { IMPORT_FIELDS, type ColumnMapping } from '$lib/server/imports/fields';
import { MAX_IMPORT_BYTES } from '$lib/server/imports/read';

/** Room for the multipart envelope around the file (boundaries, headers, the other fields). */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** A field → column mapping as sent by a form (`map.<field>` = column index or '') or as JSON. */
export const columnMapping = z
	.object(
		Object.fromEntries(IMPORT_FIELDS.map((f) => [f, z.coerce.number().int().min(0).max(99).optional()]))
	)
	.strict() as unknown as z.ZodType<ColumnMapping>;

export const importVisibility = z.enum(['public', 'members', 'private']).default('members');

/**
 * The uploaded file of an import: a multipart form's `file` field, or the raw body (text/csv or the
 * XLSX media type) with the name in `?fileName=`. A body announcing more than the limit is refused
 * unread (413); whether it is CSV or XLSX is judged later from the bytes.
 */
export async function readImportUpload(
	event: RequestEvent
): Promise<{ name: string; bytes: Uint8Array; form?: FormData }> {
	const declared = Number(event.request.headers.get('content-length') ?? 0);
	if (declared > MAX_IMPORT_BYTES + MULTIPART_OVERHEAD_BYTES)
		throw new DomainError('import_too_large', 413, 'file');
	const type = event.request.headers.get('content-type') ?? '';
	if (/^multipart\/form-data/i.test(type)) {
		let form: FormData;
		try {
			form = await event.request.formData();
		} catch {
			throw new DomainError('import_unsupported_file', 415, 'file');
		}
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) throw new DomainError('import_empty', 422, 'file');
		return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), form };
	}
	const bytes = new Uint8Array(await event.request.arrayBuffer());
	return { name: event.url.searchParams.get('fileName') ?? 'upload', bytes };
}
