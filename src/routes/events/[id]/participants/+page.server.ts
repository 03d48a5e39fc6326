import { z } from 'zod';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { searchCandidates } from '$lib/server/events/candidates';
import {
	addParticipant,
	listParticipants,
	removeParticipant,
	setAvailability
} from '$lib/server/events/participants';
import { getEvent } from '$lib/server/events/service';
import { idParam } from '$lib/server/http/catalog-pages';
import { readWindowsForm, windowFormField, windowValues } from '$lib/server/http/event-availability-form';
import { failEventForm, invalidForm } from '$lib/server/http/event-form';
import { pageOrError, pageViewer } from '$lib/server/http/floor-pages';
import { formValues } from '$lib/server/http/meetup-form';
import { fieldErrors } from '$lib/server/http/messages';
import { db } from '$lib/server/runtime';
import { displayName } from '$lib/components/lang';

const query = z.object({
	q: z.string().trim().max(100).catch(''),
	edit: z.uuid().optional().catch(undefined)
});
const orgForm = z.object({ organizationId: z.uuid() });

// Managers see everyone with their times and may add, remove and set times; participants see who
// takes part and set their own times (listParticipants decides what each may see).
export const load = (async (event) => {
	const viewer = await pageViewer(event);
	const id = idParam(event.params.id);
	const { q, edit } = query.parse(Object.fromEntries(event.url.searchParams));
	const [day, participants] = await pageOrError(() =>
		Promise.all([getEvent(db(), viewer, id), listParticipants(db(), viewer, id)])
	);
	const manages = day.viewer.manages;
	const editable = participants.filter((p) =>
		manages ? p.organizationId === edit : day.viewer.participantIds.includes(p.organizationId)
	);
	return {
		participants,
		q,
		candidates: manages && q ? await searchCandidates(db(), viewer, id, q) : [],
		// The availability forms shown, with the values of what was stated.
		forms: editable.map((p) => ({ participant: p, values: windowValues(p.availability, day) }))
	};
}) satisfies PageServerLoad;

/** The organization a participants form is about, or the form's failure. */
async function orgAction(event: RequestEvent, action: string) {
	const values = formValues(await event.request.formData());
	const parsed = orgForm.safeParse(values);
	if (!parsed.success)
		return {
			values,
			failure: invalidForm(
				action,
				values,
				fieldErrors(parsed.error, event.locals.locale),
				event.locals.locale
			)
		};
	return { values, organizationId: parsed.data.organizationId };
}

export const actions = {
	add: async (event) => {
		const read = await orgAction(event, 'add');
		if (read.failure) return read.failure;
		try {
			const added = await addParticipant(db(), await pageViewer(event), idParam(event.params.id), {
				organizationId: read.organizationId
			});
			return { action: 'add', done: displayName(added, event.locals.locale) };
		} catch (e) {
			return failEventForm(e, event, 'add', read.values);
		}
	},
	remove: async (event) => {
		const read = await orgAction(event, 'remove');
		if (read.failure) return read.failure;
		try {
			await removeParticipant(db(), await pageViewer(event), idParam(event.params.id), read.organizationId);
			return { action: 'remove', done: read.values.name ?? '' };
		} catch (e) {
			return failEventForm(e, event, 'remove', read.values);
		}
	},
	availability: async (event) => {
		const viewer = await pageViewer(event);
		const id = idParam(event.params.id);
		const read = await orgAction(event, 'availability');
		if (read.failure) return read.failure;
		const day = await pageOrError(() => getEvent(db(), viewer, id));
		const windows = readWindowsForm(read.values, day, event.locals.locale);
		if ('errors' in windows)
			return invalidForm('availability', read.values, windows.errors, event.locals.locale);
		try {
			await setAvailability(db(), viewer, id, read.organizationId, windows.data.windows);
		} catch (e) {
			return failEventForm(e, event, 'availability', read.values, (f) =>
				windowFormField(f, windows.data.rows)
			);
		}
		return { action: 'availability', done: read.organizationId };
	}
} satisfies Actions;
