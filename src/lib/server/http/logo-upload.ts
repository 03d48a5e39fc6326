import { fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { DomainError } from '$lib/server/errors';
import { setLogoPath } from '$lib/server/catalog/startups';
import type { Viewer } from '$lib/server/catalog/viewer';
import { MAX_LOGO_BYTES, storeLogo } from '$lib/server/media/logo';
import { db, runtime } from '$lib/server/runtime';
import { failFromDomain, type FormFailure } from './form';

/** Room for the multipart envelope around the file (boundaries, headers, the other fields). */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * A logo upload form action for an organization the caller has already been checked to act for.
 * Size and type are judged by the media module from the bytes (413, 415, 422), before anything is
 * written; a body that announces itself as too big is refused without being read.
 */
export async function uploadLogo(
	event: RequestEvent,
	viewer: Viewer,
	organizationId: string
): Promise<ActionFailure<FormFailure> | { logoSaved: true }> {
	const declared = Number(event.request.headers.get('content-length') ?? 0);
	if (declared > MAX_LOGO_BYTES + MULTIPART_OVERHEAD_BYTES) {
		return failFromDomain(new DomainError('image_too_large', 413, 'logo'), event, {});
	}
	let file: FormDataEntryValue | null;
	try {
		file = (await event.request.formData()).get('logo');
	} catch {
		return failFromDomain(new DomainError('unsupported_image', 415, 'logo'), event, {});
	}
	if (!(file instanceof File) || file.size === 0) {
		const message = m.logo_missing({}, { locale: event.locals.locale });
		return fail(400, { values: {}, errors: { logo: [message] }, message });
	}
	try {
		const fileName = await storeLogo(
			runtime().config.dataDir,
			organizationId,
			new Uint8Array(await file.arrayBuffer())
		);
		await setLogoPath(db(), viewer, organizationId, fileName);
	} catch (e) {
		return failFromDomain(e, event, {});
	}
	return { logoSaved: true };
}
