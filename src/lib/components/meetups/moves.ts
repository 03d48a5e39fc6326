import type { MeetupPayload } from '$lib/realtime/events';

export type Side = 'startup' | 'corporate';

/** What a viewer may do with a meetup now, by the sides they act for (the server's rules, for buttons). */
export interface MeetupMoves {
	/** the viewer's side has to answer the proposed times */
	awaitingMe: boolean;
	/** the viewer proposed and waits for the other side */
	awaitingThem: boolean;
	confirm: boolean;
	decline: boolean;
	/** take back one's own unanswered request */
	withdraw: boolean;
	/** call off a confirmed meetup */
	cancel: boolean;
	reschedule: boolean;
	/** record that it took place or that the other side did not come */
	complete: boolean;
}

type Facts = Pick<MeetupPayload, 'status' | 'startsAt' | 'startupId' | 'proposedByOrganizationId'>;

/**
 * Mirrors transitions.ts: the answering side confirms or declines a request, the proposing side may
 * withdraw it, either side reschedules an active meetup, cancels a confirmed one and, once it has
 * started, records how it went. The server checks all of it again.
 */
export function meetupMoves(meetup: Facts, sides: readonly Side[], now: Date): MeetupMoves {
	const proposer: Side = meetup.proposedByOrganizationId === meetup.startupId ? 'startup' : 'corporate';
	const answerer: Side = proposer === 'startup' ? 'corporate' : 'startup';
	const proposed = meetup.status === 'proposed';
	const confirmed = meetup.status === 'confirmed';
	const acts = sides.length > 0;
	const answers = proposed && sides.includes(answerer);
	return {
		awaitingMe: answers,
		awaitingThem: proposed && !answers && sides.includes(proposer),
		confirm: answers,
		decline: answers,
		withdraw: proposed && sides.includes(proposer),
		cancel: confirmed && acts,
		reschedule: (proposed || confirmed) && acts,
		complete: confirmed && acts && new Date(meetup.startsAt) <= now
	};
}
