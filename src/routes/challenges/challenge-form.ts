import { z } from 'zod';
import { challengeInput, challengePatch } from '$lib/server/catalog/schema';
import { fromLocalInput } from '$lib/zoned-time';
import { splitTags } from '../startups/startup-form';

// The challenge editor's form → the catalog's input schemas: unticked checkbox groups mean "none",
// tech tags are one comma-separated line, the deadline is a datetime-local in the editor's time zone,
// and budgets may be typed with thousands separators ("50,000,000").

const LIST_FIELDS = ['industries', 'collaborationTypes', 'preferredStages', 'regions'] as const;

function number(value: unknown, empty: null | undefined): unknown {
	if (typeof value !== 'string') return value;
	const digits = value.replace(/[,_\s원]/g, '');
	return digits === '' ? empty : Number(digits);
}

function fromForm(timeZone: string, empty: null | undefined) {
	return (raw: unknown) => {
		const form = { ...(raw as Record<string, unknown>) };
		for (const key of LIST_FIELDS) form[key] ??= [];
		form.techTags = splitTags(form.techTags ?? '');
		if (form.hostCenterId === '') delete form.hostCenterId;
		if (typeof form.closesAt === 'string') {
			// An unreadable date is passed on as text, so the schema names the field in its error.
			form.closesAt =
				form.closesAt.trim() === '' ? empty : (fromLocalInput(form.closesAt, timeZone) ?? form.closesAt);
		}
		form.budgetMinKrw = number(form.budgetMinKrw, empty);
		form.budgetMaxKrw = number(form.budgetMaxKrw, empty);
		return form;
	};
}

export const challengeCreateForm = (timeZone: string) =>
	z.preprocess(fromForm(timeZone, undefined), challengeInput);
// The editor always sends the whole challenge and the version it started from. Since missing lists
// mean "none" in a form, a post without them (not from the editor) would empty the challenge's lists
// and skip the stale-version check: both fields are required here, unlike in the JSON PATCH.
export const challengeEditForm = (timeZone: string) =>
	z.preprocess(fromForm(timeZone, null), challengePatch.required({ title: true, expectedUpdatedAt: true }));

/**
 * The statuses the editor offers: the current one and the lifecycle's next steps. A mirror of the
 * service's rule (challenges.ts does not export it); the service enforces it, so a stale copy here
 * could only offer a move that is then refused with a clear 409, never allow a wrong one.
 */
const STATUS_MOVES: Record<string, readonly string[]> = {
	draft: ['open', 'archived'],
	open: ['screening', 'closed', 'archived'],
	screening: ['open', 'closed', 'archived'],
	closed: ['open', 'archived'],
	archived: []
};

export function statusChoices(current: string): string[] {
	return [current, ...(STATUS_MOVES[current] ?? [])];
}
