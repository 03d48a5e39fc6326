/** Meeting requests as the API and pages show them, with both organizations' names. */
import type { Database } from '$lib/server/db';
import type { RequestStatus } from './schema';

export interface RequestPayload {
	id: string;
	eventId: string;
	fromOrganizationId: string;
	toOrganizationId: string;
	startupId: string;
	corporateId: string;
	startupName: string;
	corporateName: string;
	priority: number;
	status: RequestStatus;
	filedByManager: boolean;
	note: string | null;
	reason: string | null;
	createdAt: string;
	decidedAt: string | null;
}

export async function requestRows(
	db: Database,
	eventId: string,
	filter: { ids?: readonly string[]; involving?: readonly string[] }
): Promise<RequestPayload[]> {
	if (filter.ids?.length === 0 || filter.involving?.length === 0) return [];
	let query = db
		.selectFrom('meetingRequests as r')
		.innerJoin('organizations as s', 's.id', 'r.startupId')
		.innerJoin('organizations as c', 'c.id', 'r.corporateId')
		.selectAll('r')
		.select(['s.name as startupName', 'c.name as corporateName'])
		.where('r.eventId', '=', eventId)
		.orderBy('r.createdAt', 'desc');
	if (filter.ids) query = query.where('r.id', 'in', [...filter.ids]);
	const involving = filter.involving;
	if (involving)
		query = query.where((eb) =>
			eb.or([eb('r.fromOrgId', 'in', [...involving]), eb('r.toOrgId', 'in', [...involving])])
		);
	const rows = await query.execute();
	return rows.map((r) => ({
		id: r.id,
		eventId: r.eventId,
		fromOrganizationId: r.fromOrgId,
		toOrganizationId: r.toOrgId,
		startupId: r.startupId,
		corporateId: r.corporateId,
		startupName: r.startupName,
		corporateName: r.corporateName,
		priority: r.priority,
		status: r.status as RequestStatus,
		filedByManager: r.filedByManager,
		note: r.note,
		reason: r.reason,
		createdAt: r.createdAt.toISOString(),
		decidedAt: r.decidedAt?.toISOString() ?? null
	}));
}
