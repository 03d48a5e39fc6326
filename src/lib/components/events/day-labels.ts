import { m } from '$lib/paraglide/messages';

/** The words for a matchmaking day's phases, request statuses and priorities (never a raw code). */

export const PHASES = ['planning', 'requests_open', 'scheduled', 'live', 'done'] as const;
export type Phase = (typeof PHASES)[number];

const phases: Record<Phase, () => string> = {
	planning: () => m.events_phase_planning(),
	requests_open: () => m.events_phase_requests_open(),
	scheduled: () => m.events_phase_scheduled(),
	live: () => m.events_phase_live(),
	done: () => m.events_phase_done()
};
export const phaseLabel = (phase: string) => phases[phase as Phase]?.() ?? phase;

const statuses: Record<string, () => string> = {
	pending: () => m.events_request_pending(),
	accepted: () => m.events_request_accepted(),
	declined: () => m.events_request_declined(),
	cancelled: () => m.events_request_cancelled()
};
export const requestStatusLabel = (status: string) => statuses[status]?.() ?? status;

const priorities: Record<number, () => string> = {
	1: () => m.events_priority_1(),
	2: () => m.events_priority_2(),
	3: () => m.events_priority_3()
};
export const priorityLabel = (priority: number) => priorities[priority]?.() ?? String(priority);
