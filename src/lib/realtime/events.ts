// The typed Socket.IO contract, shared by the server and the browser. Events are `entity:verb`; each
// carries the entity's id and its new state. Rooms: `user:<id>`, `org:<id>`, `event:<id>`.

export interface NotificationPayload {
	id: string;
	kind: string;
	data: Record<string, unknown>;
	createdAt: string;
}

export interface MembershipPayload {
	organizationId: string;
	userId: string;
	name: string;
	role: 'owner' | 'member' | null; // null: the member left or was removed
}

export type Ack<T = undefined> = { ok: true; data?: T } | { ok: false; error: string };

export interface ApplicationPayload {
	id: string;
	challengeId: string;
	startupId: string;
	status: 'submitted' | 'shortlisted' | 'meetup' | 'poc' | 'contract' | 'declined' | 'withdrawn';
	declineReason: string | null;
	updatedAt: string;
}

/** Both sides of a startup–corporate pair are positive: sent to both organizations' rooms. */
export interface MatchMutualPayload {
	startupId: string;
	corporateId: string;
	/** the challenge the match is about, or null for the organizations themselves */
	challengeId: string | null;
}

export type MeetupStatus = 'proposed' | 'confirmed' | 'done' | 'cancelled' | 'declined' | 'no_show';

/**
 * A 1:1 meetup's state, sent to both organizations' rooms (and their stewarding centers'). `proposals`
 * are the times of an unanswered request, the first of which is `startsAt`–`endsAt`; `sequence` rises
 * with every change.
 */
export interface MeetupPayload {
	id: string;
	startupId: string;
	corporateId: string;
	challengeId: string | null;
	applicationId: string | null;
	/** set for the meetups of a matchmaking day */
	eventId: string | null;
	tableNumber: number | null;
	startsAt: string;
	endsAt: string;
	status: MeetupStatus;
	location: string | null;
	videoUrl: string | null;
	note: string | null;
	/** why it was declined or cancelled */
	reason: string | null;
	sequence: number;
	requestedByOrganizationId: string;
	/** the side whose proposals await the other side's answer */
	proposedByOrganizationId: string;
	proposals: { id: string; startsAt: string; endsAt: string }[];
	startup: { id: string; name: string; nameEn: string | null };
	corporate: { id: string; name: string; nameEn: string | null };
	createdAt: string;
	updatedAt: string;
}

export type MeetupChange = 'confirmed' | 'declined' | 'cancelled' | 'rescheduled' | 'completed';

export interface MeetupUpdatedPayload extends MeetupPayload {
	change: MeetupChange;
}

/** A matchmaking day's live-floor counters, sent to its managers (`event:<id>:manage`) after each floor change. */
export interface FloorUpdatedPayload {
	eventId: string;
	counters: {
		participants: number;
		checkedIn: number;
		late: number;
		noShow: number;
		meetingsDone: number;
		meetingsInProgress: number;
		meetingsUpcoming: number;
		cancelledNoShow: number;
		openStandby: number;
	};
}

/** One meeting on a matchmaking day's board (tables numbered from 1, slots are the event's slot indices). */
export interface ScheduleMeeting {
	id: string;
	requestId: string;
	startupId: string;
	corporateId: string;
	startupName: string;
	corporateName: string;
	startsAt: string;
	endsAt: string;
	table: number;
	slot: number;
	locked: boolean;
	/** the request's priority, 1 (nice to have) to 3 (must meet) */
	priority: number;
	sequence: number;
}

/** A scheduler run's progress, to the event's managers (`event:<id>:manage`); `done` of `total`. */
export interface ScheduleProgressPayload {
	eventId: string;
	runId: string;
	status: 'running' | 'done' | 'failed';
	done: number;
	total: number;
	/** the error code of a failed run (e.g. `stale`) */
	error?: string;
}

/** The schedule changed (a run or a board edit), to the event's managers: apply it to the board. */
export interface ScheduleUpdatedPayload {
	eventId: string;
	version: number;
	/** meetings created or changed, in their new state */
	meetings: ScheduleMeeting[];
	/** meetings taken off the schedule */
	removedIds: string[];
	/** `run` when a whole run replaced the schedule (reload it), else the board action */
	cause: 'run' | 'move' | 'swap' | 'place' | 'unschedule' | 'lock' | 'unlock';
}

/** The schedule was published, to everyone in `event:<id>` and the participants' organizations. */
export interface SchedulePublishedPayload {
	eventId: string;
	version: number;
	publishedAt: string;
}

/** A startup import's progress, to the importer (`user:<id>`) and the center (`org:<id>`): `done` of `total` rows. */
export interface ImportProgressPayload {
	jobId: string;
	done: number;
	total: number;
	status: 'running' | 'done' | 'failed';
}

export interface ServerToClientEvents {
	'application:updated': (payload: ApplicationPayload) => void;
	'notification:created': (payload: NotificationPayload) => void;
	'membership:updated': (payload: MembershipPayload) => void;
	'match:mutual': (payload: MatchMutualPayload) => void;
	'meetup:created': (payload: MeetupPayload) => void;
	'meetup:updated': (payload: MeetupUpdatedPayload) => void;
	'schedule:progress': (payload: ScheduleProgressPayload) => void;
	'schedule:updated': (payload: ScheduleUpdatedPayload) => void;
	'schedule:published': (payload: SchedulePublishedPayload) => void;
	'floor:updated': (payload: FloorUpdatedPayload) => void;
	'import:progress': (payload: ImportProgressPayload) => void;
}

export interface ClientToServerEvents {
	/**
	 * Asks to join a room: `event:<id>` (the event's managers and members of participating
	 * organizations) or `event:<id>:manage` (managers only). The server decides; anything else is refused.
	 */
	'room:join': (payload: { room: string }, ack: (result: Ack) => void) => void;
}

export interface SocketData {
	userId: string;
	sessionId?: string;
	rooms: string[];
}
