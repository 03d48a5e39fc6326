import type { PageServerLoad } from './$types';
import { getAgenda } from '$lib/server/events/agenda';
import { idParam } from '$lib/server/http/catalog-pages';
import { pageOrError, pageViewer } from '$lib/server/http/floor-pages';
import { db } from '$lib/server/runtime';

// The viewer's own meetings of the day (their participating organizations'); before publication
// `published` is false and there are none to show. Strangers get 404 (getAgenda decides here, not
// only in the layout); the day itself and whether the viewer manages it come from the layout.
export const load = (async (event) => {
	const viewer = await pageViewer(event);
	const id = idParam(event.params.id);
	event.depends('app:agenda');
	const agenda = await pageOrError(() => getAgenda(db(), viewer, id));
	return { published: agenda.published, organizations: agenda.organizations };
}) satisfies PageServerLoad;
