import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { signInInput } from '$lib/server/accounts/schema';
import { authenticate } from '$lib/server/accounts/users';
import { createSession } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { limits } from '$lib/server/auth/rate-limit';
import { safeNext } from '$lib/server/auth/guards';
import { clientAddress, spend } from '$lib/server/http/api';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { db, runtime } from '$lib/server/runtime';

export const load = (({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return { demoLoaded: runtime().demoLoaded, reset: url.searchParams.has('reset') };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const parsed = await parseForm(event, signInInput);
		if ('failure' in parsed) return parsed.failure;
		const { email, password } = parsed.data;
		let userId: string;
		try {
			// Limits are spent after validation, so a typo in the form costs nothing.
			spend(limits.signInPerAddress, clientAddress(event));
			spend(limits.signInPerAccount, email);
			userId = (await authenticate(db(), email, password)).id;
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		limits.signInPerAccount.reset(email);
		const { token, expiresAt } = await createSession(db(), userId);
		setSessionCookie(event, token, expiresAt);
		redirect(303, safeNext(event.url.searchParams.get('next')));
	}
} satisfies Actions;
