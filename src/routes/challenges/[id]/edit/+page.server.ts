import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { getChallenge, updateChallenge } from '$lib/server/catalog/challenges';
import { loadViewer } from '$lib/server/catalog/viewer';
import { DomainError } from '$lib/server/errors';
import { idParam, readListFields } from '$lib/server/http/catalog-pages';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { db } from '$lib/server/runtime';
import { toLocalInput } from '$lib/zoned-time';
import { challengeEditForm, statusChoices } from '../../challenge-form';

/** The challenge, for those who run it; for anyone else it does not exist (404, like the service). */
async function managed(event: RequestEvent<{ id: string }>) {
	const user = requireUser(event);
	const viewer = await loadViewer(db(), user);
	const challenge = await getChallenge(db(), viewer, idParam(event.params.id));
	if (!challenge?.access.manages) error(404, 'Not found');
	return { user, viewer, challenge };
}

export const load = (async (event) => {
	const { user, challenge: c } = await managed(event);
	return {
		challenge: {
			id: c.id,
			title: c.title,
			status: c.status,
			corporate: c.corporate,
			hostCenter: c.hostCenter,
			confidentiality: c.confidentiality,
			ndaTermsVersion: c.ndaTermsVersion
		},
		values: {
			title: c.title,
			teaser: c.teaser,
			details: c.details ?? '',
			techTags: c.techTags.join(', '),
			confidentiality: c.confidentiality,
			ndaTerms: c.ndaTerms ?? '',
			status: c.status,
			closesAt: toLocalInput(c.closesAt, user.timeZone),
			// Shown with thousands separators; the form parser takes them out again.
			budgetMinKrw: c.budgetMinKrw?.toLocaleString('en') ?? '',
			budgetMaxKrw: c.budgetMaxKrw?.toLocaleString('en') ?? '',
			// Optimistic concurrency: saving from a page older than the row is a 409, not an overwrite.
			expectedUpdatedAt: c.updatedAt.toISOString()
		},
		lists: {
			industries: c.industries,
			collaborationTypes: c.collaborationTypes,
			preferredStages: c.preferredStages,
			regions: c.regions
		},
		statuses: statusChoices(c.status),
		timeZone: user.timeZone
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { user, viewer, challenge } = await managed(event);
		const lists = await readListFields(event);
		const parsed = await parseForm(event, challengeEditForm(user.timeZone));
		if ('failure' in parsed)
			return fail(parsed.failure.status, { ...parsed.failure.data, lists, stale: false });
		let updated;
		try {
			updated = await updateChallenge(db(), viewer, challenge.id, parsed.data);
		} catch (e) {
			const failure = failFromDomain(e, event, parsed.values);
			return fail(failure.status, {
				...failure.data,
				lists,
				stale: e instanceof DomainError && e.code === 'stale'
			});
		}
		if (!updated) error(404, 'Not found');
		redirect(303, `/challenges/${challenge.id}?saved=1`);
	}
} satisfies Actions;
