import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { answerAsMember } from '$lib/server/http/checkin-pages';
import { listOpenCheckins } from '$lib/server/outcomes/checkin-answer';
import { db } from '$lib/server/runtime';

// The signed-in way to answer follow-up check-ins: those sent to the viewer's organizations and open.
export const load = (async (event) => {
	const viewer = await loadViewer(db(), requireUser(event));
	return { checkins: await listOpenCheckins(db(), viewer), done: event.url.searchParams.get('done') };
}) satisfies PageServerLoad;

export const actions = {
	answer: async (event) => answerAsMember(event, await loadViewer(db(), requireUser(event)))
} satisfies Actions;
