import type { PageServerLoad } from './$types';
import { requireAdmin } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { loadKpiPage } from '$lib/server/http/kpi-pages';
import { db } from '$lib/server/runtime';

// The national report, printable (admins).
export const load = (async (event) => {
	const admin = requireAdmin(event);
	return loadKpiPage(event, await loadViewer(db(), admin), undefined);
}) satisfies PageServerLoad;
