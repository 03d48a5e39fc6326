import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { DomainError } from '$lib/server/errors';
import { loadViewer } from '$lib/server/catalog/viewer';
import { spend } from '$lib/server/http/api';
import { meetupRequests } from '$lib/server/http/meetup-api';
import { failMeetup, formValues, readProposals, rowValues, toFormErrors } from '$lib/server/http/meetup-form';
import { fieldErrors } from '$lib/server/http/messages';
import { meetupInput, MAX_PROPOSALS } from '$lib/server/meetups/schema';
import { createMeetup, getMeetup } from '$lib/server/meetups/service';
import { getRequestContext } from '$lib/server/meetups/views';
import { db } from '$lib/server/runtime';
import { m } from '$lib/paraglide/messages';
import { toLocalInput } from '$lib/zoned-time';
import { timeZoneChoices } from '../../settings/time-zones';

const zoneLabel = (zone: string, now: Date) =>
	timeZoneChoices(zone, now).find((z) => z.id === zone)?.label ?? zone;

const ids = z.object({
	startupId: z.uuid().optional(),
	corporateId: z.uuid().optional(),
	challengeId: z.uuid().optional()
});

export const load = (async (event) => {
	const user = requireUser(event);
	const query = ids.safeParse(Object.fromEntries(event.url.searchParams));
	if (!query.success) error(404, 'Not found');
	const now = new Date();
	let context;
	try {
		context = await getRequestContext(db(), await loadViewer(db(), user), query.data, now);
	} catch (e) {
		if (e instanceof DomainError && e.status === 403) error(403, 'Forbidden');
		throw e;
	}
	if (!context) error(404, 'Not found');
	return {
		...context,
		timeZone: user.timeZone,
		zoneLabel: zoneLabel(user.timeZone, now),
		today: toLocalInput(now, user.timeZone).slice(0, 10)
	};
}) satisfies PageServerLoad;

const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);

export const actions = {
	create: async (event) => {
		const user = requireUser(event);
		const values = formValues(await event.request.formData());
		const locale = event.locals.locale;
		const read = readProposals(values, user.timeZone, locale);
		const [first, ...alternatives] = read.times;
		const parsed = meetupInput.safeParse({
			startupId: values.startupId,
			corporateId: values.corporateId,
			challengeId: blank(values.challengeId),
			onBehalfOf: blank(values.onBehalfOf),
			startsAt: first?.startsAt,
			endsAt: first?.endsAt,
			alternatives,
			location: values.location ?? '',
			videoUrl: values.videoUrl ?? '',
			note: values.note ?? ''
		});
		// A row the form already found wrong is not reported twice by the schema.
		const row = (key: string) => /^proposals\.(\d+)\./.exec(key)?.[1];
		const rowsWrong = new Set(Object.keys(read.errors).map(row));
		const errors = { ...read.errors };
		if (!parsed.success)
			for (const [k, v] of Object.entries(toFormErrors(fieldErrors(parsed.error, locale), read.rows)))
				if (!(row(k) !== undefined && rowsWrong.has(row(k)))) (errors[k] ??= []).push(...v);
		if (!parsed.success || Object.keys(errors).length > 0)
			return fail(400, { values, errors, message: m.form_invalid({}, { locale }) });

		const viewer = await loadViewer(db(), user);
		let created;
		try {
			spend(meetupRequests, user.id);
			created = await createMeetup(db(), viewer, parsed.data);
		} catch (e) {
			return failMeetup(
				e,
				event,
				values,
				read.rows,
				async (id) => (await getMeetup(db(), viewer, id)) !== undefined
			);
		}
		redirect(303, `/meetups/${created.id}?done=requested`);
	},
	// Without JavaScript, a suggested time is a submit button: it comes back in the next empty row
	// (or the last one) with everything else as typed.
	fill: async (event) => {
		const user = requireUser(event);
		const values = formValues(await event.request.formData());
		const picked = z
			.object({ startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }) })
			.safeParse(Object.fromEntries(['startsAt', 'endsAt'].map((k, i) => [k, values.fill?.split('|')[i]])));
		delete values.fill;
		const errors: Record<string, string[]> = {};
		if (!picked.success) return { values, errors };
		const empty = [...Array(MAX_PROPOSALS).keys()].find((row) => !values[`proposals.${row}.date`]?.trim());
		Object.assign(values, rowValues(empty ?? MAX_PROPOSALS - 1, picked.data, user.timeZone));
		return { values, errors, filled: true as const };
	}
} satisfies Actions;
