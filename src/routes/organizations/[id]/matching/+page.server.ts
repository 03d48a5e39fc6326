import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam, loadOr404 } from '$lib/server/http/catalog-pages';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { fieldErrors } from '$lib/server/http/messages';
import { allZero, weightsInput } from '$lib/server/matching/schema';
import { getCenterWeights, previewChallenges, saveCenterWeights } from '$lib/server/matching/weights';
import { db } from '$lib/server/runtime';
import { previewRanking } from './preview.server';

// A center's matching weights. The form's "preview" is a GET with the unsaved weights in the query, so
// it works without JavaScript and never writes; "save" posts them.
export const load = (async (event) => {
	const user = requireUser(event);
	const centerId = idParam(event.params.id);
	const viewer = await loadViewer(db(), user);
	const current = await loadOr404(() => getCenterWeights(db(), viewer, centerId));
	const challenges = await previewChallenges(db(), centerId);
	const query = event.url.searchParams;
	const challengeId = challenges.find((c) => c.id === query.get('challenge'))?.id ?? challenges[0]?.id;
	const proposed = query.has('industry') ? weightsInput.safeParse(Object.fromEntries(query)) : undefined;
	const proposedWeights = proposed?.success && !allZero(proposed.data) ? proposed.data : undefined;
	return {
		center: { id: centerId },
		saved: current.weights,
		isDefault: current.isDefault,
		values: proposed?.success ? proposed.data : current.weights,
		errors: proposed && !proposed.success ? fieldErrors(proposed.error, event.locals.locale) : {},
		challenges,
		challengeId: challengeId ?? null,
		preview: challengeId
			? await previewRanking(viewer, challengeId, current.weights, proposedWeights, event.locals.locale)
			: null,
		justSaved: query.has('saved')
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const user = requireUser(event);
		const centerId = idParam(event.params.id);
		const parsed = await parseForm(event, weightsInput);
		if ('failure' in parsed) return parsed.failure;
		let saved;
		try {
			saved = await saveCenterWeights(db(), await loadViewer(db(), user), centerId, parsed.data);
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		if (!saved) error(404, 'Not found');
		return { savedWeights: saved.weights };
	}
} satisfies Actions;
