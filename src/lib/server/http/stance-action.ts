import { error, type RequestEvent } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { setInterest } from '$lib/server/matching/interests';
import { interestInput } from '$lib/server/matching/schema';
import { db } from '$lib/server/runtime';
import { failFromDomain, parseForm } from './form';

/**
 * The match cards' stance buttons (a form action shared by the challenge's and the startup's match
 * pages): the same rules as `PUT /api/v1/interests`. Returns what the page says back, so the page can
 * announce a mutual match or a pair leaving the list.
 */
export async function stanceAction(event: RequestEvent) {
	const user = requireUser(event);
	const parsed = await parseForm(event, interestInput);
	if ('failure' in parsed) return parsed.failure;
	try {
		const viewer = await loadViewer(db(), user);
		const result = await setInterest(db(), viewer, parsed.data);
		return {
			stanceSaved: {
				stance: result.stance,
				mutual: result.mutual,
				toOrgId: parsed.data.toOrgId ?? null,
				challengeId: parsed.data.challengeId ?? null
			}
		};
	} catch (e) {
		const failure = failFromDomain(e, event, parsed.values);
		// Someone who may not act for `fromOrgId` learns nothing more than a missing page would say.
		if (failure.status === 403) error(404, 'Not found');
		return failure;
	}
}
