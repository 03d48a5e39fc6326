import type { ServerToClientEvents } from '$lib/realtime/events';
import { getIoServer } from './io-handle.js';

type EventName = keyof ServerToClientEvents;

/**
 * Sends an event to a room. Call it only after the transaction that made the change has committed,
 * so nobody hears of a change that was rolled back. Without a Socket.IO server (tests, scripts) it
 * does nothing.
 */
export function emitTo<E extends EventName>(
	room: string | string[],
	event: E,
	...args: Parameters<ServerToClientEvents[E]>
): void {
	const io = getIoServer();
	if (!io) return;
	(io.to(room) as unknown as { emit: (e: string, ...a: unknown[]) => void }).emit(event, ...args);
}

/** Puts every socket of a user into a room (e.g. after joining an organization). */
export function joinUserSockets(userId: string, room: string): void {
	getIoServer()?.in(`user:${userId}`).socketsJoin(room);
}

export function leaveUserSockets(userId: string, room: string): void {
	getIoServer()?.in(`user:${userId}`).socketsLeave(room);
}

/** Closes the sockets opened with a session, e.g. on sign-out. */
export function disconnectSession(sessionId: string): void {
	getIoServer()?.in(`session:${sessionId}`).disconnectSockets(true);
}
