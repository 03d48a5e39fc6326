import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/guards';
import { getChallenge, inviteStartups } from '$lib/server/catalog/challenges';
import { catalogQuery } from '$lib/server/catalog/schema';
import { searchStartups } from '$lib/server/catalog/search';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam } from '$lib/server/http/catalog-pages';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { db, searchEngine } from '$lib/server/runtime';

/** The challenge, for those who run it; for anyone else it does not exist (404). */
async function managed(event: RequestEvent<{ id: string }>) {
	const viewer = await loadViewer(db(), requireUser(event));
	const challenge = await getChallenge(db(), viewer, idParam(event.params.id));
	if (!challenge?.access.manages) error(404, 'Not found');
	return { viewer, challenge };
}

export const load = (async (event) => {
	const { viewer, challenge } = await managed(event);
	const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 200);
	// Startups are found by name with the catalog's search, as this manager may see them.
	const found = q
		? await searchStartups(db(), searchEngine(), viewer, catalogQuery.parse({ q, limit: 20 }))
		: undefined;
	return {
		challenge: { id: challenge.id, title: challenge.title, confidentiality: challenge.confidentiality },
		q,
		hits: (found?.hits ?? []).map((h) => ({
			id: h.id,
			name: h.name,
			nameEn: h.nameEn,
			logoPath: h.logoPath,
			region: h.region,
			summary: h.summary,
			marks: h.highlights.name
		})),
		total: found?.total ?? 0
	};
}) satisfies PageServerLoad;

const inviteInput = z.object({ startupIds: z.array(z.uuid()).max(50).default([]) });

export const actions = {
	default: async (event) => {
		const { viewer, challenge } = await managed(event);
		const parsed = await parseForm(event, inviteInput);
		if ('failure' in parsed) return parsed.failure;
		if (parsed.data.startupIds.length === 0) {
			const message = m.invitations_pick_one({}, { locale: event.locals.locale });
			return fail(400, { values: parsed.values, errors: { startupIds: [message] }, message });
		}
		let result;
		try {
			result = await inviteStartups(db(), viewer, challenge.id, parsed.data.startupIds);
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		if (!result) error(404, 'Not found');
		return { invited: result.invited };
	}
} satisfies Actions;
