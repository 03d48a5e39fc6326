import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { hostCenters } from '$lib/server/events/candidates';
import { createEvent } from '$lib/server/events/service';
import {
	createField,
	DEFAULT_EVENT_ZONE,
	failEventForm,
	invalidForm,
	readEventForm
} from '$lib/server/http/event-form';
import { pageViewer } from '$lib/server/http/floor-pages';
import { formValues } from '$lib/server/http/meetup-form';
import { db } from '$lib/server/runtime';
import { toLocalInput } from '$lib/zoned-time';
import { timeZoneChoices } from '../../settings/time-zones';

// Center managers (and admins) only: anyone else is told the page is not for them (403).
export const load = (async (event) => {
	const centers = await hostCenters(db(), await pageViewer(event));
	if (centers.length === 0) error(403, 'Forbidden');
	return {
		centers,
		zones: timeZoneChoices(DEFAULT_EVENT_ZONE),
		today: toLocalInput(new Date(), DEFAULT_EVENT_ZONE).slice(0, 10)
	};
}) satisfies PageServerLoad;

export const actions = {
	create: async (event) => {
		const viewer = await pageViewer(event);
		const values = formValues(await event.request.formData());
		const read = readEventForm(values, event.locals.locale);
		if ('errors' in read) return invalidForm('create', values, read.errors, event.locals.locale);
		let created;
		try {
			created = await createEvent(db(), viewer, read.data);
		} catch (e) {
			return failEventForm(e, event, 'create', values, createField);
		}
		redirect(303, `/events/${created.id}?created=1`);
	}
} satisfies Actions;
