import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { changePasswordInput, profileInput } from '$lib/server/accounts/schema';
import { changePassword, updateProfile } from '$lib/server/accounts/users';
import { limits } from '$lib/server/auth/rate-limit';
import { spend } from '$lib/server/http/api';
import { disconnectSession } from '$lib/server/realtime/emit';
import { createApiToken, listApiTokens, revokeApiToken } from '$lib/server/auth/api-tokens';
import { requireUser } from '$lib/server/auth/guards';
import { notFound } from '$lib/server/errors';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { setLocaleCookie } from '$lib/i18n/locale';
import { createFeed, listFeeds, revokeFeed } from '$lib/server/meetups/calendar';
import { feedIdPath } from '$lib/server/meetups/schema';
import { db } from '$lib/server/runtime';

export const load = (async (event) => {
	const user = requireUser(event);
	return {
		profile: { name: user.name, email: user.email, locale: user.locale, timeZone: user.timeZone },
		tokens: await listApiTokens(db(), user.id),
		feeds: await listFeeds(db(), user.id),
		saved: event.url.searchParams.has('saved'),
		passwordChanged: event.url.searchParams.has('password')
	};
}) satisfies PageServerLoad;

// Named apart from the profile's `name`, so an error lands next to the right field.
const tokenName = z.object({ tokenName: z.string().trim().min(1).max(100) });
const tokenId = z.object({ tokenId: z.string().min(1).max(100) });
const feedName = z.object({ feedName: z.string().trim().max(100).default('') });
const feedId = z.object({ feedId: feedIdPath.shape.id });

export const actions = {
	profile: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event, profileInput);
		if ('failure' in parsed) return parsed.failure;
		await updateProfile(db(), user, parsed.data);
		// The interface language follows the account's choice; a fresh page load shows both.
		setLocaleCookie(event.cookies, parsed.data.locale);
		redirect(303, '/settings?saved=1');
	},
	password: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event, changePasswordInput);
		if ('failure' in parsed) return parsed.failure;
		try {
			// The same budget as signing in: the current password must not be guessable from here.
			spend(limits.signInPerAccount, user.email);
			const { revokedSessionIds } = await changePassword(db(), user, event.locals.session?.id, parsed.data);
			for (const id of revokedSessionIds) disconnectSession(id);
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		limits.signInPerAccount.reset(user.email);
		redirect(303, '/settings?password=1');
	},
	createToken: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event, tokenName);
		if ('failure' in parsed) return parsed.failure;
		const created = await createApiToken(db(), user.id, parsed.data.tokenName);
		// Shown once: only a hash of the secret is stored.
		return { createdToken: { name: parsed.data.tokenName, token: created.token } };
	},
	revokeToken: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event, tokenId);
		if ('failure' in parsed) return parsed.failure;
		if (!(await revokeApiToken(db(), user.id, parsed.data.tokenId)))
			return failFromDomain(notFound(), event, parsed.values);
		return { tokenRevoked: true as const };
	},
	createFeed: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event, feedName);
		if ('failure' in parsed) return parsed.failure;
		const feed = await createFeed(db(), user.id, parsed.data.feedName || 'Innomatch');
		// Shown once: only a hash of the secret is stored.
		return {
			createdFeed: { name: feed.name, url: `${event.url.origin}/api/v1/calendar/${feed.token}.ics` }
		};
	},
	revokeFeed: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event, feedId);
		if ('failure' in parsed) return parsed.failure;
		if (!(await revokeFeed(db(), user.id, parsed.data.feedId)))
			return failFromDomain(notFound(), event, parsed.values);
		return { feedRevoked: true as const };
	}
} satisfies Actions;
