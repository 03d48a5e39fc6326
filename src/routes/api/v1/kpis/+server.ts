import type { RequestHandler } from './$types';
import { api, readQuery } from '$lib/server/http/api';
import { apiViewer, found } from '$lib/server/http/meetup-api';
import { privateJson } from '$lib/server/http/report-api';
import { computeKpis } from '$lib/server/reporting/kpis';
import { kpiQuery } from '$lib/server/reporting/schema';
import { db } from '$lib/server/runtime';

/** A center's KPIs (its managers, admins) or the national roll-up (admins), with months and insights. */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const query = readQuery(event, kpiQuery);
	return privateJson(found(await computeKpis(db(), viewer, query)));
});
