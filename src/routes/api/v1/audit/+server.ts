import type { RequestHandler } from './$types';
import { api, readQuery } from '$lib/server/http/api';
import { apiViewer } from '$lib/server/http/meetup-api';
import { privateJson } from '$lib/server/http/report-api';
import { listAuditLog } from '$lib/server/reporting/audit-log';
import { auditQuery } from '$lib/server/reporting/schema';
import { db } from '$lib/server/runtime';

/** The audit log: everything for admins, their centers' for managers, 403 for anyone else. */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	return privateJson(await listAuditLog(db(), viewer, readQuery(event, auditQuery)));
});
