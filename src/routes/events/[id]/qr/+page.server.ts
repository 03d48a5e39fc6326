import type { PageServerLoad } from './$types';
import { eventFor } from '$lib/server/events/access';
import { participantQr } from '$lib/server/events/floor-views';
import { idParam } from '$lib/server/http/catalog-pages';
import { pageOrError, pageViewer } from '$lib/server/http/floor-pages';
import { db } from '$lib/server/runtime';

// A participant's own QR for the entrance; anyone not taking part or managing the event gets a 404.
export const load = (async (event) => {
	const viewer = await pageViewer(event);
	const id = idParam(event.params.id);
	const access = await pageOrError(() => eventFor(db(), viewer, id));
	const codes = await participantQr(db(), viewer, id, event.url.origin);
	const e = access.event;
	return {
		event: {
			id: e.id,
			title: e.title,
			venue: e.venue,
			startsAt: e.start.toISOString(),
			timeZone: e.timeZone
		},
		// As an image, not inline markup: the page never injects HTML, and the QR prints like a picture.
		codes: codes.map(({ svg, ...qr }) => ({
			...qr,
			image: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
		}))
	};
}) satisfies PageServerLoad;
