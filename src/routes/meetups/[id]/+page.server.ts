import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import type { MeetupPayload } from '$lib/realtime/events';
import { meetupMoves } from '$lib/components/meetups/moves';
import { requireUser } from '$lib/server/auth/guards';
import { getChallenge } from '$lib/server/catalog/challenges';
import { DomainError } from '$lib/server/errors';
import { loadViewer, type Viewer } from '$lib/server/catalog/viewer';
import { idParam } from '$lib/server/http/catalog-pages';
import { failMeetup, formValues, readProposals, toFormErrors } from '$lib/server/http/meetup-form';
import { fieldErrors } from '$lib/server/http/messages';
import { completeInput, confirmInput, reasonInput, rescheduleInput } from '$lib/server/meetups/schema';
import { getMeetup } from '$lib/server/meetups/service';
import {
	cancelMeetup,
	completeMeetup,
	confirmMeetup,
	declineMeetup,
	rescheduleMeetup
} from '$lib/server/meetups/transitions';
import { getMeetupView } from '$lib/server/meetups/views';
import { db } from '$lib/server/runtime';
import { toLocalInput } from '$lib/zoned-time';

// Only those who act for either side see a meetup (others get the same 404 as for a missing one);
// which buttons show is the service's rule again, mirrored by meetupMoves.
export const load = (async (event) => {
	const user = requireUser(event);
	const viewer = await loadViewer(db(), user);
	const view = await getMeetupView(db(), viewer, idParam(event.params.id));
	if (!view) error(404, 'Not found');
	event.depends('app:meetup');
	const now = new Date();
	const challenge = view.meetup.challengeId
		? await getChallenge(db(), viewer, view.meetup.challengeId)
		: undefined;
	return {
		...view,
		moves: meetupMoves(view.meetup, view.sides, now),
		challenge: challenge && { id: challenge.id, title: challenge.title },
		timeZone: user.timeZone,
		today: toLocalInput(now, user.timeZone).slice(0, 10),
		done: event.url.searchParams.get('done')
	};
}) satisfies PageServerLoad;

type Act<T> = (viewer: Viewer, id: string, input: T) => Promise<MeetupPayload | undefined>;

/**
 * One state change from a form: the sequence the page showed travels with it, so a change made
 * meanwhile by the other side is refused (409) and the page shows the current state instead.
 */
async function change<S extends z.ZodType>(
	event: RequestEvent<{ id: string }>,
	schema: S,
	done: string,
	act: Act<z.infer<S>>,
	prepare: (values: Record<string, string>) => {
		input: unknown;
		rows?: number[];
		errors?: Record<string, string[]>;
	} = (values) => ({ input: { ...values, sequence: Number(values.sequence) } })
) {
	const user = requireUser(event);
	const id = idParam(event.params.id);
	const values = formValues(await event.request.formData());
	const locale = event.locals.locale;
	const { input, rows = [], errors: readErrors = {} } = prepare(values);
	const parsed = schema.safeParse(input);
	if (!parsed.success || Object.keys(readErrors).length) {
		const errors = parsed.success ? {} : toFormErrors(fieldErrors(parsed.error, locale), rows);
		return fail(400, {
			values,
			errors: { ...errors, ...readErrors },
			message: m.form_invalid({}, { locale })
		});
	}
	const viewer = await loadViewer(db(), user);
	let changed;
	try {
		changed = await act(viewer, id, parsed.data);
	} catch (e) {
		// A refusal of a version the page no longer shows (not your turn any more, say) is a stale page.
		const current = e instanceof DomainError ? await getMeetup(db(), viewer, id) : undefined;
		const stale = current !== undefined && current.sequence !== Number(values.sequence);
		return failMeetup(
			stale ? new DomainError('stale', 409) : e,
			event,
			values,
			rows,
			async (other) => (await getMeetup(db(), viewer, other)) !== undefined
		);
	}
	if (!changed) error(404, 'Not found');
	redirect(303, `/meetups/${id}?done=${done}`);
}

const optional = (v: string | undefined) => (v?.trim() ? v : undefined);

export const actions = {
	confirm: (event) =>
		change(event, confirmInput, 'confirmed', (viewer, id, input) => confirmMeetup(db(), viewer, id, input)),
	decline: (event) =>
		change(event, reasonInput, 'declined', (viewer, id, input) => declineMeetup(db(), viewer, id, input)),
	cancel: (event) =>
		change(event, reasonInput, 'cancelled', (viewer, id, input) => cancelMeetup(db(), viewer, id, input)),
	complete: (event) =>
		change(event, completeInput, 'completed', (viewer, id, input) => completeMeetup(db(), viewer, id, input)),
	reschedule: (event) =>
		change(
			event,
			rescheduleInput,
			'rescheduled',
			(viewer, id, input) => rescheduleMeetup(db(), viewer, id, input),
			(values) => {
				const user = requireUser(event);
				const read = readProposals(values, user.timeZone, event.locals.locale);
				return {
					input: {
						proposals: read.times,
						location: optional(values.location),
						videoUrl: optional(values.videoUrl),
						sequence: Number(values.sequence)
					},
					rows: read.rows,
					errors: read.errors
				};
			}
		)
} satisfies Actions;
