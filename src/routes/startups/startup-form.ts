import { z } from 'zod';
import { startupInput, startupPatch } from '$lib/server/catalog/schema';

// The startup editor's form → the catalog's input schemas. A form differs from JSON in two ways:
// an unticked checkbox group sends nothing at all (which here means "none", not "unchanged"), and
// tech tags are typed as one comma-separated line.

const LIST_FIELDS = ['industries', 'seeking'] as const;

/** "AI, 컴퓨터 비전, ai" → ["AI", "컴퓨터 비전", "ai"] (the schema lowercases; the service de-duplicates). */
export function splitTags(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	return value
		.split(/[,，、\n]/)
		.map((tag) => tag.trim())
		.filter(Boolean);
}

function fromForm(raw: unknown) {
	const form = { ...(raw as Record<string, unknown>) };
	for (const key of LIST_FIELDS) form[key] ??= [];
	form.techTags = splitTags(form.techTags ?? '');
	if (form.centerId === '') delete form.centerId;
	return form;
}

export const startupCreateForm = z.preprocess(fromForm, startupInput);
// The editor always sends the whole profile. Since missing lists mean "none" in a form, a post without
// the name (not from the editor: a script, a truncated request) would empty them: it is refused instead.
export const startupEditForm = z.preprocess(fromForm, startupPatch.required({ name: true }));
