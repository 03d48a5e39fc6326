import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { listParticipants } from '$lib/server/events/participants';
import { answerRequest, fileRequest, listRequests } from '$lib/server/events/requests';
import { REQUEST_STATUSES, requestAnswer, requestInput } from '$lib/server/events/schema';
import { getEvent } from '$lib/server/events/service';
import { idParam } from '$lib/server/http/catalog-pages';
import { failEventForm, invalidForm } from '$lib/server/http/event-form';
import { pageOrError, pageViewer } from '$lib/server/http/floor-pages';
import { formValues } from '$lib/server/http/meetup-form';
import { fieldErrors } from '$lib/server/http/messages';
import { db } from '$lib/server/runtime';

const filter = z.object({ status: z.enum(REQUEST_STATUSES).optional().catch(undefined) });

// Managers see every request (filtered by status) and file new ones; participants see what their
// organizations sent and received, with the pending cap (listRequests decides what each may see).
export const load = (async (event) => {
	const viewer = await pageViewer(event);
	const id = idParam(event.params.id);
	const { status } = filter.parse(Object.fromEntries(event.url.searchParams));
	const [day, requests, participants] = await pageOrError(() =>
		Promise.all([
			getEvent(db(), viewer, id),
			listRequests(db(), viewer, id),
			listParticipants(db(), viewer, id)
		])
	);
	event.depends('app:event-requests');
	const own = participants.filter((p) => day.viewer.participantIds.includes(p.organizationId));
	return {
		status: status ?? null,
		requests: day.viewer.manages && status ? requests.filter((r) => r.status === status) : requests,
		totals: Object.fromEntries(
			REQUEST_STATUSES.map((s) => [s, requests.filter((r) => r.status === s).length])
		),
		startups: participants.filter((p) => p.side === 'startup'),
		corporates: participants.filter((p) => p.side === 'corporate'),
		own: own.map((p) => ({
			organizationId: p.organizationId,
			name: p.name,
			nameEn: p.nameEn,
			pending: requests.filter((r) => r.fromOrganizationId === p.organizationId && r.status === 'pending')
				.length
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	/** A manager files a request for a pair; the service records it as accepted by both. */
	file: async (event) => {
		const values = formValues(await event.request.formData());
		const locale = event.locals.locale;
		const parsed = requestInput.safeParse({
			fromOrganizationId: values.startupId,
			toOrganizationId: values.corporateId,
			priority: Number(values.priority || 2)
		});
		const rename = (f: string) =>
			f === 'fromOrganizationId' ? 'startupId' : f === 'toOrganizationId' ? 'corporateId' : f;
		if (!parsed.success) {
			const errors = Object.fromEntries(
				Object.entries(fieldErrors(parsed.error, locale)).map(([k, v]) => [rename(k), v])
			);
			return invalidForm('file', values, errors, locale);
		}
		try {
			await fileRequest(db(), await pageViewer(event), idParam(event.params.id), parsed.data);
		} catch (e) {
			return failEventForm(e, event, 'file', values, rename);
		}
		return { action: 'file', done: true };
	},
	/** Accept, decline (with an optional reason) or cancel one request. */
	answer: async (event) => {
		const values = formValues(await event.request.formData());
		const locale = event.locals.locale;
		const requestId = z.uuid().safeParse(values.requestId);
		const parsed = requestAnswer.safeParse({ status: values.status, reason: values.reason ?? '' });
		if (!requestId.success || !parsed.success)
			return invalidForm('answer', values, parsed.success ? {} : fieldErrors(parsed.error, locale), locale);
		try {
			const answered = await answerRequest(
				db(),
				await pageViewer(event),
				idParam(event.params.id),
				requestId.data,
				parsed.data
			);
			return { action: 'answer', done: answered.status };
		} catch (e) {
			return failEventForm(e, event, 'answer', values);
		}
	}
} satisfies Actions;
