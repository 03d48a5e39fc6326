import { error, type RequestEvent } from '@sveltejs/kit';
import { accessTo } from '$lib/server/accounts/organizations';
import { canView, findOrganization } from '$lib/server/accounts/stats';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/runtime';

/**
 * The signed-in user's access to the organization in the URL, for its settings and members pages:
 * 404 when they may not even see it, 403 when they may see it but not act for it.
 */
export async function requireOrganizationAccess(event: RequestEvent<{ id: string }>) {
	const user = requireUser(event);
	const org = await findOrganization(db(), event.params.id);
	if (!org) error(404, 'Not found');
	const access = await accessTo(db(), user, org.id);
	if (!access) error((await canView(db(), user, org)) ? 403 : 404, 'Not found');
	return { user, org, access, canAdminister: access !== 'member' };
}
