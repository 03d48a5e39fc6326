import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createOrganizationInput } from '$lib/server/accounts/schema';
import { createOrganization } from '$lib/server/accounts/organizations';
import { listStewardableCenters } from '$lib/server/accounts/stats';
import { requireUser } from '$lib/server/auth/guards';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { joinUserSockets } from '$lib/server/realtime/emit';
import { db } from '$lib/server/runtime';

export const load = (async (event) => {
	const user = requireUser(event);
	const steward = event.url.searchParams.has('steward');
	return {
		welcome: event.url.searchParams.has('welcome'),
		steward,
		// Only centers this user manages; the service checks again when the form is sent.
		centers: steward ? await listStewardableCenters(db(), user) : []
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event, createOrganizationInput);
		if ('failure' in parsed) return parsed.failure;
		let org: { id: string; stewardCenterId: string | null };
		try {
			org = await createOrganization(db(), user, parsed.data);
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		if (org.stewardCenterId) {
			// Registered for a company: the next step is inviting its people to claim it.
			redirect(303, `/organizations/${org.id}/members?created=1`);
		}
		joinUserSockets(user.id, `org:${org.id}`);
		redirect(303, `/organizations/${org.id}?created=1`);
	}
} satisfies Actions;
