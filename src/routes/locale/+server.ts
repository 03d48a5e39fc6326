import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isLocale, setLocaleCookie } from '$lib/i18n/locale';
import { safeNext } from '$lib/server/auth/guards';
import { db } from '$lib/server/runtime';

/** The language switch: a plain form POST, so it works without JavaScript; the choice is kept in a cookie. */
export const POST: RequestHandler = async ({ request, cookies, locals }) => {
	const form = await request.formData();
	const locale = form.get('locale');
	if (isLocale(locale)) {
		setLocaleCookie(cookies, locale);
		if (locals.user)
			await db().updateTable('users').set({ locale }).where('id', '=', locals.user.id).execute();
	}
	const next = form.get('next');
	redirect(303, safeNext(typeof next === 'string' ? next : undefined));
};
