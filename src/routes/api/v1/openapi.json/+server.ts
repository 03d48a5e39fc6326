import type { RequestHandler } from './$types';
import { api, json } from '$lib/server/http/api';
import { openApiDocument } from '$lib/server/openapi/document';

export const GET: RequestHandler = api(async () =>
	json(openApiDocument(), 200, { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' })
);
