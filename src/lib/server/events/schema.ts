/**
 * What the matchmaking-day endpoints and forms read: an event, a participant and their availability, a
 * meeting request and the answer to one. Rules the schema can see (an end before its start, a day
 * longer than three days, breaks outside the day) fail here naming the field; rules that need the
 * database (the caller manages the center, the organizations take part, the cap) are the service's.
 */
import 'zod-openapi'; // types the OpenAPI keys of `.meta()`
import { z } from 'zod';
import { isTimeZone } from '$lib/server/meetups/availability';

export const EVENT_PHASES = ['planning', 'requests_open', 'scheduled', 'live', 'done'] as const;
export type EventPhase = (typeof EVENT_PHASES)[number];
export const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A matchmaking day runs at most this long (the database allows the same). */
export const MAX_EVENT_HOURS = 72;

const instant = z.iso.datetime({ offset: true }).meta({
	description: 'ISO 8601 with an offset or `Z`; stored as UTC.',
	example: '2026-12-03T13:00:00+09:00'
});

const hoursBetween = (r: { startsAt: string; endsAt: string }) =>
	(Date.parse(r.endsAt) - Date.parse(r.startsAt)) / 3_600_000;

export const window = z
	.object({ startsAt: instant, endsAt: instant })
	.refine((r) => hoursBetween(r) > 0, { message: 'end_before_start', path: ['endsAt'] })
	.meta({ id: 'EventWindow' });
export type EventWindow = z.infer<typeof window>;

const hall = z
	.object({
		name: z.string().trim().min(1).max(100),
		fromTable: z.int().min(1),
		toTable: z.int().min(1)
	})
	.refine((h) => h.fromTable <= h.toTable, { message: 'end_before_start', path: ['toTable'] })
	.meta({ id: 'EventHall' });
export type EventHall = z.infer<typeof hall>;

const timezone = z
	.string()
	.trim()
	.min(1)
	.max(64)
	.refine(isTimeZone, { message: 'unknown_time_zone' })
	.meta({ description: 'IANA time zone the day is shown in.', example: 'Asia/Seoul' });

const fields = {
	title: z.string().trim().min(1).max(200),
	venue: z.string().trim().min(1).max(300),
	startsAt: instant,
	endsAt: instant,
	slotMinutes: z.int().min(5).max(240).meta({ description: 'Length of one meeting slot in minutes.' }),
	tables: z.int().min(1).max(500).meta({ description: 'Numbered tables, 1 to `tables`.' }),
	timezone,
	breaks: z.array(window).max(20).default([]).meta({
		description: 'Times without meetings (lunch, a keynote); slots overlapping one are not offered.'
	}),
	halls: z
		.array(hall)
		.max(50)
		.default([])
		.meta({ description: 'Table ranges with a "now and next" screen each; empty: one hall.' }),
	pendingRequestCap: z
		.int()
		.min(1)
		.max(200)
		.default(10)
		.meta({ description: 'How many unanswered requests a participant may have out at once.' })
};

export type DayShape = {
	startsAt: string;
	endsAt: string;
	breaks?: EventWindow[];
	halls?: EventHall[];
	tables?: number;
};

export type DayRule = 'end_before_start' | 'event_too_long' | 'outside_event' | 'table_out_of_range';

/**
 * What breaks the cross-field rules of a day, with the path of the field each names: checked by the
 * schema on creation and by the service on an edit, against the day as the edit would leave it.
 */
export function dayProblems(d: DayShape): { rule: DayRule; path: (string | number)[] }[] {
	const problems: { rule: DayRule; path: (string | number)[] }[] = [];
	const hours = hoursBetween(d);
	if (hours <= 0) problems.push({ rule: 'end_before_start', path: ['endsAt'] });
	else if (hours > MAX_EVENT_HOURS) problems.push({ rule: 'event_too_long', path: ['endsAt'] });
	const start = Date.parse(d.startsAt);
	const end = Date.parse(d.endsAt);
	(d.breaks ?? []).forEach((b, i) => {
		if (Date.parse(b.startsAt) < start || Date.parse(b.endsAt) > end)
			problems.push({ rule: 'outside_event', path: ['breaks', i, 'startsAt'] });
	});
	(d.halls ?? []).forEach((h, i) => {
		if (d.tables !== undefined && h.toTable > d.tables)
			problems.push({ rule: 'table_out_of_range', path: ['halls', i, 'toTable'] });
	});
	return problems;
}

export const eventInput = z
	.object({
		centerId: z.uuid().meta({ description: 'The hosting center (the caller manages it).' }),
		...fields
	})
	.superRefine((d, ctx) => {
		for (const p of dayProblems(d)) ctx.addIssue({ code: 'custom', message: p.rule, path: p.path });
	})
	.meta({ id: 'EventInput' });
export type EventInput = z.infer<typeof eventInput>;

/** The same fields without their defaults: an edit leaves out what it does not change. */
const { breaks, halls, pendingRequestCap, ...plainFields } = fields;

export const eventPatch = z
	.object({
		...plainFields,
		breaks: breaks.unwrap(),
		halls: halls.unwrap(),
		pendingRequestCap: pendingRequestCap.unwrap(),
		phase: z.enum(EVENT_PHASES).meta({
			description:
				'`planning` → `requests_open` → `scheduled` → `live` → `done`; a phase can also go back one step.'
		}),
		version: z.int().min(0).optional().meta({
			description: 'The `scheduleVersion` the caller saw; a changed schedule since is a 409 `stale`.'
		})
	})
	.partial()
	.meta({ id: 'EventPatch' });
export type EventPatch = z.infer<typeof eventPatch>;

export const participantInput = z
	.object({
		organizationId: z.uuid().meta({ description: 'A startup or a corporate.' }),
		availability: z.array(window).max(20).optional().meta({
			description:
				'When the participant is there; omitted: the whole day (they can state it themselves later).'
		})
	})
	.meta({ id: 'EventParticipantInput' });
export type ParticipantInput = z.infer<typeof participantInput>;

export const availabilityInput = z
	.object({
		availability: z
			.array(window)
			.max(20)
			.nullable()
			.meta({ description: 'When the participant is there; null: the whole day.' })
	})
	.meta({ id: 'EventAvailabilityInput' });

export const requestInput = z
	.object({
		fromOrganizationId: z.uuid(),
		toOrganizationId: z.uuid(),
		priority: z.int().min(1).max(3).default(2).meta({
			description: '1 nice to meet, 2 want to meet, 3 must meet; the scheduler weighs meetings by it.'
		}),
		note: z
			.string()
			.trim()
			.max(1000)
			.transform((v) => (v === '' ? undefined : v))
			.optional()
	})
	.refine((r) => r.fromOrganizationId !== r.toOrganizationId, {
		message: 'same_organization',
		path: ['toOrganizationId']
	})
	.meta({ id: 'MeetingRequestInput' });
export type RequestInput = z.infer<typeof requestInput>;

export const requestAnswer = z
	.object({
		status: z.enum(['accepted', 'declined', 'cancelled']).meta({
			description: 'The receiving side accepts or declines; the sending side (or the manager) cancels.'
		}),
		reason: z
			.string()
			.trim()
			.max(500)
			.transform((v) => (v === '' ? undefined : v))
			.optional()
	})
	.meta({ id: 'MeetingRequestAnswer' });
export type RequestAnswer = z.infer<typeof requestAnswer>;
