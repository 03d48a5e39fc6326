import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { invalidateSession } from '$lib/server/auth/session';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import { disconnectSession } from '$lib/server/realtime/emit';
import { db } from '$lib/server/runtime';

export const POST: RequestHandler = async (event) => {
	const session = event.locals.session;
	if (session) {
		await invalidateSession(db(), session.id);
		disconnectSession(session.id);
	}
	deleteSessionCookie(event);
	redirect(303, '/');
};
