import { json } from '@sveltejs/kit';
import { sql } from 'kysely';
import type { RequestHandler } from './$types';
import { db, runtime } from '$lib/server/runtime';
import { isDraining } from '$lib/server/lifecycle.js';

/** A database that has not answered in this long counts as down for routing purposes. */
const DATABASE_TIMEOUT_MS = 2000;

/**
 * Readiness for a load balancer: 200 while this process should get traffic; 503 while it shuts down
 * (from the first moment of a SIGTERM, before it stops listening) or while its database does not
 * answer. /healthz stays the liveness check: a process that is draining is alive.
 */
export const GET: RequestHandler = async () => {
	const rt = runtime();
	const headers = { 'cache-control': 'no-store' };
	const base = {
		database: rt.database,
		search: rt.config.search,
		realtime: rt.realtime,
		version: rt.version
	};
	if (isDraining()) return json({ status: 'draining', ...base }, { status: 503, headers });
	const answered = await Promise.race([
		sql`select 1`.execute(db()).then(
			() => true,
			() => false
		),
		new Promise<boolean>((resolve) => setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS).unref())
	]);
	if (!answered) return json({ status: 'unavailable', ...base }, { status: 503, headers });
	return json({ status: 'ready', ...base }, { headers });
};
