import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import {
	allowedMoves,
	listApplicationsForChallenge,
	updateApplication
} from '$lib/server/catalog/applications';
import { getChallenge } from '$lib/server/catalog/challenges';
import { applicationUpdate } from '$lib/server/catalog/schema';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam } from '$lib/server/http/catalog-pages';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { db } from '$lib/server/runtime';

type Status = Parameters<typeof allowedMoves>[0];

// Screening is for those who run the challenge; the list service returns undefined for anyone else.
export const load = (async (event) => {
	const user = requireUser(event);
	const viewer = await loadViewer(db(), user);
	const id = idParam(event.params.id);
	const [challenge, applications] = await Promise.all([
		getChallenge(db(), viewer, id),
		listApplicationsForChallenge(db(), viewer, id)
	]);
	if (!challenge || !applications) error(404, 'Not found');
	event.depends('app:applications');
	return {
		challenge: {
			id: challenge.id,
			title: challenge.title,
			status: challenge.status,
			corporate: challenge.corporate
		},
		applications: applications.map((a) => ({
			...a,
			moves: [...allowedMoves(a.status as Status, 'manager')]
		})),
		timeZone: user.timeZone
	};
}) satisfies PageServerLoad;

// A select left at "choose a reason" sends "", which means no reason (the schema then asks for one).
const moveInput = z.preprocess(
	(raw) => {
		const form = { ...(raw as Record<string, unknown>) };
		if (form.reason === '') delete form.reason;
		return form;
	},
	z.intersection(z.object({ applicationId: z.uuid() }), applicationUpdate)
);

export const actions = {
	move: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event, moveInput);
		if ('failure' in parsed) return parsed.failure;
		const { applicationId, ...update } = parsed.data;
		let moved;
		try {
			moved = await updateApplication(db(), await loadViewer(db(), user), applicationId, update);
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		if (!moved) error(404, 'Not found');
		return { moved: { id: moved.id, status: moved.status } };
	}
} satisfies Actions;
