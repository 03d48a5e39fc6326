import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { organizationNames } from '$lib/server/accounts/stats';
import { requireUser } from '$lib/server/auth/guards';
import {
	allowedMoves,
	listApplicationsForStartups,
	updateApplication
} from '$lib/server/catalog/applications';
import { applicationStatus } from '$lib/server/catalog/schema';
import { loadViewer } from '$lib/server/catalog/viewer';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { db } from '$lib/server/runtime';

type Status = Parameters<typeof allowedMoves>[0];

// A startup's own applications: only the startups this user belongs to (from the session).
export const load = (async (event) => {
	const user = requireUser(event);
	const viewer = await loadViewer(db(), user);
	event.depends('app:applications');
	const [applications, names] = await Promise.all([
		listApplicationsForStartups(db(), viewer.startupIds),
		organizationNames(db(), viewer.startupIds)
	]);
	return {
		startups: viewer.startupIds.flatMap((id) => names.get(id) ?? []),
		applications: applications.map((a) => ({
			...a,
			canWithdraw: allowedMoves(a.status as Status, 'startup').includes('withdrawn')
		})),
		timeZone: user.timeZone
	};
}) satisfies PageServerLoad;

const withdrawInput = z.object({ applicationId: z.uuid(), expectedStatus: applicationStatus });

export const actions = {
	withdraw: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event, withdrawInput);
		if ('failure' in parsed) return parsed.failure;
		let moved;
		try {
			moved = await updateApplication(db(), await loadViewer(db(), user), parsed.data.applicationId, {
				status: 'withdrawn',
				expectedStatus: parsed.data.expectedStatus
			});
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		if (!moved) error(404, 'Not found');
		return { withdrawn: true as const };
	}
} satisfies Actions;
