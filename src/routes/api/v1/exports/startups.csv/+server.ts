import type { RequestHandler } from './$types';
import { api, readQuery } from '$lib/server/http/api';
import { apiViewer } from '$lib/server/http/meetup-api';
import { download, localeOf } from '$lib/server/http/report-api';
import { startupColumns, startupExportRows } from '$lib/server/reporting/exports';
import { catalogExportQuery } from '$lib/server/reporting/schema';
import { toCsv } from '$lib/server/reporting/spreadsheet';
import { db } from '$lib/server/runtime';

/** The startups of the caller's centers (all, for admins) as CSV (UTF-8 with BOM). */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const rows = await startupExportRows(db(), viewer, readQuery(event, catalogExportQuery));
	return download(toCsv(startupColumns(localeOf(event)), rows), 'startups', 'csv');
});
