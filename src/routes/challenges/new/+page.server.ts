import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { listOrganizations } from '$lib/server/accounts/organizations';
import { listStewardableCenters, organizationNames } from '$lib/server/accounts/stats';
import { requireUser } from '$lib/server/auth/guards';
import { createChallenge } from '$lib/server/catalog/challenges';
import { loadViewer } from '$lib/server/catalog/viewer';
import { readListFields, withLists } from '$lib/server/http/catalog-pages';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { db } from '$lib/server/runtime';
import { challengeCreateForm } from '../challenge-form';

// Who may post: a corporate's members for their corporate; a center's managers for any partner
// corporate, hosted by their center; admins. The lists only offer those; createChallenge checks again.
export const load = (async (event) => {
	const user = requireUser(event);
	const viewer = await loadViewer(db(), user);
	const brokers = viewer.isAdmin || viewer.managedCenterIds.length > 0;
	const [corporates, centers] = await Promise.all([
		brokers
			? listOrganizations(db(), user, { kind: 'corporate', page: 1, limit: 100 }).then((r) => r.hits)
			: organizationNames(db(), viewer.corporateIds).then((names) => [...names.values()]),
		brokers ? listStewardableCenters(db(), user) : []
	]);
	const wanted = event.url.searchParams.get('corporate');
	return {
		corporates: corporates.map(({ id, name, nameEn }) => ({ id, name, nameEn })),
		centers,
		// A center manager who is not the corporate's member must host the challenge at their center.
		hostRequired: !viewer.isAdmin && viewer.corporateIds.length === 0,
		values: {
			corporateId: corporates.some((c) => c.id === wanted) ? wanted! : (corporates[0]?.id ?? ''),
			hostCenterId: viewer.managedCenterIds[0] ?? '',
			status: 'draft',
			confidentiality: 'public'
		},
		timeZone: user.timeZone
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const user = requireUser(event);
		const lists = await readListFields(event);
		const parsed = await parseForm(event, challengeCreateForm(user.timeZone));
		if ('failure' in parsed) return withLists(parsed.failure, lists);
		let id: string;
		try {
			({ id } = await createChallenge(db(), await loadViewer(db(), user), parsed.data));
		} catch (e) {
			return withLists(failFromDomain(e, event, parsed.values), lists);
		}
		redirect(303, `/challenges/${id}?created=1`);
	}
} satisfies Actions;
