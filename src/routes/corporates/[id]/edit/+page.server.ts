import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { getCorporate, updateCorporate } from '$lib/server/catalog/corporates';
import { corporateProfileInput } from '$lib/server/catalog/schema';
import { loadViewer } from '$lib/server/catalog/viewer';
import { idParam, readListFields, withLists } from '$lib/server/http/catalog-pages';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { uploadLogo } from '$lib/server/http/logo-upload';
import { MAX_LOGO_BYTES } from '$lib/server/media/logo';
import { db } from '$lib/server/runtime';

// An unticked checkbox group sends nothing: here that means "no industries".
const corporateForm = z.preprocess((raw) => ({ industries: [], ...(raw as object) }), corporateProfileInput);

/** The corporate, for its members, its center's managers and admins only (others: 404 or 403). */
async function editable(event: RequestEvent<{ id: string }>) {
	const viewer = await loadViewer(db(), requireUser(event));
	const corporate = await getCorporate(db(), viewer, idParam(event.params.id));
	if (!corporate) error(404, 'Not found');
	if (!corporate.canEdit) error(403, 'Forbidden');
	return { viewer, corporate };
}

export const load = (async (event) => {
	const { corporate: c } = await editable(event);
	return {
		corporate: { id: c.id, name: c.name, nameEn: c.nameEn, logoPath: c.logoPath },
		values: {
			name: c.name,
			nameEn: c.nameEn,
			description: c.description,
			focusAreas: c.focusAreas,
			website: c.website,
			region: c.region
		},
		lists: { industries: c.industries },
		maxLogoBytes: MAX_LOGO_BYTES
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { viewer, corporate } = await editable(event);
		const lists = await readListFields(event);
		const parsed = await parseForm(event, corporateForm);
		if ('failure' in parsed) return withLists(parsed.failure, lists);
		let updated;
		try {
			updated = await updateCorporate(db(), viewer, corporate.id, parsed.data);
		} catch (e) {
			return withLists(failFromDomain(e, event, parsed.values), lists);
		}
		if (!updated) error(404, 'Not found');
		redirect(303, `/corporates/${corporate.id}?saved=1`);
	},
	logo: async (event) => {
		const { viewer, corporate } = await editable(event);
		return uploadLogo(event, viewer, corporate.id);
	}
} satisfies Actions;
