/**
 * The outcome forms' actions (record on a card, confirm or reject, correct) and opening a card: parse,
 * call the service, map a broken rule to the field it names with what was typed kept. Each form sends
 * an `intent` so the page shows the failure next to the form that caused it.
 */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { Viewer } from '$lib/server/catalog/viewer';
import { DomainError } from '$lib/server/errors';
import { openCollaboration } from '$lib/server/outcomes/open';
import { decideOutcome } from '$lib/server/outcomes/outcomes';
import { recordOutcome } from '$lib/server/outcomes/outcomes';
import { correctOutcome } from '$lib/server/outcomes/corrections';
import {
	collaborationInput,
	correctionInput,
	decisionInput,
	outcomeInput
} from '$lib/server/outcomes/schema';
import { db } from '$lib/server/runtime';
import { idParam } from './catalog-pages';
import { formValues } from './meetup-form';
import { domainMessage, fieldErrors } from './messages';
import { readCorrectionForm, readOutcomeForm } from './outcome-form';

interface Failure {
	values: Record<string, string>;
	errors: Record<string, string[]>;
	message: string;
}

/** Parses `input` with `schema`, runs `act`; a 400/4xx failure with the typed values, or the result. */
async function run<S extends z.ZodType, T>(
	event: RequestEvent,
	values: Record<string, string>,
	schema: S,
	input: unknown,
	act: (data: z.infer<S>) => Promise<T | undefined>
) {
	const locale = event.locals.locale;
	const parsed = schema.safeParse(input);
	if (!parsed.success)
		return fail(400, {
			values,
			errors: fieldErrors(parsed.error, locale),
			message: m.form_invalid({}, { locale })
		} satisfies Failure);
	let result: T | undefined;
	try {
		result = await act(parsed.data);
	} catch (e) {
		if (!(e instanceof DomainError)) throw e;
		const message = domainMessage(e, locale);
		return fail(e.status, {
			values,
			errors: e.field ? { [e.field]: [message] } : {},
			message
		} satisfies Failure);
	}
	if (result === undefined) error(404, 'Not found');
	return { ok: result };
}

type Card = { id: string; startupId: string; corporateId: string };

/** "Record an outcome" on a card; back to the card with the new outcome named. */
export async function recordAction(event: RequestEvent, viewer: Viewer, card: Card) {
	const values = formValues(await event.request.formData());
	const input = readOutcomeForm(values, card, viewer.user?.timeZone ?? 'Asia/Seoul');
	const done = await run(event, values, outcomeInput, input, (data) => recordOutcome(db(), viewer, data));
	if (!('ok' in done)) return done;
	redirect(303, `/collaborations/${card.id}?done=recorded#outcome-${done.ok.id}`);
}

/** A manager confirms or rejects a reported outcome; back to `back` saying which. */
export async function decideAction(event: RequestEvent, viewer: Viewer, back: string) {
	const values = formValues(await event.request.formData());
	const id = idParam(values.outcomeId ?? '');
	const done = await run(event, values, decisionInput, { decision: values.decision }, (data) =>
		decideOutcome(db(), viewer, id, data.decision)
	);
	if (!('ok' in done)) return done;
	redirect(303, `${back}?done=${done.ok.status}`);
}

/** A correction (a new version; the old one kept as history). */
export async function correctAction(event: RequestEvent, viewer: Viewer, back: string) {
	const values = formValues(await event.request.formData());
	const id = idParam(values.outcomeId ?? '');
	const input = readCorrectionForm(values, viewer.user?.timeZone ?? 'Asia/Seoul');
	const done = await run(event, values, correctionInput, input, (data) =>
		correctOutcome(db(), viewer, id, data)
	);
	if (!('ok' in done)) return done;
	redirect(303, `${back}?done=corrected#outcome-${done.ok.id}`);
}

/** A manager or a party opens a card for a startup and a corporate; it opens at "matched". */
export async function openAction(event: RequestEvent, viewer: Viewer) {
	const values = formValues(await event.request.formData());
	const input = {
		startupId: values.startupId || undefined,
		corporateId: values.corporateId || undefined,
		note: values.note ?? ''
	};
	const done = await run(event, values, collaborationInput, input, (data) =>
		openCollaboration(db(), viewer, data)
	);
	if (!('ok' in done)) return done;
	redirect(303, `/collaborations/${done.ok.id}?done=opened`);
}
