import type { RequestHandler } from './$types';
import { api, readJson } from '$lib/server/http/api';
import { privateJson } from '$lib/server/http/report-api';
import { answerCheckin } from '$lib/server/outcomes/checkin-answer';
import { tokenAnswer } from '$lib/server/outcomes/schema';
import { db } from '$lib/server/runtime';

/** Answers with the mail link's token instead of a session (the link itself only opens a form). */
export const POST: RequestHandler = api(async (event) => {
	const { token, answers } = await readJson(event, tokenAnswer);
	return privateJson(await answerCheckin(db(), token, answers));
});
