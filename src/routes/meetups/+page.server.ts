import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { listMeetupTab, MEETUP_TABS } from '$lib/server/meetups/views';
import { db } from '$lib/server/runtime';

const listQuery = z.object({
	tab: z.enum(MEETUP_TABS).catch('upcoming'),
	page: z.coerce.number().int().min(1).max(1000).catch(1)
});

// The meetups of the viewer's organizations and of those their centers steward (the service's scope).
export const load = (async (event) => {
	const user = requireUser(event);
	const query = listQuery.parse(Object.fromEntries(event.url.searchParams));
	event.depends('app:meetups');
	const viewer = await loadViewer(db(), user);
	const list = await listMeetupTab(db(), viewer, query.tab, query.page, new Date());
	return {
		...list,
		tab: query.tab,
		timeZone: user.timeZone,
		hasOrganizations: viewer.organizationIds.length > 0
	};
}) satisfies PageServerLoad;
