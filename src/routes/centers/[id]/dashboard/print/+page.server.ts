import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam } from '$lib/server/http/catalog-pages';
import { loadKpiPage } from '$lib/server/http/kpi-pages';
import { db } from '$lib/server/runtime';

// The dashboard's printable report: the same figures, access and period as the dashboard.
export const load = (async (event) => {
	const user = requireUser(event);
	const centerId = idParam(event.params.id);
	return loadKpiPage(event, await loadViewer(db(), user), centerId);
}) satisfies PageServerLoad;
