import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { DomainError } from '$lib/server/errors';
import { loadViewer, type Viewer } from '$lib/server/catalog/viewer';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/runtime';
import { domainMessage } from './messages';

/**
 * The live-floor pages' loads: the service's 404 and 403 become the error page with the same status
 * (a participant who opens a manager's page learns only that it is not for them).
 */
export async function pageOrError<T>(load: () => Promise<T>): Promise<T> {
	try {
		return await load();
	} catch (e) {
		if (e instanceof DomainError && (e.status === 404 || e.status === 403))
			error(e.status, e.status === 404 ? 'Not found' : 'Forbidden');
		throw e;
	}
}

/** The signed-in viewer of a page or action. */
export async function pageViewer(event: RequestEvent): Promise<Viewer> {
	return loadViewer(db(), requireUser(event));
}

/** A broken rule in a floor action: its status and localized message, with what was sent. */
export function failFloor(e: unknown, event: RequestEvent, values: Record<string, string>) {
	if (!(e instanceof DomainError)) throw e;
	if (e.status === 404 && !e.field) error(404, 'Not found');
	return fail(e.status, { values, message: domainMessage(e, event.locals.locale), field: e.field ?? null });
}

/** A form's string fields. */
export async function formStrings(event: RequestEvent): Promise<Record<string, string>> {
	const values: Record<string, string> = {};
	for (const [k, v] of await event.request.formData()) if (typeof v === 'string') values[k] = v;
	return values;
}

/** A check-in code typed or pasted: the code itself or the whole check-in link. */
export function codeFrom(value: string | undefined): string {
	const text = (value ?? '').trim();
	const match = /\/checkin\/([A-Za-z0-9_-]+)\/?(?:[?#].*)?$/.exec(text);
	return match ? match[1]! : text;
}
