import type { PageServerLoad } from './$types';
import { openApiDocument } from '$lib/server/openapi/document';
import { describeReference, type Locale, type ReferenceView } from '$lib/server/openapi/reference';

// The document never changes while the process runs, so each language's view is built once.
const views = new Map<Locale, ReferenceView>();

export const load = (({ locals }) => {
	let reference = views.get(locals.locale);
	if (!reference) {
		reference = describeReference(openApiDocument(), locals.locale);
		views.set(locals.locale, reference);
	}
	return { reference };
}) satisfies PageServerLoad;
