import type { Actions, PageServerLoad } from './$types';
import { answerByToken } from '$lib/server/http/checkin-pages';
import { findCheckinByToken } from '$lib/server/outcomes/checkin-answer';
import { db } from '$lib/server/runtime';

// What a check-in mail's link opens, without signing in: the token is the only key (160 random bits,
// stored hashed). The GET only reads, so a mail scanner following the link answers nothing.
export const load = (async (event) => {
	const checkin = await findCheckinByToken(db(), event.params.token);
	return { checkin: checkin ?? null, signedIn: Boolean(event.locals.user) };
}) satisfies PageServerLoad;

export const actions = {
	answer: (event) => answerByToken(event, event.params.token)
} satisfies Actions;
