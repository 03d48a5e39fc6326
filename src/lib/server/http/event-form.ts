/**
 * The matchmaking-day forms (create, edit details) read into the service's inputs. Times are typed as
 * a date and clock times in the event's own zone (the venue's clock) and become instants here;
 * breaks and halls are textarea lines. Errors are keyed by the form's field names, so they show next
 * to what the person typed; the schema's names (`startsAt`, `breaks.2.endsAt`) are mapped back.
 */
import { error, fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { clockMinutes, parseBreakLines, parseHallLines } from '$lib/events/day-lines';
import { isTimeZone, zonedInstant } from '$lib/server/meetups/availability';
import { eventInput, eventPatch, type EventInput, type EventPatch } from '$lib/server/events/schema';
import { DomainError } from '$lib/server/errors';
import { domainMessage, fieldErrors } from './messages';

type Locale = 'ko' | 'en';
export type Errors = Record<string, string[]>;
export type Read<T> = { data: T } | { errors: Errors };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DEFAULT_EVENT_ZONE = 'Asia/Seoul';

/** A date field as year, month and day, or undefined. */
export function parseDate(text: string): { y: number; m: number; d: number } | undefined {
	const match = DATE.exec(text.trim());
	if (!match) return undefined;
	const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { y, m: mo, d } : undefined;
}

/** Minutes after the local midnight of `date` in `zone` as an ISO instant (minutes may pass 24:00). */
export function instantAt(date: { y: number; m: number; d: number }, minutes: number, zone: string): string {
	return new Date(zonedInstant(date.y, date.m, date.d, minutes, zone)).toISOString();
}

/** Collects errors by field, keeping the first reason per field (a missing start is not also "invalid"). */
export function errorSink(locale: Locale) {
	const errors: Errors = {};
	return {
		errors,
		add: (key: string, message: string) => void (errors[key] ??= []).push(message),
		required: (key: string) => void (errors[key] ??= []).push(m.validation_required({}, { locale })),
		/** A schema's errors under the form's names, skipping fields the form already found wrong. */
		merge(
			error: z.ZodError,
			rename: (path: string) => string,
			lineOf: (path: string) => number | undefined = () => undefined
		) {
			for (const [path, messages] of Object.entries(fieldErrors(error, locale))) {
				const key = rename(path);
				const line = lineOf(path);
				if (errors[key] && line === undefined) continue;
				(errors[key] ??= []).push(
					...messages.map((text) =>
						line === undefined ? text : m.events_line_error({ line: String(line), text }, { locale })
					)
				);
			}
		}
	};
}

/** The textarea line an error of `list.<i>.…` is about. */
function lineOf(path: string, list: string, items: readonly { line: number }[]): number | undefined {
	const [head, index] = path.split('.');
	return head === list && index !== undefined ? items[Number(index)]?.line : undefined;
}

const numberOf = (text: string | undefined) => (text?.trim() ? Number(text.trim()) : undefined);

/** The schema's field → the create form's. */
export function createField(path: string): string {
	const head = path.split('.')[0]!;
	return head === 'startsAt' ? 'start' : head === 'endsAt' ? 'end' : head;
}

/** The create form's values as an event input; end and start are on the chosen date. */
export function readEventForm(values: Record<string, string>, locale: Locale): Read<EventInput> {
	const sink = errorSink(locale);
	const o = { locale };
	const get = (key: string) => values[key]?.trim() ?? '';
	const timezone = get('timezone') || DEFAULT_EVENT_ZONE;
	const date = parseDate(get('date'));
	if (!get('date')) sink.required('date');
	else if (!date) sink.add('date', m.validation_invalid({}, o));
	const clock = (key: 'start' | 'end') => {
		const minutes = clockMinutes(get(key));
		if (!get(key)) sink.required(key);
		else if (minutes === undefined) sink.add(key, m.validation_invalid({}, o));
		return minutes;
	};
	const [start, end] = [clock('start'), clock('end')];
	// Said here, not only by the schema: its cross-field rules wait until every field is valid.
	if (start !== undefined && end !== undefined && end <= start)
		sink.add('end', m.validation_end_before_start({}, o));
	const breaks = parseBreakLines(values.breaks ?? '');
	if ('badLine' in breaks) sink.add('breaks', m.events_breaks_bad_line({ line: String(breaks.badLine) }, o));
	const zoneKnown = isTimeZone(timezone);
	const at = (minutes: number | undefined) =>
		date && zoneKnown && minutes !== undefined ? instantAt(date, minutes, timezone) : undefined;
	const items = 'items' in breaks ? breaks.items : [];
	const parsed = eventInput.safeParse({
		centerId: get('centerId'),
		title: get('title'),
		venue: get('venue'),
		timezone,
		startsAt: at(start),
		endsAt: at(end),
		slotMinutes: numberOf(values.slotMinutes),
		tables: numberOf(values.tables),
		breaks: items.map((b) => ({ startsAt: at(b.from), endsAt: at(b.to) })),
		pendingRequestCap: numberOf(values.pendingRequestCap)
	});
	if (!parsed.success) sink.merge(parsed.error, createField, (path) => lineOf(path, 'breaks', items));
	if (parsed.success && Object.keys(sink.errors).length === 0) return { data: parsed.data };
	return { errors: sink.errors };
}

/** The details form (title, venue, pending cap, halls) as a patch; halls must fit the tables. */
export function readEditForm(
	values: Record<string, string>,
	tables: number,
	locale: Locale
): Read<EventPatch> {
	const sink = errorSink(locale);
	const halls = parseHallLines(values.halls ?? '');
	if ('badLine' in halls)
		sink.add('halls', m.events_halls_bad_line({ line: String(halls.badLine) }, { locale }));
	const items = 'items' in halls ? halls.items : [];
	for (const h of items)
		if (h.toTable > tables)
			sink.add(
				'halls',
				m.events_line_error(
					{ line: String(h.line), text: m.validation_table_out_of_range({}, { locale }) },
					{ locale }
				)
			);
	const parsed = eventPatch.safeParse({
		title: values.title?.trim() ?? '',
		venue: values.venue?.trim() ?? '',
		pendingRequestCap: numberOf(values.pendingRequestCap),
		halls: items.map((h) => ({ name: h.name, fromTable: h.fromTable, toTable: h.toTable }))
	});
	if (!parsed.success)
		sink.merge(
			parsed.error,
			(path) => path.split('.')[0]!,
			(path) => lineOf(path, 'halls', items)
		);
	if (parsed.success && Object.keys(sink.errors).length === 0) return { data: parsed.data };
	return { errors: sink.errors };
}

export interface EventFormFailure {
	/** which of the page's forms failed (`?/add`, `?/answer`, …) */
	action: string;
	values: Record<string, string>;
	errors: Errors;
	message: string;
}

/** A form that did not parse: 400 with the values typed and an error per field. */
export function invalidForm(
	action: string,
	values: Record<string, string>,
	errors: Errors,
	locale: Locale
): ActionFailure<EventFormFailure> {
	return fail(400, { action, values, errors, message: m.form_invalid({}, { locale }) });
}

/**
 * A broken rule in a matchmaking-day form: its status and localized message next to the field it
 * names (renamed to the form's own), with the values kept. A 404 without a field (the event or the
 * request is gone for this viewer) is the error page.
 */
export function failEventForm(
	e: unknown,
	event: RequestEvent,
	action: string,
	values: Record<string, string>,
	rename: (field: string) => string = (field) => field
): ActionFailure<EventFormFailure> {
	if (!(e instanceof DomainError)) throw e;
	if (e.status === 404 && !e.field) error(404, 'Not found');
	const message = domainMessage(e, event.locals.locale);
	const errors = e.field ? { [rename(e.field)]: [message] } : {};
	return fail(e.status, { action, values, errors, message });
}
