import type { LayoutServerLoad } from './$types';
import { db, runtime } from '$lib/server/runtime';
import { getMe } from '$lib/server/accounts/users';

// Display facts only (who is signed in, in which organizations). Every page checks its own
// authorization in its own load; a layout load can be skipped.
export const load = (async ({ locals }) => {
	const me = locals.user ? await getMe(db(), locals.user) : undefined;
	return {
		user: locals.user && {
			id: locals.user.id,
			name: locals.user.name,
			email: locals.user.email,
			isAdmin: locals.user.isAdmin
		},
		memberships: me?.memberships ?? [],
		locale: locals.locale,
		demoLoaded: runtime().demoLoaded
	};
}) satisfies LayoutServerLoad;
