import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { nowAndNext } from '$lib/server/events/floor-screen';
import { hallQuery } from '$lib/server/events/floor-schema';
import { idParam } from '$lib/server/http/catalog-pages';
import { pageOrError, pageViewer } from '$lib/server/http/floor-pages';
import { db } from '$lib/server/runtime';

// A hall's "now and next" for the venue display, opened by a manager signed in on it (`?hall=2`).
export const load = (async (event) => {
	const viewer = await pageViewer(event);
	const { hall } = hallQuery.parse(Object.fromEntries(event.url.searchParams));
	event.depends('app:screen');
	const screen = await pageOrError(() =>
		nowAndNext(db(), viewer, idParam(event.params.id), hall - 1, new Date())
	);
	if (!screen) error(404, 'Not found');
	return { screen };
}) satisfies PageServerLoad;
