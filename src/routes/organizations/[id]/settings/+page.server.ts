import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { updateOrganizationInput } from '$lib/server/accounts/schema';
import { updateOrganization } from '$lib/server/accounts/organizations';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { db } from '$lib/server/runtime';
import { requireOrganizationAccess } from '../access.server';

export const load = (async (event) => {
	const { org, access } = await requireOrganizationAccess(event);
	return { org, access };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { user, org } = await requireOrganizationAccess(event);
		const parsed = await parseForm(event, updateOrganizationInput);
		if ('failure' in parsed) return parsed.failure;
		try {
			await updateOrganization(db(), user, org.id, parsed.data);
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		redirect(303, `/organizations/${org.id}?saved=1`);
	}
} satisfies Actions;
