import type { RequestHandler } from './$types';
import { api, readQuery } from '$lib/server/http/api';
import { apiViewer } from '$lib/server/http/meetup-api';
import { download, localeOf } from '$lib/server/http/report-api';
import { kpiColumns, kpiExportRows } from '$lib/server/reporting/exports';
import { kpiQuery } from '$lib/server/reporting/schema';
import { toCsv } from '$lib/server/reporting/spreadsheet';
import { db } from '$lib/server/runtime';

/** The KPIs by month and center (and nationally, for admins) as CSV (UTF-8 with BOM). */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const locale = localeOf(event);
	const rows = await kpiExportRows(db(), viewer, { ...readQuery(event, kpiQuery), locale });
	return download(toCsv(kpiColumns(locale), rows), 'kpis', 'csv');
});
