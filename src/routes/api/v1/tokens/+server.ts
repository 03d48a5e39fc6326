import type { z } from 'zod';
import type { RequestHandler } from './$types';
import { tokenInput } from '$lib/server/accounts/schema';
import { authenticate } from '$lib/server/accounts/users';
import { createApiToken } from '$lib/server/auth/api-tokens';
import { limits } from '$lib/server/auth/rate-limit';
import { api, clientAddress, json, readJson, spend } from '$lib/server/http/api';
import type { createdToken } from '$lib/server/openapi/schemas';
import { db } from '$lib/server/runtime';

const DEFAULT_TOKEN_NAME = 'API';

/**
 * Credentials for a personal API token. Both limits are spent after validation and before the
 * password check, so guessing costs attempts whether or not the account exists; a success clears the
 * account's bucket, as signing in on the site does.
 */
export const POST: RequestHandler = api(async (event) => {
	const input = await readJson(event, tokenInput);
	spend(limits.signInPerAddress, clientAddress(event));
	spend(limits.signInPerAccount, input.email);
	const user = await authenticate(db(), input.email, input.password);
	limits.signInPerAccount.reset(input.email);
	const token = await createApiToken(db(), user.id, input.name ?? DEFAULT_TOKEN_NAME);
	const body = {
		token: token.token,
		id: token.id,
		expiresAt: token.expiresAt.toISOString()
	} satisfies z.output<typeof createdToken>;
	// The secret must not linger in caches between here and the client.
	return json(body, 201, { 'cache-control': 'no-store' });
});
