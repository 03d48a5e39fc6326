/**
 * The check-in answer forms: by the mail link's token (no sign-in; the page's GET only reads) and in
 * the app by a member of the asked organization. Both parse the same fields; a broken rule (an
 * expired link, an answer already given) comes back as the page's message with the typed values.
 */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Viewer } from '$lib/server/catalog/viewer';
import { DomainError } from '$lib/server/errors';
import { answerCheckin, answerCheckinAsMember } from '$lib/server/outcomes/checkin-answer';
import { checkinAnswers } from '$lib/server/outcomes/schema';
import { db } from '$lib/server/runtime';
import { idParam } from './catalog-pages';
import { formValues } from './meetup-form';
import { domainMessage, fieldErrors } from './messages';
import { readCheckinForm } from './outcome-form';

async function answer(
	event: RequestEvent,
	act: (values: Record<string, string>, answers: never) => Promise<unknown>
) {
	const values = formValues(await event.request.formData());
	const locale = event.locals.locale;
	const parsed = checkinAnswers.safeParse(readCheckinForm(values));
	if (!parsed.success)
		return fail(400, {
			values,
			errors: fieldErrors(parsed.error, locale),
			message: m.form_invalid({}, { locale })
		});
	try {
		if ((await act(values, parsed.data as never)) === undefined) error(404, 'Not found');
	} catch (e) {
		if (!(e instanceof DomainError)) throw e;
		return fail(e.status, { values, errors: {}, message: domainMessage(e, locale) });
	}
	return undefined;
}

/** The mail link's answer; back to the same link, which now shows the thanks. */
export async function answerByToken(event: RequestEvent, token: string) {
	const failed = await answer(event, (_v, answers) => answerCheckin(db(), token, answers));
	if (failed) return failed;
	redirect(303, `/checkins/${token}`);
}

/** An answer in the app (`id` in the form); back to the list, saying it was answered. */
export async function answerAsMember(event: RequestEvent, viewer: Viewer) {
	const failed = await answer(event, (values, answers) =>
		answerCheckinAsMember(db(), viewer, idParam(values.id ?? ''), answers)
	);
	if (failed) return failed;
	redirect(303, '/checkins?done=answered');
}
