import type { RequestHandler } from './$types';
import { api } from '$lib/server/http/api';
import { apiViewer, pathParams } from '$lib/server/http/meetup-api';
import { eventOrgPath } from '$lib/server/http/event-api';
import { removeParticipant } from '$lib/server/events/participants';
import { db } from '$lib/server/runtime';

/** A manager removes a participant and its requests (409 while it has scheduled meetings). */
export const DELETE: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const { id, orgId } = pathParams(event, eventOrgPath);
	await removeParticipant(db(), viewer, id, orgId);
	return new Response(null, { status: 204 });
});
