import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { signUpInput } from '$lib/server/accounts/schema';
import { signUp } from '$lib/server/accounts/users';
import { createSession } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { limits } from '$lib/server/auth/rate-limit';
import { safeNext } from '$lib/server/auth/guards';
import { clientAddress, spend } from '$lib/server/http/api';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { db } from '$lib/server/runtime';

export const load = (({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const parsed = await parseForm(event, signUpInput);
		if ('failure' in parsed) return parsed.failure;
		let userId: string;
		try {
			spend(limits.signUpPerAddress, clientAddress(event));
			userId = (await signUp(db(), { ...parsed.data, locale: parsed.data.locale ?? event.locals.locale })).id;
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		const { token, expiresAt } = await createSession(db(), userId);
		setSessionCookie(event, token, expiresAt);
		// A new account's next step is its organization, unless it came to accept an invitation.
		redirect(303, safeNext(event.url.searchParams.get('next'), '/organizations/new?welcome=1'));
	}
} satisfies Actions;
