import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { eventForManager } from '$lib/server/events/access';
import { editBoard } from '$lib/server/events/board';
import { participantRows } from '$lib/server/events/participants';
import { publishSchedule } from '$lib/server/events/publish';
import { startScheduleRun } from '$lib/server/events/schedule-run';
import { scheduleDocument } from '$lib/server/events/schedule-view';
import { boardDoneMessage, failBoard, invalidBoardForm, readBoardForm } from '$lib/server/http/board-form';
import { idParam } from '$lib/server/http/catalog-pages';
import { formStrings, pageOrError, pageViewer } from '$lib/server/http/floor-pages';
import { db } from '$lib/server/runtime';

// The event's managers only: a participant gets 403, anyone else 404 (eventForManager decides here,
// not in the layout, whose load a client-side navigation may skip). The day itself (slots, tables,
// halls, zone) comes from the layout's `event`.
export const load = (async (event) => {
	const viewer = await pageViewer(event);
	const id = idParam(event.params.id);
	const row = await pageOrError(() => eventForManager(db(), viewer, id));
	event.depends('app:board');
	const [schedule, participants] = await Promise.all([
		scheduleDocument(db(), row),
		participantRows(db(), id)
	]);
	return {
		schedule,
		// The board's meetings carry the names as registered; English pages show English names.
		names: Object.fromEntries(participants.map((p) => [p.organizationId, { name: p.name, nameEn: p.nameEn }]))
	};
}) satisfies PageServerLoad;

export const actions = {
	/** Runs the auto-scheduler; small days finish here, big ones go on in the background. */
	run: async (event) => {
		const o = { locale: event.locals.locale };
		try {
			const started = await startScheduleRun(db(), await pageViewer(event), idParam(event.params.id));
			if (started.status === 'running') return { running: started.runId };
			const run = started.schedule.lastRun;
			const args = { placed: String(run?.placed ?? 0), bound: String(run?.upperBound ?? 0) };
			return { done: m.board_run_done(args, o) };
		} catch (e) {
			return failBoard(e, event, {});
		}
	},
	/** One board edit (move or swap, place, unschedule, lock, unlock) at the version the page showed. */
	edit: async (event) => {
		const values = await formStrings(event);
		const parsed = readBoardForm(values);
		if (!parsed.success) return invalidBoardForm(values, parsed.error.issues, event.locals.locale);
		try {
			const change = await editBoard(db(), await pageViewer(event), idParam(event.params.id), parsed.data);
			return { done: boardDoneMessage(change.cause, event.locals.locale), change };
		} catch (e) {
			return failBoard(e, event, values);
		}
	},
	publish: async (event) => {
		try {
			const published = await publishSchedule(db(), await pageViewer(event), idParam(event.params.id));
			return { done: m.board_published({}, { locale: event.locals.locale }), published };
		} catch (e) {
			return failBoard(e, event, {});
		}
	}
} satisfies Actions;
