/** Shared by the reporting endpoints: private no-store JSON and spreadsheet downloads. */
import type { RequestEvent } from '@sveltejs/kit';
import { json } from './api';
import { seoulDate } from '$lib/server/reporting/period';

export const NO_STORE = { 'cache-control': 'private, no-store' };

export function privateJson(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
	return json(data, status, { ...NO_STORE, ...headers });
}

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file download named `<base>-<today in Seoul>.<ext>`. */
export function download(body: string | Buffer, base: string, ext: 'csv' | 'xlsx'): Response {
	const filename = `${base}-${seoulDate(new Date())}.${ext}`;
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: {
			...NO_STORE,
			'content-type': ext === 'csv' ? CSV_TYPE : XLSX_TYPE,
			'content-disposition': `attachment; filename="${filename}"`,
			'x-content-type-options': 'nosniff'
		}
	});
}

export const localeOf = (event: RequestEvent): 'ko' | 'en' => event.locals.locale ?? 'ko';
