import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam } from '$lib/server/http/catalog-pages';
import { decideAction, openAction } from '$lib/server/http/outcome-actions';
import { boardOwner, loadBoard, moveAction, openChoices } from '$lib/server/http/pipeline-pages';
import { listOutcomes } from '$lib/server/outcomes/corrections';
import { db } from '$lib/server/runtime';

// A center's pipeline: its managers and admins (anyone else, and unknown centers: 404, as loadBoard
// turns the service's 403 into one). The services check every action again.
export const load = (async (event) => {
	const user = requireUser(event);
	const centerId = idParam(event.params.id);
	const viewer = await loadViewer(db(), user);
	const board = await loadBoard(viewer, { centerId });
	const [center, choices, awaiting] = await Promise.all([
		boardOwner(centerId, 'center'),
		openChoices(centerId),
		listOutcomes(db(), viewer, { centerId, status: 'reported', page: 1, limit: 50 })
	]);
	return { ...board, center, choices, awaiting: awaiting.hits, timeZone: user.timeZone };
}) satisfies PageServerLoad;

const path = (event: { params: { id: string } }) => `/centers/${idParam(event.params.id)}/pipeline`;
const viewerOf = async (event: Parameters<typeof requireUser>[0]) => loadViewer(db(), requireUser(event));

export const actions = {
	move: async (event) => moveAction(event, await viewerOf(event), path(event)),
	decide: async (event) => decideAction(event, await viewerOf(event), path(event)),
	open: async (event) => openAction(event, await viewerOf(event))
} satisfies Actions;
