import { json } from '@sveltejs/kit';
import { sql } from 'kysely';
import type { RequestHandler } from './$types';
import { db, runtime } from '$lib/server/runtime';

export const GET: RequestHandler = async () => {
	const rt = runtime();
	try {
		await sql`select 1`.execute(db());
	} catch {
		return json(
			{ status: 'unavailable', database: rt.database, search: rt.config.search, version: rt.version },
			{ status: 503 }
		);
	}
	return json({ status: 'ok', database: rt.database, search: rt.config.search, version: rt.version });
};
