import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { browseParticipants } from '$lib/server/events/browse';
import { listParticipants } from '$lib/server/events/participants';
import { fileRequest, listRequests } from '$lib/server/events/requests';
import { requestInput } from '$lib/server/events/schema';
import { getEvent } from '$lib/server/events/service';
import { idParam } from '$lib/server/http/catalog-pages';
import { failEventForm, invalidForm } from '$lib/server/http/event-form';
import { pageOrError, pageViewer } from '$lib/server/http/floor-pages';
import { formValues } from '$lib/server/http/meetup-form';
import { fieldErrors } from '$lib/server/http/messages';
import { db } from '$lib/server/runtime';

const query = z.object({ as: z.uuid().optional().catch(undefined) });

// For participants: the other side with match scores, as one of the viewer's participating
// organizations (`?as=`, the first one by default). Managers who do not take part get a 403.
export const load = (async (event) => {
	const viewer = await pageViewer(event);
	const id = idParam(event.params.id);
	const day = await pageOrError(() => getEvent(db(), viewer, id));
	const ownIds = day.viewer.participantIds;
	if (ownIds.length === 0) error(403, 'Forbidden');
	const { as } = query.parse(Object.fromEntries(event.url.searchParams));
	const asOrg = as && ownIds.includes(as) ? as : ownIds[0]!;
	const [entries, participants, requests] = await pageOrError(() =>
		Promise.all([
			browseParticipants(db(), viewer, id, asOrg, event.locals.locale),
			listParticipants(db(), viewer, id),
			listRequests(db(), viewer, id)
		])
	);
	return {
		as: asOrg,
		own: participants.filter((p) => ownIds.includes(p.organizationId)),
		entries,
		pending: requests.filter((r) => r.fromOrganizationId === asOrg && r.status === 'pending').length
	};
}) satisfies PageServerLoad;

export const actions = {
	request: async (event) => {
		const values = formValues(await event.request.formData());
		const locale = event.locals.locale;
		const parsed = requestInput.safeParse({
			fromOrganizationId: values.fromOrganizationId,
			toOrganizationId: values.toOrganizationId,
			priority: values.priority ? Number(values.priority) : undefined,
			note: values.note ?? ''
		});
		if (!parsed.success) return invalidForm('request', values, fieldErrors(parsed.error, locale), locale);
		try {
			await fileRequest(db(), await pageViewer(event), idParam(event.params.id), parsed.data);
		} catch (e) {
			return failEventForm(e, event, 'request', values);
		}
		return { action: 'request', done: parsed.data.toOrganizationId };
	}
} satisfies Actions;
