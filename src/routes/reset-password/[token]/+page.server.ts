import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { isResetTokenValid, resetPassword } from '$lib/server/accounts/users';
import { disconnectSession } from '$lib/server/realtime/emit';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { db } from '$lib/server/runtime';

const newPasswordInput = z.object({ password: z.string().min(1).max(256) });

// The token is in the path: keep it out of Referer headers sent to other sites. Not `no-referrer`:
// with it browsers send `Origin: null` on the form's POST, which the same-origin check refuses.
const sameOriginReferrer = { 'referrer-policy': 'same-origin' };

export const load = (async ({ params, setHeaders }) => {
	setHeaders(sameOriginReferrer);
	return { valid: await isResetTokenValid(db(), params.token) };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const parsed = await parseForm(event, newPasswordInput);
		if ('failure' in parsed) return parsed.failure;
		try {
			const { revokedSessionIds } = await resetPassword(db(), event.params.token, parsed.data.password);
			for (const id of revokedSessionIds) disconnectSession(id);
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		redirect(303, '/login?reset=1');
	}
} satisfies Actions;
