import type { Database } from '$lib/server/db';
import type { MembershipPayload, NotificationPayload } from '$lib/realtime/events';
import { emitTo, joinUserSockets, leaveUserSockets } from '$lib/server/realtime/emit';

export interface NotificationRow extends NotificationPayload {
	userId: string;
}

/**
 * Stores one notification per user and returns them, ready to emit as `notification:created` to
 * `user:<id>`. Pass a transaction to commit them with the change they report, and emit only after
 * that commit.
 */
export async function notify(
	db: Database,
	userIds: readonly string[],
	kind: string,
	data: Record<string, unknown>
): Promise<NotificationRow[]> {
	const recipients = [...new Set(userIds)];
	if (recipients.length === 0) return [];
	const rows = await db
		.insertInto('notifications')
		.values(recipients.map((userId) => ({ userId, kind, data: JSON.stringify(data) })))
		.returning(['id', 'userId', 'kind', 'createdAt'])
		.execute();
	return rows.map((r) => ({
		id: r.id,
		userId: r.userId,
		kind: r.kind,
		data,
		createdAt: r.createdAt.toISOString()
	}));
}

/** Sends stored notifications to their recipients' sockets; call after the commit. */
export function emitNotifications(rows: readonly NotificationRow[]): void {
	for (const { userId, ...payload } of rows) emitTo(`user:${userId}`, 'notification:created', payload);
}

/**
 * Tells everyone watching an organization's members that one of them joined, changed role or left
 * (`role: null`); call after the commit. The organization's room reaches its members; the stewarding
 * center's room reaches the managers who act for it; the user's own room reaches the person even after
 * their sockets have left the organization's room.
 */
export function announceMembership(
	org: { id: string; stewardCenterId: string | null },
	member: { userId: string; name: string; role: MembershipPayload['role'] }
): void {
	const rooms = [`org:${org.id}`, `user:${member.userId}`];
	if (org.stewardCenterId) rooms.push(`org:${org.stewardCenterId}`);
	if (member.role) joinUserSockets(member.userId, `org:${org.id}`);
	else leaveUserSockets(member.userId, `org:${org.id}`);
	emitTo(rooms, 'membership:updated', { organizationId: org.id, ...member });
}
