import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { organizationNames } from '$lib/server/accounts/stats';
import { requireUser } from '$lib/server/auth/guards';
import {
	apply,
	listApplicationsForChallenge,
	listApplicationsForStartups
} from '$lib/server/catalog/applications';
import { acceptNda, getChallenge, listDisclosures } from '$lib/server/catalog/challenges';
import { applicationInput } from '$lib/server/catalog/schema';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam } from '$lib/server/http/catalog-pages';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { db } from '$lib/server/runtime';

// getChallenge decides what this viewer may see: the page receives `details`, the budget and the
// NDA terms only when the service put them in the view. Showing details to an entitled startup
// writes the disclosure record (recordDisclosure).
export const load = (async ({ locals, params, url }) => {
	const id = idParam(params.id);
	const viewer = await loadViewer(db(), locals.user);
	const challenge = await getChallenge(db(), viewer, id, { recordDisclosure: true });
	if (!challenge) error(404, 'Not found');
	const manages = challenge.access.manages;
	const [names, mine, disclosures, applications] = await Promise.all([
		organizationNames(db(), viewer.startupIds),
		listApplicationsForStartups(db(), viewer.startupIds),
		manages ? listDisclosures(db(), viewer, id) : undefined,
		manages ? listApplicationsForChallenge(db(), viewer, id) : undefined
	]);
	return {
		challenge,
		startups: viewer.startupIds.flatMap((sid) => names.get(sid) ?? []),
		applied: mine
			.filter((a) => a.challengeId === id)
			.map((a) => ({ id: a.id, startupId: a.startupId, status: a.status, declineReason: a.declineReason })),
		disclosures: disclosures ?? [],
		applicationCount: applications?.length ?? 0,
		signedIn: viewer.user !== undefined,
		justApplied: url.searchParams.has('applied'),
		justAccepted: url.searchParams.has('accepted'),
		created: url.searchParams.has('created'),
		saved: url.searchParams.has('saved'),
		now: new Date(),
		timeZone: locals.user?.timeZone ?? 'Asia/Seoul'
	};
}) satisfies PageServerLoad;

const ndaInput = z.object({ startupId: z.uuid(), agree: z.literal('on').optional() });

export const actions = {
	acceptNda: async (event) => {
		const user = requireUser(event);
		const id = idParam(event.params.id);
		const parsed = await parseForm(event, ndaInput);
		if ('failure' in parsed) return parsed.failure;
		if (!parsed.data.agree) {
			const message = m.nda_agree_required({}, { locale: event.locals.locale });
			return fail(400, { values: parsed.values, errors: { agree: [message] }, message });
		}
		let accepted;
		try {
			accepted = await acceptNda(db(), await loadViewer(db(), user), id, parsed.data.startupId);
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		if (!accepted) error(404, 'Not found');
		redirect(303, `/challenges/${id}?accepted=1#details`);
	},
	apply: async (event) => {
		const user = requireUser(event);
		const id = idParam(event.params.id);
		const parsed = await parseForm(event, applicationInput);
		if ('failure' in parsed) return parsed.failure;
		let created;
		try {
			created = await apply(db(), await loadViewer(db(), user), id, parsed.data);
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		if (!created) error(404, 'Not found');
		redirect(303, `/challenges/${id}?applied=1#apply`);
	}
} satisfies Actions;
