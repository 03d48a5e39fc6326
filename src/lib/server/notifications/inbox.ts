import type { Database } from '$lib/server/db';

// The notification center: a user's own notifications, newest first. Every query is scoped by the
// user id the caller takes from the session, so nobody reads or marks another person's inbox.

/** One page of a user's notifications, newest first, with the number still unread. */
export async function listNotifications(
	db: Database,
	userId: string,
	query: { page: number; limit: number }
) {
	const [hits, counts] = await Promise.all([
		db
			.selectFrom('notifications')
			.select(['id', 'kind', 'data', 'createdAt', 'readAt'])
			.where('userId', '=', userId)
			.orderBy('createdAt', 'desc')
			.orderBy('id')
			.limit(query.limit)
			.offset((query.page - 1) * query.limit)
			.execute(),
		db
			.selectFrom('notifications')
			.select((eb) => [
				eb.fn.countAll<number>().as('total'),
				eb.fn.countAll<number>().filterWhere('readAt', 'is', null).as('unread')
			])
			.where('userId', '=', userId)
			.executeTakeFirstOrThrow()
	]);
	return {
		hits: hits.map((h) => ({ ...h, data: (h.data ?? {}) as Record<string, unknown> })),
		total: Number(counts.total),
		unread: Number(counts.unread),
		page: query.page,
		limit: query.limit
	};
}

/** How many of a user's notifications are unread (the header badge). */
export async function countUnread(db: Database, userId: string): Promise<number> {
	const row = await db
		.selectFrom('notifications')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('userId', '=', userId)
		.where('readAt', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/**
 * Marks the user's notifications read, up to `until` (the moment the page was shown), so one that
 * arrived after the person looked stays unread.
 */
export async function markAllRead(db: Database, userId: string, until: Date): Promise<number> {
	const result = await db
		.updateTable('notifications')
		.set({ readAt: new Date() })
		.where('userId', '=', userId)
		.where('readAt', 'is', null)
		.where('createdAt', '<=', until)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}
