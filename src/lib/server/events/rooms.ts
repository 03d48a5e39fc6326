/**
 * Who may join a matchmaking day's socket rooms, decided on the server from the socket's user:
 * `event:<id>` for the event's managers and members of participating organizations (they hear
 * `schedule:published` and floor updates); `event:<id>:manage` for managers only (progress of runs,
 * board changes, which carry the draft schedule). Any other room name is refused.
 */
import { z } from 'zod';
import type { Database } from '$lib/server/db';
import { loadViewer } from '$lib/server/catalog/viewer';
import { findEvent, managesEvent, ownParticipants } from './access';

const ROOM = /^event:([0-9a-f-]{36})(:manage)?$/i;
const eventId = z.uuid();

/** The room's event and whether it is the managers' room; undefined for a name that is neither. */
export function parseEventRoom(room: string): { eventId: string; manage: boolean } | undefined {
	const match = ROOM.exec(room);
	if (!match || !eventId.safeParse(match[1]).success) return undefined;
	return { eventId: match[1]!.toLowerCase(), manage: match[2] !== undefined };
}

/** Whether the user may join `room` (unknown events and rooms: no, as for strangers). */
export async function mayJoinEventRoom(db: Database, userId: string, room: string): Promise<boolean> {
	const parsed = parseEventRoom(room);
	if (!parsed) return false;
	const user = await db
		.selectFrom('users')
		.select(['id', 'email', 'name', 'locale', 'timeZone', 'isAdmin'])
		.where('id', '=', userId)
		.executeTakeFirst();
	if (!user) return false;
	const viewer = await loadViewer(db, { ...user, locale: user.locale === 'en' ? 'en' : 'ko' });
	const event = await findEvent(db, parsed.eventId);
	if (!event) return false;
	if (managesEvent(viewer, event)) return true;
	if (parsed.manage) return false;
	return (await ownParticipants(db, viewer, event.id)).length > 0;
}
