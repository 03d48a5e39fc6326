import type { RequestHandler } from './$types';
import { api, readJson, readQuery } from '$lib/server/http/api';
import { apiViewer } from '$lib/server/http/meetup-api';
import { privateJson } from '$lib/server/http/report-api';
import { listCollaborations } from '$lib/server/outcomes/board';
import { openCollaboration } from '$lib/server/outcomes/open';
import { collaborationInput, collaborationsQuery } from '$lib/server/outcomes/schema';
import { db } from '$lib/server/runtime';

/** Pipeline cards: a center's board, a corporate's or a startup's, optionally one stage. */
export const GET: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	return privateJson(await listCollaborations(db(), viewer, readQuery(event, collaborationsQuery)));
});

/** Opens a card in `matched`; an active one for the pair and challenge already → 409. */
export const POST: RequestHandler = api(async (event) => {
	const { viewer } = await apiViewer(event);
	const input = await readJson(event, collaborationInput);
	const card = await openCollaboration(db(), viewer, input);
	return privateJson(card, 201, { location: `/api/v1/collaborations/${card.id}` });
});
