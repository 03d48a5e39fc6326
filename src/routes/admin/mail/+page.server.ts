import type { PageServerLoad } from './$types';
import { listQuery } from '$lib/server/accounts/schema';
import { listMailOutbox } from '$lib/server/accounts/stats';
import { requireAdmin } from '$lib/server/auth/guards';
import { db } from '$lib/server/runtime';

// Reset and invitation mail is readable here when no SMTP server is configured; admins only.
export const load = (async (event) => {
	const admin = requireAdmin(event);
	const parsed = listQuery.safeParse({ limit: 25, ...Object.fromEntries(event.url.searchParams) });
	const outbox = await listMailOutbox(db(), parsed.success ? parsed.data : { page: 1, limit: 25 });
	return { ...outbox, timeZone: admin.timeZone };
}) satisfies PageServerLoad;
