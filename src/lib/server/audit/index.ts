import type { Database } from '$lib/server/db';

/** Appends to the audit log; pass the transaction so the entry commits with the change it records. */
export async function recordAudit(
	db: Database,
	entry: {
		actorUserId?: string;
		action: string;
		subjectType: string;
		subjectId: string;
		data?: Record<string, unknown>;
	}
): Promise<void> {
	await db
		.insertInto('auditLog')
		.values({
			actorUserId: entry.actorUserId ?? null,
			action: entry.action,
			subjectType: entry.subjectType,
			subjectId: entry.subjectId,
			data: JSON.stringify(entry.data ?? {})
		})
		.execute();
}
