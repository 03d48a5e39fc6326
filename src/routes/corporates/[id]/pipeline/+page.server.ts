import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam } from '$lib/server/http/catalog-pages';
import { boardOwner, loadBoard, moveAction } from '$lib/server/http/pipeline-pages';
import { db } from '$lib/server/runtime';

// A corporate's pipeline, for its members and admins: the cards it is a party to, whichever center
// brokered them. Anyone else gets a 404, as for an unknown corporate.
export const load = (async (event) => {
	const user = requireUser(event);
	const corporateId = idParam(event.params.id);
	const viewer = await loadViewer(db(), user);
	if (!viewer.isAdmin && !viewer.corporateIds.includes(corporateId)) error(404, 'Not found');
	const corporate = await boardOwner(corporateId, 'corporate');
	return { ...(await loadBoard(viewer, { corporateId })), corporate, timeZone: user.timeZone };
}) satisfies PageServerLoad;

export const actions = {
	move: async (event) =>
		moveAction(
			event,
			await loadViewer(db(), requireUser(event)),
			`/corporates/${idParam(event.params.id)}/pipeline`
		)
} satisfies Actions;
