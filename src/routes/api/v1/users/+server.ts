import type { z } from 'zod';
import type { RequestHandler } from './$types';
import { signUpInput } from '$lib/server/accounts/schema';
import { signUp } from '$lib/server/accounts/users';
import { limits } from '$lib/server/auth/rate-limit';
import { api, clientAddress, json, readJson, spend } from '$lib/server/http/api';
import type { createdUser } from '$lib/server/openapi/schemas';
import { db } from '$lib/server/runtime';

/** Public sign-up. The limit is spent after validation, so a malformed request costs nothing. */
export const POST: RequestHandler = api(async (event) => {
	const input = await readJson(event, signUpInput);
	spend(limits.signUpPerAddress, clientAddress(event));
	const user = await signUp(db(), { ...input, locale: input.locale ?? event.locals.locale });
	return json(
		{
			id: user.id,
			email: user.email,
			name: user.name,
			locale: user.locale === 'en' ? 'en' : 'ko'
		} satisfies z.output<typeof createdUser>,
		201
	);
});
