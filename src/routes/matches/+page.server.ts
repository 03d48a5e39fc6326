import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { matchHub } from '$lib/server/matching/hub';
import { db } from '$lib/server/runtime';

export const load = (async (event) => {
	const user = requireUser(event);
	const viewer = await loadViewer(db(), user);
	return matchHub(db(), viewer, event.locals.locale);
}) satisfies PageServerLoad;
