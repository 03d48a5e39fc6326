import type { Actions, PageServerLoad } from './$types';
import { organizationNames } from '$lib/server/accounts/stats';
import { requireUser } from '$lib/server/auth/guards';
import { listApplicationsForStartups } from '$lib/server/catalog/applications';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam, loadOr404 } from '$lib/server/http/catalog-pages';
import { stanceAction } from '$lib/server/http/stance-action';
import { matchesForStartup } from '$lib/server/matching/service';
import { db } from '$lib/server/runtime';

// The challenges the matcher recommends for a startup, for those who act for it (its members, the
// stewarding center's managers). Others get the 404 of a page that is not theirs.
export const load = (async (event) => {
	const user = requireUser(event);
	const id = idParam(event.params.id);
	const viewer = await loadViewer(db(), user);
	const found = await loadOr404(() => matchesForStartup(db(), viewer, id, 20, event.locals.locale));
	const [names, applications] = await Promise.all([
		organizationNames(db(), [id]),
		listApplicationsForStartups(db(), [id])
	]);
	return {
		...found,
		startup: names.get(id) ?? { id, name: '', nameEn: null },
		applied: Object.fromEntries(applications.map((a) => [a.challengeId, a.status])),
		timeZone: user.timeZone
	};
}) satisfies PageServerLoad;

export const actions = { stance: stanceAction } satisfies Actions;
