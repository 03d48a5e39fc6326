import { fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { DomainError } from '$lib/server/errors';
import { domainMessage, fieldErrors } from './messages';
import { fieldsWithNul } from './nul';
import { m } from '$lib/paraglide/messages';

export interface FormFailure {
	values: Record<string, string>;
	errors: Record<string, string[]>;
	message: string;
}

// Secrets are never echoed back into the page.
const SECRET_FIELDS = new Set(['password', 'newPassword', 'currentPassword', 'token']);

function echo(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [k, v] of form)
		if (typeof v === 'string' && !SECRET_FIELDS.has(k) && k !== '__proto__') values[k] = v;
	return values;
}

/** Parses a form with zod; on failure, a 400 that returns what the user typed and an error per field. */
export async function parseForm<S extends z.ZodType>(
	event: RequestEvent,
	schema: S
): Promise<{ data: z.infer<S>; values: Record<string, string> } | { failure: ActionFailure<FormFailure> }> {
	const form = await event.request.formData();
	const values = echo(form);
	// No prototype, so a field named `__proto__` stays a field and cannot replace the object's prototype.
	const raw: Record<string, unknown> = Object.create(null);
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
		// Multi-value fields (checkbox groups) are named with a trailing [].
		if (key.endsWith('[]')) raw[key.slice(0, -2)] = all;
		else raw[key] = all[0];
	}
	const withNul = fieldsWithNul(raw);
	if (withNul.length > 0) {
		const message = m.validation_nul({}, { locale: event.locals.locale });
		return {
			failure: fail(400, {
				values,
				errors: Object.fromEntries(withNul.map((f) => [f, [message]])),
				message: m.form_invalid({}, { locale: event.locals.locale })
			})
		};
	}
	const parsed = schema.safeParse(raw);
	if (!parsed.success) {
		return {
			failure: fail(400, {
				values,
				errors: fieldErrors(parsed.error, event.locals.locale),
				message: m.form_invalid({}, { locale: event.locals.locale })
			})
		};
	}
	return { data: parsed.data, values };
}

/** A broken rule, shown next to the field it is about, with the user's input kept. */
export function failFromDomain(
	e: unknown,
	event: RequestEvent,
	values: Record<string, string>
): ActionFailure<FormFailure> {
	if (!(e instanceof DomainError)) throw e;
	const message = domainMessage(e, event.locals.locale);
	if (e.code === 'rate_limited') setRetryAfter(event, Number(e.details.retryAfterSeconds ?? 60));
	return fail(e.status, { values, errors: e.field ? { [e.field]: [message] } : {}, message });
}

/** Retry-After on a refused form post, as the JSON API sends it (a header may be set only once). */
function setRetryAfter(event: RequestEvent, seconds: number): void {
	try {
		event.setHeaders({ 'retry-after': String(seconds) });
	} catch {
		// already set for this response
	}
}
