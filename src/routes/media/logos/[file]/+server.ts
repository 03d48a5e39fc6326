import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { readLogo } from '$lib/server/media/logo';
import { runtime } from '$lib/server/runtime';

/** Serves re-encoded logos with headers that keep a browser from treating them as anything else. */
export const GET: RequestHandler = async ({ params }) => {
	const bytes = await readLogo(runtime().config.dataDir, params.file);
	if (!bytes) error(404, 'Not found');
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': 'image/webp',
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'",
			'content-disposition': 'inline',
			// The name carries a hash of the content, so it never changes.
			'cache-control': 'public, max-age=31536000, immutable'
		}
	});
};
