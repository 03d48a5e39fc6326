/**
 * Socket.IO across processes. One process keeps rooms in memory; several processes behind a load
 * balancer share them through Postgres (LISTEN/NOTIFY, payloads over 8 kB through the
 * `socket_io_attachments` table of our migrations) or, when REDIS_URL is set, through Redis pub/sub.
 * Every `emitTo`, `socketsJoin` and `disconnectSockets` then reaches the sockets of all processes.
 */
import type { Server } from 'socket.io';
import pg from 'pg';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { logger } from '$lib/server/log';

export type AdapterKind = 'memory' | 'postgres' | 'redis';

export interface AdapterSetup {
	kind: AdapterKind;
	/** closes the adapter's own connections (the caller closes the Socket.IO server first) */
	close(): Promise<void>;
}

export async function attachAdapter(
	io: Server,
	opts: { databaseUrl?: string; redisUrl?: string }
): Promise<AdapterSetup> {
	if (opts.redisUrl) {
		const pub = createClient({ url: opts.redisUrl });
		const sub = pub.duplicate();
		for (const client of [pub, sub]) client.on('error', (err) => logger.error({ err }, 'socket.io redis'));
		await Promise.all([pub.connect(), sub.connect()]);
		io.adapter(createRedisAdapter(pub, sub));
		return {
			kind: 'redis',
			close: async () => {
				await Promise.allSettled([pub.quit(), sub.quit()]);
			}
		};
	}
	if (opts.databaseUrl) {
		// A pool of its own: the adapter holds one connection for LISTEN for as long as the process lives.
		const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 4 });
		pool.on('error', (err) => logger.error({ err }, 'socket.io postgres'));
		io.adapter(createPostgresAdapter(pool, { tableName: 'socket_io_attachments' }));
		return {
			kind: 'postgres',
			close: async () => {
				await pool.end().catch(() => undefined);
			}
		};
	}
	return { kind: 'memory', close: async () => {} };
}
