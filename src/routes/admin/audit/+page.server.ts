import type { PageServerLoad } from './$types';
import { requireAdmin } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { loadAuditPage } from '$lib/server/http/audit-pages';
import { db } from '$lib/server/runtime';

// The whole platform's audit log (admins).
export const load = (async (event) => {
	const admin = requireAdmin(event);
	return loadAuditPage(event, await loadViewer(db(), admin), undefined);
}) satisfies PageServerLoad;
