import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { db } from '$lib/server/runtime';

// "Pipeline" in the header: a manager's center board, a corporate member's board, or for an admin
// the list of centers to choose from.
export const load = (async (event) => {
	const viewer = await loadViewer(db(), requireUser(event));
	if (viewer.managedCenterIds[0]) redirect(303, `/centers/${viewer.managedCenterIds[0]}/pipeline`);
	if (viewer.corporateIds[0]) redirect(303, `/corporates/${viewer.corporateIds[0]}/pipeline`);
	if (!viewer.isAdmin) error(404, 'Not found');
	const centers = await db()
		.selectFrom('organizations')
		.select(['id', 'name', 'nameEn'])
		.where('kind', '=', 'center')
		.orderBy('name')
		.execute();
	return { centers };
}) satisfies PageServerLoad;
