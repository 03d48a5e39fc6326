import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { eventForManager } from '$lib/server/events/access';
import { checkIn, markFloorStatus } from '$lib/server/events/floor';
import { checkinInput, FLOOR_STATUSES } from '$lib/server/events/floor-schema';
import { placeStandby } from '$lib/server/events/floor-standby';
import { floorState } from '$lib/server/events/floor-views';
import { idParam } from '$lib/server/http/catalog-pages';
import { codeFrom, failFloor, formStrings, pageOrError, pageViewer } from '$lib/server/http/floor-pages';
import { db } from '$lib/server/runtime';

// The event's managers only: a participant gets 403, anyone else 404 (eventForManager decides).
export const load = (async (event) => {
	const viewer = await pageViewer(event);
	const found = await pageOrError(() => eventForManager(db(), viewer, idParam(event.params.id)));
	event.depends('app:floor');
	const state = await floorState(db(), found, new Date());
	return {
		event: {
			id: found.id,
			title: found.title,
			venue: found.venue,
			timeZone: found.timeZone,
			halls: found.halls
		},
		...state
	};
}) satisfies PageServerLoad;

const statusForm = z.object({ orgId: z.uuid(), status: z.enum([...FLOOR_STATUSES, 'clear']) });
const standbyForm = z.object({
	requestId: z.uuid(),
	slot: z.coerce.number().int().min(0),
	table: z.coerce.number().int().min(1)
});
const invalid = (locale: 'ko' | 'en', values: Record<string, string>) =>
	fail(400, { values, message: m.form_invalid({}, { locale }), field: null });

export const actions = {
	checkin: async (event) => {
		const values = await formStrings(event);
		const o = { locale: event.locals.locale };
		const parsed = checkinInput.safeParse({ code: codeFrom(values.code) });
		if (!parsed.success)
			return fail(400, {
				values,
				message: m.validation_invalid({}, { locale: event.locals.locale }),
				field: 'code'
			});
		try {
			const r = await checkIn(db(), await pageViewer(event), idParam(event.params.id), parsed.data.code);
			const args = { name: r.participant.organization.name, count: String(r.meetings.length) };
			return {
				done: r.participant.alreadyCheckedIn
					? m.floor_already_checked_in(args, o)
					: m.floor_checked_in(args, o)
			};
		} catch (e) {
			return failFloor(e, event, values);
		}
	},
	status: async (event) => {
		const values = await formStrings(event);
		const o = { locale: event.locals.locale };
		const parsed = statusForm.safeParse(values);
		if (!parsed.success) return invalid(event.locals.locale, values);
		const status = parsed.data.status === 'clear' ? null : parsed.data.status;
		try {
			const r = await markFloorStatus(
				db(),
				await pageViewer(event),
				idParam(event.params.id),
				parsed.data.orgId,
				status
			);
			const name = values.name ?? '';
			if (status === 'no_show')
				return { done: m.floor_no_show_saved({ name, count: String(r.cancelledMeetingIds.length) }, o) };
			const label = status === 'late' ? m.floor_state_late({}, o) : m.floor_mark_clear({}, o);
			return { done: m.floor_status_saved({ name, status: label }, o) };
		} catch (e) {
			return failFloor(e, event, values);
		}
	},
	standby: async (event) => {
		const values = await formStrings(event);
		const o = { locale: event.locals.locale };
		const parsed = standbyForm.safeParse(values);
		if (!parsed.success) return invalid(event.locals.locale, values);
		try {
			await placeStandby(db(), await pageViewer(event), idParam(event.params.id), parsed.data);
			const { startup = '', corporate = '' } = values;
			return { done: m.floor_standby_placed({ startup, corporate, table: String(parsed.data.table) }, o) };
		} catch (e) {
			return failFloor(e, event, values);
		}
	}
} satisfies Actions;
