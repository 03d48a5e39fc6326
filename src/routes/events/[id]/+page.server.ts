import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { EVENT_PHASES } from '$lib/server/events/schema';
import { listParticipants } from '$lib/server/events/participants';
import { listRequests } from '$lib/server/events/requests';
import { getEvent, updateEvent } from '$lib/server/events/service';
import { idParam } from '$lib/server/http/catalog-pages';
import { failEventForm, invalidForm, readEditForm } from '$lib/server/http/event-form';
import { pageOrError, pageViewer } from '$lib/server/http/floor-pages';
import { formValues } from '$lib/server/http/meetup-form';
import { fieldErrors } from '$lib/server/http/messages';
import { db } from '$lib/server/runtime';

const count = <T>(items: readonly T[], key: (t: T) => string) =>
	items.reduce<Record<string, number>>((acc, t) => ({ ...acc, [key(t)]: (acc[key(t)] ?? 0) + 1 }), {});

// Counts the viewer may see: managers the whole day's, participants their own requests.
export const load = (async (event) => {
	const viewer = await pageViewer(event);
	const id = idParam(event.params.id);
	const [participants, requests] = await pageOrError(() =>
		Promise.all([listParticipants(db(), viewer, id), listRequests(db(), viewer, id)])
	);
	return {
		sides: count(participants, (p) => p.side),
		statuses: count(requests, (r) => r.status),
		created: event.url.searchParams.has('created')
	};
}) satisfies PageServerLoad;

const phaseForm = z.object({ phase: z.enum(EVENT_PHASES) });

export const actions = {
	/** One step forward or back; the service refuses a jump (409). */
	phase: async (event) => {
		const values = formValues(await event.request.formData());
		const parsed = phaseForm.safeParse(values);
		if (!parsed.success)
			return invalidForm(
				'phase',
				values,
				fieldErrors(parsed.error, event.locals.locale),
				event.locals.locale
			);
		try {
			await updateEvent(db(), await pageViewer(event), idParam(event.params.id), parsed.data);
		} catch (e) {
			return failEventForm(e, event, 'phase', values);
		}
		return { action: 'phase', done: true };
	},
	edit: async (event) => {
		const viewer = await pageViewer(event);
		const id = idParam(event.params.id);
		const values = formValues(await event.request.formData());
		const day = await pageOrError(() => getEvent(db(), viewer, id));
		const read = readEditForm(values, day.tables, event.locals.locale);
		if ('errors' in read) return invalidForm('edit', values, read.errors, event.locals.locale);
		try {
			await updateEvent(db(), viewer, id, read.data);
		} catch (e) {
			return failEventForm(e, event, 'edit', values, (f) => f.split('.')[0]!);
		}
		return { action: 'edit', done: true };
	}
} satisfies Actions;
