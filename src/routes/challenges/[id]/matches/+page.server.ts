import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam, loadOr404 } from '$lib/server/http/catalog-pages';
import { stanceAction } from '$lib/server/http/stance-action';
import { matchesForChallenge } from '$lib/server/matching/service';
import { canTune } from '$lib/server/matching/weights';
import { db } from '$lib/server/runtime';

// The startups the matcher recommends for a challenge, for those who run it (the corporate's members,
// the hosting center's managers). Others get the same 404 as for a challenge they may not see.
export const load = (async (event) => {
	const user = requireUser(event);
	const id = idParam(event.params.id);
	const viewer = await loadViewer(db(), user);
	const found = await loadOr404(() => matchesForChallenge(db(), viewer, id, 20, event.locals.locale));
	const hostCenterId = found.challenge.hostCenterId;
	return {
		...found,
		tuneCenterId: hostCenterId && canTune(viewer, hostCenterId) ? hostCenterId : null
	};
}) satisfies PageServerLoad;

export const actions = { stance: stanceAction } satisfies Actions;
