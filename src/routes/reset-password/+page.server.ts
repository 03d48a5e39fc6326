import type { Actions, PageServerLoad } from './$types';
import { resetRequestInput } from '$lib/server/accounts/schema';
import { requestPasswordReset } from '$lib/server/accounts/users';
import { limits } from '$lib/server/auth/rate-limit';
import { clientAddress, spend } from '$lib/server/http/api';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { db, runtime } from '$lib/server/runtime';
import { logger } from '$lib/server/log';

export const load = (() => ({ demoLoaded: runtime().demoLoaded })) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const parsed = await parseForm(event, resetRequestInput);
		if ('failure' in parsed) return parsed.failure;
		const { email } = parsed.data;
		try {
			spend(limits.resetPerAddress, clientAddress(event));
			spend(limits.resetPerAccount, email);
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		// Not awaited: the answer must take as long for an unknown address as for a registered one, so
		// timing cannot reveal who has an account. The configured origin, when there is one, so a forged
		// Host header cannot point the link elsewhere.
		requestPasswordReset(db(), email, runtime().config.origin ?? event.url.origin).catch((err: unknown) =>
			logger.error({ err }, 'password reset mail failed')
		);
		// The same answer whether or not the address has an account.
		return { sent: true as const, values: parsed.values };
	}
} satisfies Actions;
