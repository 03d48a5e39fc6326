import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getStartup, updateStartup } from '$lib/server/catalog/startups';
import { loadViewer } from '$lib/server/catalog/viewer';
import { requireUser } from '$lib/server/auth/guards';
import { idParam, readListFields, withLists } from '$lib/server/http/catalog-pages';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { uploadLogo } from '$lib/server/http/logo-upload';
import { MAX_LOGO_BYTES } from '$lib/server/media/logo';
import { db } from '$lib/server/runtime';
import { startupEditForm } from '../../startup-form';

/** The profile, for its own people, its center's managers and admins only (others: 404 or 403). */
async function editable(event: RequestEvent<{ id: string }>) {
	const viewer = await loadViewer(db(), requireUser(event));
	const startup = await getStartup(db(), viewer, idParam(event.params.id));
	if (!startup) error(404, 'Not found');
	if (!startup.canEdit) error(403, 'Forbidden');
	return { viewer, startup };
}

export const load = (async (event) => {
	const { startup: s } = await editable(event);
	return {
		startup: { id: s.id, name: s.name, nameEn: s.nameEn, logoPath: s.logoPath, completeness: s.completeness },
		values: {
			name: s.name,
			nameEn: s.nameEn,
			summary: s.summary,
			description: s.description,
			techTags: s.techTags.join(', '),
			stage: s.stage,
			region: s.region,
			foundedYear: s.foundedYear?.toString(),
			employees: s.employees?.toString(),
			website: s.website,
			businessNumber: s.businessNumber?.replace(/^(\d{3})(\d{2})(\d{5})$/, '$1-$2-$3'),
			traction: s.traction,
			pitch: s.pitch,
			visibility: s.visibility
		},
		lists: { industries: s.industries, seeking: s.seeking },
		maxLogoBytes: MAX_LOGO_BYTES
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { viewer, startup } = await editable(event);
		const lists = await readListFields(event);
		const parsed = await parseForm(event, startupEditForm);
		if ('failure' in parsed) return withLists(parsed.failure, lists);
		let updated;
		try {
			updated = await updateStartup(db(), viewer, startup.id, parsed.data);
		} catch (e) {
			return withLists(failFromDomain(e, event, parsed.values), lists);
		}
		if (!updated) error(404, 'Not found');
		redirect(303, `/startups/${startup.id}?saved=1`);
	},
	logo: async (event) => {
		const { viewer, startup } = await editable(event);
		return uploadLogo(event, viewer, startup.id);
	}
} satisfies Actions;
