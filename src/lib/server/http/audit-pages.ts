/**
 * What the audit-log pages load: the filters from the URL (a GET form, so it works without JavaScript),
 * then `listAuditLog`, which decides what the viewer may read. A malformed filter shows the unfiltered
 * log with a note rather than an error page.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import type { Viewer } from '$lib/server/catalog/viewer';
import { listAuditLog } from '$lib/server/reporting/audit-log';
import { auditQuery } from '$lib/server/reporting/schema';
import { db } from '$lib/server/runtime';
import { loadOr404 } from './catalog-pages';

const PAGE_SIZE = 50;
const FILTERS = ['action', 'subjectType', 'from', 'to'] as const;
export type AuditFilters = Partial<Record<(typeof FILTERS)[number], string>>;

/** One page of the log of a center (its managers, admins; else 404) or of everything (admins). */
export async function loadAuditPage(event: RequestEvent, viewer: Viewer, centerId: string | undefined) {
	const filters: AuditFilters = {};
	for (const key of FILTERS) {
		const value = event.url.searchParams.get(key)?.trim();
		if (value) filters[key] = value;
	}
	const page = event.url.searchParams.get('page') ?? undefined;
	const parsed = auditQuery.safeParse({ ...filters, page, centerId, limit: PAGE_SIZE });
	const query = parsed.success ? parsed.data : { centerId, page: 1, limit: PAGE_SIZE };
	const log = await loadOr404(() => listAuditLog(db(), viewer, query));
	const center = centerId
		? await db()
				.selectFrom('organizations')
				.select(['id', 'name', 'nameEn'])
				.where('id', '=', centerId)
				.where('kind', '=', 'center')
				.executeTakeFirst()
		: null;
	if (center === undefined) error(404, 'Not found');
	return {
		...log,
		center,
		filters: parsed.success ? filters : {},
		invalid: !parsed.success,
		timeZone: viewer.user?.timeZone ?? 'Asia/Seoul'
	};
}
