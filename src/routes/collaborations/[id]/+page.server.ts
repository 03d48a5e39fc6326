import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam, loadOr404 } from '$lib/server/http/catalog-pages';
import { correctAction, decideAction, recordAction } from '$lib/server/http/outcome-actions';
import { DROP_REASONS } from '$lib/server/outcomes/stages';
import { moveAction } from '$lib/server/http/pipeline-pages';
import { loadParties, managesAny } from '$lib/server/outcomes/access';
import { getCollaboration } from '$lib/server/outcomes/board';
import { listOutcomes } from '$lib/server/outcomes/corrections';
import { db } from '$lib/server/runtime';
import { toLocalInput } from '$lib/zoned-time';

// One card: its moves (the audit-backed history) and outcomes, for the parties and their centers'
// managers (anyone else: 404). Confirming is a manager's; the services check every action again.
export const load = (async (event) => {
	const user = requireUser(event);
	const viewer = await loadViewer(db(), user);
	const card = await loadOr404(() => getCollaboration(db(), viewer, idParam(event.params.id)));
	const [outcomes, { parties }] = await Promise.all([
		listOutcomes(db(), viewer, { collaborationId: card.id, history: true, page: 1, limit: 100 }),
		loadParties(db(), {
			startupId: card.startup.id,
			corporateId: card.corporate.id,
			challengeId: card.challenge?.id
		})
	]);
	const managed = parties.centerIds.find((c) => viewer.managedCenterIds.includes(c));
	const board = managed
		? `/centers/${managed}/pipeline`
		: viewer.corporateIds.includes(card.corporate.id)
			? `/corporates/${card.corporate.id}/pipeline`
			: null;
	return {
		card,
		outcomes: outcomes.hits,
		canDecide: managesAny(viewer, parties.centerIds),
		board,
		dropReasons: [...DROP_REASONS],
		timeZone: user.timeZone,
		today: toLocalInput(new Date(), user.timeZone).slice(0, 10)
	};
}) satisfies PageServerLoad;

async function cardOf(event: RequestEvent) {
	const viewer = await loadViewer(db(), requireUser(event));
	const card = await loadOr404(() => getCollaboration(db(), viewer, idParam(event.params.id)));
	return { viewer, card, back: `/collaborations/${card.id}` };
}

export const actions = {
	move: async (event) => {
		const { viewer, back } = await cardOf(event);
		return moveAction(event, viewer, back);
	},
	record: async (event) => {
		const { viewer, card } = await cardOf(event);
		return recordAction(event, viewer, {
			id: card.id,
			startupId: card.startup.id,
			corporateId: card.corporate.id
		});
	},
	decide: async (event) => {
		const { viewer, back } = await cardOf(event);
		return decideAction(event, viewer, back);
	},
	correct: async (event) => {
		const { viewer, back } = await cardOf(event);
		return correctAction(event, viewer, back);
	}
} satisfies Actions;
