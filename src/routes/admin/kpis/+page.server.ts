import type { PageServerLoad } from './$types';
import { requireAdmin } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { centerTotals, loadKpiPage } from '$lib/server/http/kpi-pages';
import { db } from '$lib/server/runtime';

// The national roll-up (admins): the report without a center, and every center's totals beside it.
export const load = (async (event) => {
	const admin = requireAdmin(event);
	const page = await loadKpiPage(event, await loadViewer(db(), admin), undefined);
	return { ...page, centers: await centerTotals(page.range.fromDate, page.range.toDate) };
}) satisfies PageServerLoad;
