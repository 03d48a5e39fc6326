import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam } from '$lib/server/http/catalog-pages';
import { loadKpiPage } from '$lib/server/http/kpi-pages';
import { db } from '$lib/server/runtime';

// A center's KPI dashboard: its managers and admins (anyone else, and a center that does not exist: 404).
export const load = (async (event) => {
	const user = requireUser(event);
	const centerId = idParam(event.params.id);
	return loadKpiPage(event, await loadViewer(db(), user), centerId);
}) satisfies PageServerLoad;
