import type { Viewer } from './viewer';

/** The facts of a challenge that decide who sees what. */
export interface ChallengeGate {
	corporateId: string;
	hostCenterId: string | null;
	status: string;
	confidentiality: string;
	ndaTermsVersion: number;
}

/** What the viewer's organizations have done about this challenge (loaded per request). */
export interface ChallengeRelations {
	/** Startups of the viewer invited to this challenge. */
	invitedStartupIds: string[];
	/** Startups of the viewer that accepted the current NDA terms version. */
	ndaStartupIds: string[];
}

export interface ChallengeAccess {
	/** The challenge exists for this viewer at all (else: 404, as if it did not exist). */
	visible: boolean;
	/** The viewer runs it: the corporate's members, the host center's managers, admins. */
	manages: boolean;
	/** The confidential `details` may be shown. */
	details: boolean;
	/** Details are behind NDA terms the viewer's startup can accept. */
	ndaOffered: boolean;
}

const PUBLISHED = new Set(['open', 'screening', 'closed']);

/** Those who run a challenge: the corporate's members, the host center's managers, admins. */
export function managesChallenge(
	viewer: Viewer,
	c: Pick<ChallengeGate, 'corporateId' | 'hostCenterId'>
): boolean {
	return (
		viewer.isAdmin ||
		viewer.corporateIds.includes(c.corporateId) ||
		(c.hostCenterId !== null && viewer.managedCenterIds.includes(c.hostCenterId))
	);
}

/**
 * The one rule for challenge confidentiality, pure so it can be tested exhaustively:
 * - drafts and archived challenges exist only for those who manage them;
 * - `invite` challenges exist only for invited startups (and managers), who then see everything;
 * - `nda` details need the current terms accepted by one of the viewer's startups;
 * - `public` details are for anyone who can see the challenge.
 */
export function challengeAccess(viewer: Viewer, c: ChallengeGate, rel: ChallengeRelations): ChallengeAccess {
	const manages = managesChallenge(viewer, c);
	if (manages) return { visible: true, manages, details: true, ndaOffered: false };
	if (!PUBLISHED.has(c.status)) return { visible: false, manages, details: false, ndaOffered: false };
	switch (c.confidentiality) {
		case 'public':
			return { visible: true, manages, details: true, ndaOffered: false };
		case 'nda': {
			const accepted = rel.ndaStartupIds.length > 0;
			return {
				visible: true,
				manages,
				details: accepted,
				ndaOffered: !accepted && viewer.startupIds.length > 0
			};
		}
		case 'invite': {
			const invited = rel.invitedStartupIds.length > 0;
			return { visible: invited, manages, details: invited, ndaOffered: false };
		}
		default:
			return { visible: false, manages, details: false, ndaOffered: false };
	}
}
