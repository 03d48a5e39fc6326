import type { PageServerLoad } from './$types';
import { getMe } from '$lib/server/accounts/users';
import { listStewardedOrganizations } from '$lib/server/accounts/stats';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/runtime';

export const load = (async (event) => {
	const user = requireUser(event);
	const [me, stewarded] = await Promise.all([getMe(db(), user), listStewardedOrganizations(db(), user.id)]);
	return { memberships: me.memberships, stewarded };
}) satisfies PageServerLoad;
