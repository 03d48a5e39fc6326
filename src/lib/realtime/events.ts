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

export interface ServerToClientEvents {
	'application:updated': (payload: ApplicationPayload) => void;
	'notification:created': (payload: NotificationPayload) => void;
	'membership:updated': (payload: MembershipPayload) => void;
	'match:mutual': (payload: MatchMutualPayload) => void;
}

export interface ClientToServerEvents {
	/** Asks to join an event's room; the server decides. Rooms for events arrive with matchmaking days. */
	'room:join': (payload: { room: string }, ack: (result: Ack) => void) => void;
}

export interface SocketData {
	userId: string;
	sessionId?: string;
	rooms: string[];
}
