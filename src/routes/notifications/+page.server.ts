import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { parseForm } from '$lib/server/http/form';
import { listNotifications, markAllRead } from '$lib/server/notifications/inbox';
import { db } from '$lib/server/runtime';

const PAGE_SIZE = 30;
const pageParam = z.coerce.number().int().min(1).max(1000).catch(1);

export const load = (async (event) => {
	const user = requireUser(event);
	const page = pageParam.parse(event.url.searchParams.get('page') ?? 1);
	const [inbox, viewer] = await Promise.all([
		listNotifications(db(), user.id, { page, limit: PAGE_SIZE }),
		loadViewer(db(), user)
	]);
	return {
		...inbox,
		// Where an application notice leads: a startup's people to their applications, screeners to the list.
		isStartupMember: viewer.startupIds.length > 0,
		shownAt: new Date().toISOString(),
		timeZone: user.timeZone
	};
}) satisfies PageServerLoad;

const markInput = z.object({ until: z.coerce.date() });

export const actions = {
	markAllRead: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event, markInput);
		if ('failure' in parsed) return parsed.failure;
		// Never later than now: a client cannot pre-mark notifications that do not exist yet.
		const until = new Date(Math.min(parsed.data.until.getTime(), Date.now()));
		return { marked: await markAllRead(db(), user.id, until) };
	}
} satisfies Actions;
