/**
 * The meetup forms' proposed times: up to three rows of date, start and end typed in the viewer's own
 * time zone (`proposals.<row>.date|start|end`), read into UTC instants for the services, and the
 * services' field names (`startsAt`, `alternatives.0.endsAt`, `proposals.1.startsAt`) mapped back to
 * the row the person typed, so an error shows next to it.
 */
import { fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { fromLocalInput, toLocalInput } from '$lib/zoned-time';
import { DomainError } from '$lib/server/errors';
import { MAX_PROPOSALS, type TimeRange } from '$lib/server/meetups/schema';
import { domainMessage } from './messages';

type Locale = 'ko' | 'en';
type Part = 'date' | 'start' | 'end';

export const proposalField = (row: number, part: Part) => `proposals.${row}.${part}`;

export interface ReadProposals {
	times: TimeRange[];
	/** the form row of each time, in order */
	rows: number[];
	errors: Record<string, string[]>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^\d{2}:\d{2}$/;

/** The filled rows as instants; a half-filled or malformed row is an error on the part that is wrong. */
export function readProposals(
	values: Record<string, string>,
	timeZone: string,
	locale: Locale
): ReadProposals {
	const o = { locale };
	const out: ReadProposals = { times: [], rows: [], errors: {} };
	const add = (key: string, message: string) => (out.errors[key] ??= []).push(message);
	for (let row = 0; row < MAX_PROPOSALS; row++) {
		const part = (p: Part) => (values[proposalField(row, p)] ?? '').trim();
		const [date, start, end] = [part('date'), part('start'), part('end')];
		if (!date && !start && !end) continue;
		let ok = true;
		for (const [p, value, pattern] of [
			['date', date, DATE],
			['start', start, CLOCK],
			['end', end, CLOCK]
		] as const) {
			if (!value) add(proposalField(row, p), m.validation_required({}, o));
			else if (!pattern.test(value)) add(proposalField(row, p), m.validation_invalid({}, o));
			else continue;
			ok = false;
		}
		if (!ok) continue;
		const startsAt = fromLocalInput(`${date}T${start}`, timeZone);
		const endsAt = fromLocalInput(`${date}T${end}`, timeZone);
		if (!startsAt || !endsAt) {
			add(proposalField(row, startsAt ? 'end' : 'date'), m.validation_invalid({}, o));
			continue;
		}
		out.times.push({ startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
		out.rows.push(row);
	}
	if (out.times.length === 0 && Object.keys(out.errors).length === 0)
		add(proposalField(0, 'date'), m.meetup_form_need_time({}, o));
	return out;
}

/**
 * A service or schema field name → the form field: `startsAt`/`endsAt` of a request are its first
 * time, `alternatives.<i>` the ones after it, `proposals.<i>` a reschedule's; other names pass through.
 */
export function formField(field: string, rows: readonly number[]): string {
	const parts = field.split('.');
	let index: number | undefined;
	let key = parts[parts.length - 1];
	if (parts.length === 1 && (field === 'startsAt' || field === 'endsAt')) index = 0;
	else if (parts[0] === 'alternatives' && parts.length === 3) index = Number(parts[1]) + 1;
	else if (parts[0] === 'proposals' && parts.length === 3) index = Number(parts[1]);
	else if (parts[0] === 'proposals' && parts.length === 2) [index, key] = [Number(parts[1]), 'startsAt'];
	if (index === undefined || Number.isNaN(index)) return field;
	const row = rows[index] ?? index;
	return proposalField(row, key === 'endsAt' ? 'end' : 'start');
}

/** Re-keys an error map from the services' names to the form's. */
export function toFormErrors(
	errors: Record<string, string[]>,
	rows: readonly number[]
): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [field, messages] of Object.entries(errors))
		(out[formField(field, rows)] ??= []).push(...messages);
	return out;
}

/** The form fields of one proposal row filled with a time, as the viewer's zone shows it. */
export function rowValues(row: number, time: { startsAt: string; endsAt: string }, timeZone: string) {
	const start = toLocalInput(time.startsAt, timeZone);
	const end = toLocalInput(time.endsAt, timeZone);
	return {
		[proposalField(row, 'date')]: start.slice(0, 10),
		[proposalField(row, 'start')]: start.slice(11),
		[proposalField(row, 'end')]: end.slice(11)
	};
}

/** Every string the form sent, to give back after a refusal. */
export function formValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [k, v] of form) if (typeof v === 'string') values[k] = v;
	return values;
}

export interface MeetupFormFailure {
	values: Record<string, string>;
	errors: Record<string, string[]>;
	message: string;
	/** the meetup a time clashes with, linked when the viewer may open it */
	clash?: { meetupId: string; visible: boolean };
	/** someone changed the meetup meanwhile: the page shows its current state */
	stale?: boolean;
}

/**
 * A refused meetup change as a form failure: the message next to the row or field it names, the
 * values kept, a clash's meetup named, and a lost race (`stale`, or a status that moved on) said as
 * "changed meanwhile" so the page reloads what is current.
 */
export async function failMeetup(
	e: unknown,
	event: RequestEvent,
	values: Record<string, string>,
	rows: readonly number[],
	canOpen: (meetupId: string) => Promise<boolean>
): Promise<ActionFailure<MeetupFormFailure>> {
	if (!(e instanceof DomainError)) throw e;
	const locale = event.locals.locale;
	if (e.code === 'stale' || e.code === 'invalid_transition')
		return fail(409, { values, errors: {}, message: m.meetup_stale_reloaded({}, { locale }), stale: true });
	const message = domainMessage(e, locale);
	const errors = e.field ? { [formField(e.field, rows)]: [message] } : {};
	const meetupId = e.code === 'meetup_clash' ? e.details.meetupId : undefined;
	const clash = typeof meetupId === 'string' ? { meetupId, visible: await canOpen(meetupId) } : undefined;
	return fail(e.status, { values, errors, message, ...(clash ? { clash } : {}) });
}
