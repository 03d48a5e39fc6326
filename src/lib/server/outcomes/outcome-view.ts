/** The outcome as the API and the pages show it. */
import type { OutcomeRow } from './outcome-queries';
import type { OutcomeKind, OutcomeStatus } from './schema';

export interface OutcomePayload {
	id: string;
	collaborationId: string | null;
	startup: { id: string; name: string };
	corporate: { id: string; name: string } | null;
	challengeId: string | null;
	checkinId: string | null;
	kind: OutcomeKind;
	/** integer KRW; null when undisclosed */
	amountKrw: number | null;
	jobs: number | null;
	occurredAt: string;
	note: string | null;
	status: OutcomeStatus;
	/** the correction that replaced this row; null for the current figures */
	supersededBy: string | null;
	correctionNote: string | null;
	recordedBy: string | null;
	createdAt: string;
	decidedAt: string | null;
}

export function toOutcomePayload(r: OutcomeRow): OutcomePayload {
	return {
		id: r.id,
		collaborationId: r.collaborationId,
		startup: { id: r.startupId, name: r.startupName },
		corporate: r.corporateId ? { id: r.corporateId, name: r.corporateName ?? '' } : null,
		challengeId: r.challengeId,
		checkinId: r.checkinId,
		kind: r.kind as OutcomeKind,
		amountKrw: r.amountKrw === null ? null : Number(r.amountKrw),
		jobs: r.jobs,
		occurredAt: r.occurredAt.toISOString(),
		note: r.note,
		status: r.status as OutcomeStatus,
		supersededBy: r.supersededBy,
		correctionNote: r.correctionNote,
		recordedBy: r.recordedBy,
		createdAt: r.createdAt.toISOString(),
		decidedAt: r.decidedAt?.toISOString() ?? null
	};
}
