import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '$lib/realtime/events';
import type { Database } from '$lib/server/db';
import { validateSessionToken, SESSION_COOKIE } from '$lib/server/auth/session';
import { validateApiToken } from '$lib/server/auth/api-tokens';
import { logger } from '$lib/server/log';
import { z } from 'zod';
import { mayJoinEventRoom } from '$lib/server/events/rooms';

type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

function readCookie(header: string | undefined, name: string): string | undefined {
	if (!header) return undefined;
	for (const part of header.split(';')) {
		const [k, ...v] = part.trim().split('=');
		if (k === name) return decodeURIComponent(v.join('='));
	}
	return undefined;
}

const joinPayload = z.object({ room: z.string().max(100) });

/**
 * Authentication and rooms. The handshake must carry the session cookie or `auth: { token }` with an
 * API token; anything else is refused with `connect_error`. Each socket joins its user's room and a
 * room per organization it belongs to; other rooms are joined only through authorized requests.
 */
export function attachRealtime(io: Server, deps: { db: Database }): void {
	const app = io as AppServer;
	app.use(async (socket, next) => {
		try {
			const bearer =
				typeof socket.handshake.auth?.token === 'string' ? socket.handshake.auth.token : undefined;
			if (bearer) {
				const valid = await validateApiToken(deps.db, bearer);
				if (valid) {
					socket.data.userId = valid.user.id;
					socket.data.rooms = await ownRooms(deps.db, valid.user.id);
					return next();
				}
			} else {
				const cookie = readCookie(socket.request.headers.cookie, SESSION_COOKIE);
				const valid = cookie ? await validateSessionToken(deps.db, cookie) : undefined;
				if (valid) {
					socket.data.userId = valid.user.id;
					socket.data.sessionId = valid.session.id;
					socket.data.rooms = [...(await ownRooms(deps.db, valid.user.id)), `session:${valid.session.id}`];
					return next();
				}
			}
			next(new Error('unauthorized'));
		} catch (e) {
			logger.error({ err: e }, 'socket handshake failed');
			next(new Error('unavailable'));
		}
	});

	app.on('connection', (socket: AppSocket) => {
		// Joined synchronously on connection, so no event sent after `connect` can miss the socket.
		void socket.join(socket.data.rooms);
		socket.on('room:join', (payload, ack) => {
			const reply = typeof ack === 'function' ? ack : () => {};
			const parsed = joinPayload.safeParse(payload);
			if (!parsed.success) return reply({ ok: false, error: 'invalid' });
			// Only a matchmaking day's rooms are joinable on request, and only by those entitled.
			mayJoinEventRoom(deps.db, socket.data.userId, parsed.data.room)
				.then(async (allowed) => {
					if (!allowed) return reply({ ok: false, error: 'forbidden' });
					await socket.join(parsed.data.room);
					reply({ ok: true });
				})
				.catch((e: unknown) => {
					logger.error({ err: e }, 'room join failed');
					reply({ ok: false, error: 'unavailable' });
				});
		});
	});
}

async function ownRooms(db: Database, userId: string): Promise<string[]> {
	const memberships = await db
		.selectFrom('memberships')
		.select('organizationId')
		.where('userId', '=', userId)
		.execute();
	return [`user:${userId}`, ...memberships.map((m) => `org:${m.organizationId}`)];
}
