/**
 * A small RFC 5545 (iCalendar) writer for meetups: one calendar per download or feed. Pure: the
 * generation time (DTSTAMP) is passed in. What it guarantees, because calendar clients are strict:
 * CRLF line ends, content lines folded at 75 octets without splitting a UTF-8 character (Korean
 * text is three octets a character), TEXT values escaped, every time in UTC (`…Z`) so no VTIMEZONE is
 * needed and daylight-saving changes are the client's business.
 */

export type IcsStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

export interface IcsEvent {
	/** Stable across every version of the meetup, so a client replaces instead of duplicating. */
	uid: string;
	/** Rises with every change; clients keep the highest. */
	sequence: number;
	status: IcsStatus;
	start: Date;
	end: Date;
	summary: string;
	description?: string;
	location?: string;
	url?: string;
	created?: Date;
	lastModified?: Date;
}

export interface IcsCalendar {
	/**
	 * PUBLISH: the calendar is a copy to add or subscribe to. REQUEST and CANCEL are iTIP scheduling
	 * messages that require ORGANIZER and ATTENDEE addresses and are meant to travel by mail; a
	 * downloaded file or a feed is a publication, and a cancellation in it is STATUS:CANCELLED.
	 */
	method: 'PUBLISH';
	/** The calendar's display name (X-WR-CALNAME), for feeds. */
	name?: string;
	/** How often a subscribing client should refresh, in minutes (feeds). */
	refreshMinutes?: number;
	/** `ko` or `en`: the language of the texts, stated in PRODID. */
	language: 'ko' | 'en';
	/** DTSTAMP of every event: when this copy was generated. */
	generatedAt: Date;
	events: readonly IcsEvent[];
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** UTC date-time form: 20260302T010000Z. */
export function formatUtc(date: Date): string {
	return date
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replace(/[-:]/g, '');
}

const encoder = new TextEncoder();

/**
 * Folds one content line into lines of at most 75 octets; continuation lines start with a space,
 * which counts towards their 75. Splits only between characters (code points), never inside one.
 */
export function foldLine(line: string): string {
	if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
	const out: string[] = [];
	let current = '';
	let octets = 0;
	let limit = MAX_LINE_OCTETS;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > limit) {
			out.push(current);
			current = ' ';
			octets = 1;
			limit = MAX_LINE_OCTETS;
		}
		current += char;
		octets += size;
	}
	out.push(current);
	return out.join(CRLF);
}

/** Drops control characters a TEXT value may not carry (everything below U+0020 but the line breaks). */
function clean(value: string): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

function textLine(name: string, value: string | undefined): string[] {
	return value === undefined || value === '' ? [] : [`${name}:${escapeText(clean(value))}`];
}

/** A URI value is not TEXT: it is written as is, minus anything that would break the line. */
function uriLine(name: string, value: string | undefined): string[] {
	return value ? [`${name}:${value.replace(/[\r\n]/g, '')}`] : [];
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
	return [
		'BEGIN:VEVENT',
		`UID:${event.uid}`,
		`DTSTAMP:${formatUtc(stamp)}`,
		`DTSTART:${formatUtc(event.start)}`,
		`DTEND:${formatUtc(event.end)}`,
		`SEQUENCE:${event.sequence}`,
		`STATUS:${event.status}`,
		...(event.created ? [`CREATED:${formatUtc(event.created)}`] : []),
		...(event.lastModified ? [`LAST-MODIFIED:${formatUtc(event.lastModified)}`] : []),
		...textLine('SUMMARY', event.summary),
		...textLine('LOCATION', event.location),
		...textLine('DESCRIPTION', event.description),
		...uriLine('URL', event.url),
		// A cancelled meetup no longer makes anyone busy.
		`TRANSP:${event.status === 'CANCELLED' ? 'TRANSPARENT' : 'OPAQUE'}`,
		'END:VEVENT'
	];
}

/** The whole calendar as text, CRLF-terminated, ready to send as `text/calendar; charset=utf-8`. */
export function writeCalendar(calendar: IcsCalendar): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//Innomatch//Meetups//${calendar.language.toUpperCase()}`,
		'CALSCALE:GREGORIAN',
		`METHOD:${calendar.method}`,
		...textLine('X-WR-CALNAME', calendar.name),
		...(calendar.refreshMinutes
			? [
					`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`,
					`X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`
				]
			: []),
		...calendar.events.flatMap((e) => eventLines(e, calendar.generatedAt)),
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join(CRLF) + CRLF;
}
