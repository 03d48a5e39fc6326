import { m } from '$lib/paraglide/messages';

// Display words for meetup statuses and list tabs, in the page's language.

const statuses: Record<string, () => string> = {
	proposed: () => m.meetup_status_proposed(),
	confirmed: () => m.meetup_status_confirmed(),
	done: () => m.meetup_status_done(),
	cancelled: () => m.meetup_status_cancelled(),
	declined: () => m.meetup_status_declined(),
	no_show: () => m.meetup_status_no_show()
};

export const meetupStatusLabel = (status: string) => statuses[status]?.() ?? status;

const changes: Record<string, () => string> = {
	created: () => m.meetup_change_created(),
	confirmed: () => m.meetup_change_confirmed(),
	declined: () => m.meetup_change_declined(),
	cancelled: () => m.meetup_change_cancelled(),
	rescheduled: () => m.meetup_change_rescheduled(),
	completed: () => m.meetup_change_completed()
};

/** "Confirmed", "New times proposed"…: what a live change did, for the announcement. */
export const meetupChangeLabel = (change: string) => changes[change]?.() ?? '';
