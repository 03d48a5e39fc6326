import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { loadViewer } from '$lib/server/catalog/viewer';
import { failFromDomain } from '$lib/server/http/form';
import { formValues } from '$lib/server/http/meetup-form';
import { getAvailability, setAvailability } from '$lib/server/meetups/availability-service';
import { db } from '$lib/server/runtime';
import { timeZoneChoices } from '../../../settings/time-zones';
import { requireOrganizationAccess } from '../access.server';
import { readAvailability } from './read-availability.server';

// For those who act for the organization (members, its stewarding center's managers, admins); only
// startups and corporates take meetups, so a center has no such page.
export const load = (async (event) => {
	const { user, org, access } = await requireOrganizationAccess(event);
	if (org.kind !== 'startup' && org.kind !== 'corporate') error(404, 'Not found');
	const availability = await getAvailability(db(), await loadViewer(db(), user), org.id);
	if (!availability) error(404, 'Not found');
	return {
		org: { id: org.id, kind: org.kind, name: org.name, nameEn: org.nameEn },
		access,
		availability,
		zones: timeZoneChoices(availability.timeZone),
		timeZone: user.timeZone,
		saved: event.url.searchParams.has('saved')
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { user, org } = await requireOrganizationAccess(event);
		const values = formValues(await event.request.formData());
		const locale = event.locals.locale;
		const read = readAvailability(values, locale);
		if ('errors' in read)
			return fail(400, { values, errors: read.errors, message: m.form_invalid({}, { locale }) });
		let saved;
		try {
			saved = await setAvailability(db(), await loadViewer(db(), user), org.id, read.data);
		} catch (e) {
			return failFromDomain(e, event, values);
		}
		if (!saved) error(404, 'Not found');
		redirect(303, `/organizations/${org.id}/availability?saved=1`);
	}
} satisfies Actions;
