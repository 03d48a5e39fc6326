import { error, type RequestEvent } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { DomainError } from '$lib/server/errors';
import { requireCenterManager } from '$lib/server/imports/service';
import { db } from '$lib/server/runtime';

/** The center in the URL and the viewer, for its managers and admins only (404 / 403 otherwise). */
export async function requireImportAccess(event: RequestEvent<{ id: string }>) {
	const user = requireUser(event);
	const viewer = await loadViewer(db(), user);
	try {
		return { user, viewer, center: await requireCenterManager(db(), viewer, event.params.id) };
	} catch (e) {
		if (e instanceof DomainError) error(e.status, e.status === 404 ? 'Not found' : 'Forbidden');
		throw e;
	}
}
