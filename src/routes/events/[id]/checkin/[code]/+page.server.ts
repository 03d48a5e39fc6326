import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { checkIn, participantByCode } from '$lib/server/events/floor';
import { checkinCode } from '$lib/server/events/floor-schema';
import { idParam } from '$lib/server/http/catalog-pages';
import { failFloor, pageOrError, pageViewer } from '$lib/server/http/floor-pages';
import { db } from '$lib/server/runtime';

function params(p: { id: string; code: string }) {
	const code = checkinCode.safeParse(p.code);
	if (!code.success) error(404, 'Not found');
	return { id: idParam(p.id), code: code.data };
}

// What a participant's QR opens. Only the event's managers see who it is (403 for participants, 404
// for anyone else), so a photographed badge tells a stranger nothing.
export const load = (async (event) => {
	const viewer = await pageViewer(event);
	const { id, code } = params(event.params);
	const found = await pageOrError(() => participantByCode(db(), viewer, id, code));
	return {
		event: { id: found.event.id, title: found.event.title, timeZone: found.event.timeZone },
		participant: {
			organization: {
				id: found.participant.organizationId,
				name: found.participant.name,
				nameEn: found.participant.nameEn
			},
			side: found.participant.side,
			checkedInAt: found.participant.checkedInAt?.toISOString() ?? null,
			floorStatus: found.participant.floorStatus
		},
		meetings: found.meetings
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { id, code } = params(event.params);
		try {
			const r = await checkIn(db(), await pageViewer(event), id, code);
			return { checkedInAt: r.participant.checkedInAt };
		} catch (e) {
			return failFloor(e, event, {});
		}
	}
} satisfies Actions;
