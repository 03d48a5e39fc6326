import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { listStewardableCenters } from '$lib/server/accounts/stats';
import { requireUser } from '$lib/server/auth/guards';
import { createStartup } from '$lib/server/catalog/startups';
import { loadViewer } from '$lib/server/catalog/viewer';
import { readListFields, withLists } from '$lib/server/http/catalog-pages';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { joinUserSockets } from '$lib/server/realtime/emit';
import { db } from '$lib/server/runtime';
import { startupCreateForm } from '../startup-form';

export const load = (async (event) => {
	const user = requireUser(event);
	const viewer = await loadViewer(db(), user);
	// Centers this person manages may register a startup they discovered; the service checks again.
	const centers =
		viewer.managedCenterIds.length > 0 || user.isAdmin ? await listStewardableCenters(db(), user) : [];
	return { centers, forCenter: event.url.searchParams.get('center') ?? '' };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const user = requireUser(event);
		const lists = await readListFields(event);
		const parsed = await parseForm(event, startupCreateForm);
		if ('failure' in parsed) return withLists(parsed.failure, lists);
		let id: string;
		try {
			({ id } = await createStartup(db(), await loadViewer(db(), user), parsed.data));
		} catch (e) {
			return withLists(failFromDomain(e, event, parsed.values), lists);
		}
		// Its owner's open sockets join the new organization's room, so live updates reach them at once.
		if (!parsed.data.centerId) joinUserSockets(user.id, `org:${id}`);
		redirect(303, `/startups/${id}?created=1`);
	}
} satisfies Actions;
