import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { accessTo } from '$lib/server/accounts/organizations';
import * as stats from '$lib/server/accounts/stats';
import { db } from '$lib/server/runtime';

export const load = (async ({ locals, params, url }) => {
	const org = await stats.findOrganization(db(), params.id);
	// Not visible and not existing look the same, so the page does not confirm that a private profile exists.
	if (!org || !(await stats.canView(db(), locals.user, org))) error(404, 'Not found');
	const [access, details, names] = await Promise.all([
		locals.user ? accessTo(db(), locals.user, org.id) : undefined,
		stats.getProfileDetails(db(), org),
		stats.organizationNames(db(), [org.homeCenterId, org.stewardCenterId])
	]);
	return {
		org,
		details,
		homeCenter: org.homeCenterId ? names.get(org.homeCenterId) : undefined,
		stewardCenter: org.stewardCenterId ? names.get(org.stewardCenterId) : undefined,
		access: access ?? null,
		created: url.searchParams.has('created'),
		saved: url.searchParams.has('saved'),
		joined: url.searchParams.has('joined'),
		timeZone: locals.user?.timeZone ?? 'Asia/Seoul'
	};
}) satisfies PageServerLoad;
