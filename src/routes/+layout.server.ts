import type { LayoutServerLoad } from './$types';
import { db, runtime } from '$lib/server/runtime';
import { getMe } from '$lib/server/accounts/users';
import { countUnread } from '$lib/server/notifications/inbox';

// Display facts only (who is signed in, in which organizations). Every page checks its own
// authorization in its own load; a layout load can be skipped.
export const load = (async ({ locals }) => {
	const [me, unreadNotifications] = locals.user
		? await Promise.all([getMe(db(), locals.user), countUnread(db(), locals.user.id)])
		: [undefined, 0];
	return {
		user: locals.user && {
			id: locals.user.id,
			name: locals.user.name,
			email: locals.user.email,
			isAdmin: locals.user.isAdmin
		},
		memberships: me?.memberships ?? [],
		locale: locals.locale,
		demoLoaded: runtime().demoLoaded,
		// The header badge's starting count; it then follows `notification:created` live. A new object
		// at every load, so the badge resets to the stored count even when the number is the same.
		notifications: { unread: unreadNotifications, countedAt: Date.now() }
	};
}) satisfies LayoutServerLoad;
