import type { RequestHandler } from './$types';
import { getCorporate, updateCorporate } from '$lib/server/catalog/corporates';
import { loadViewer } from '$lib/server/catalog/viewer';
import { forbidden, notFound } from '$lib/server/errors';
import { api, json, readJson, requireApiUser } from '$lib/server/http/api';
import { corporateBody } from '$lib/server/http/catalog-bodies';
import { corporatePatch, idPath } from '$lib/server/openapi/catalog-requests';
import { db } from '$lib/server/runtime';

/** A corporate partner's public profile. */
export const GET: RequestHandler = api(async (event) => {
	const path = idPath.safeParse(event.params);
	if (!path.success) throw notFound();
	const found = await getCorporate(db(), await loadViewer(db(), event.locals.user), path.data.id);
	if (!found) throw notFound();
	return json(corporateBody(found));
});

/**
 * Changes the fields sent, by the corporate's members, its steward center's managers and admins. The
 * service replaces the whole profile, so the fields left out are carried over from the current one.
 */
export const PATCH: RequestHandler = api(async (event) => {
	const user = requireApiUser(event);
	const path = idPath.safeParse(event.params);
	if (!path.success) throw notFound();
	const patch = await readJson(event, corporatePatch);
	const viewer = await loadViewer(db(), user);
	const current = await getCorporate(db(), viewer, path.data.id);
	if (!current) throw notFound();
	if (!current.canEdit) throw forbidden();
	// `'key' in patch`: a key sent empty ("" → undefined) clears the field; a key left out keeps it.
	const keep = <K extends keyof typeof patch>(key: K, value: (typeof patch)[K]) =>
		key in patch ? patch[key] : value;
	const updated = await updateCorporate(db(), viewer, path.data.id, {
		name: patch.name ?? current.name,
		nameEn: keep('nameEn', current.nameEn ?? undefined),
		description: patch.description ?? current.description,
		industries: patch.industries ?? current.industries,
		focusAreas: patch.focusAreas ?? current.focusAreas,
		website: keep('website', current.website ?? undefined),
		region: keep('region', current.region ?? undefined)
	});
	if (!updated) throw notFound();
	return json(corporateBody(updated));
});
