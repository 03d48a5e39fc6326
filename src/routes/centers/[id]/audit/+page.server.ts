import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { loadAuditPage } from '$lib/server/http/audit-pages';
import { idParam } from '$lib/server/http/catalog-pages';
import { db } from '$lib/server/runtime';

// What happened in a center: its managers and admins (anyone else, and unknown centers: 404).
export const load = (async (event) => {
	const user = requireUser(event);
	const centerId = idParam(event.params.id);
	return loadAuditPage(event, await loadViewer(db(), user), centerId);
}) satisfies PageServerLoad;
