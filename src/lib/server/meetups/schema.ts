/**
 * What the meetup endpoints read: requests, state changes, availability, suggestions and calendar
 * feeds. The endpoints validate with these and the OpenAPI document is generated from them. Broken
 * rules the schema can see (an end before its start, too long, a meetup with oneself) fail here with
 * a message naming the field; the rules that need the database (the past is checked here too, but
 * availability and clashes are not) are the service's.
 */
import 'zod-openapi'; // types the OpenAPI keys of `.meta()`
import { z } from 'zod';
import { isTimeZone } from './availability';

export const MEETUP_STATUSES = ['proposed', 'confirmed', 'done', 'cancelled', 'declined', 'no_show'] as const;
export type MeetupStatus = (typeof MEETUP_STATUSES)[number];
/** Statuses that hold their time (the exclusion constraints' predicate). */
export const ACTIVE_STATUSES = ['proposed', 'confirmed'] as const satisfies readonly MeetupStatus[];

/** A meetup is at most a working day long (the database allows a day). */
export const MAX_MEETUP_MINUTES = 8 * 60;
/** A request or a reschedule proposes at most this many times. */
export const MAX_PROPOSALS = 3;

export const meetupStatus = z.enum(MEETUP_STATUSES).meta({
	description:
		'`proposed` (waiting for the other side) → `confirmed` → `done` | `no_show`; or `declined` by the other side, or `cancelled`. `proposed` and `confirmed` hold their time.'
});

const instant = z.iso.datetime({ offset: true }).meta({
	description: 'ISO 8601 with an offset or `Z`; stored as UTC.',
	example: '2026-03-02T10:00:00+09:00'
});

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.transform((v) => (v === '' ? undefined : v))
		.optional();

const videoUrl = z
	.string()
	.trim()
	.max(2000)
	.transform((v) => (v === '' ? undefined : v))
	.pipe(z.url({ protocol: /^https?$/ }).optional())
	.optional()
	.meta({ description: 'A video call link (http or https).' });

const sequence = z.int().min(0).optional().meta({
	description:
		'The `sequence` the caller saw. When given and the meetup has changed since, the call is a 409 `stale` instead of acting on a newer state.'
});

const minutesBetween = (r: { startsAt: string; endsAt: string }) =>
	(Date.parse(r.endsAt) - Date.parse(r.startsAt)) / 60_000;

/** A proposed time; `endsAt` after `startsAt`, at most eight hours later. */
export const timeRange = z
	.object({ startsAt: instant, endsAt: instant })
	.refine((r) => minutesBetween(r) > 0, { message: 'end_before_start', path: ['endsAt'] })
	.refine((r) => minutesBetween(r) <= MAX_MEETUP_MINUTES, { message: 'meetup_too_long', path: ['endsAt'] })
	.meta({ id: 'MeetupTime' });
export type TimeRange = z.infer<typeof timeRange>;

export const meetupInput = z
	.object({
		startupId: z.uuid(),
		corporateId: z.uuid(),
		challengeId: z.uuid().optional().meta({
			description:
				'The corporate’s challenge the meetup is about; links the startup’s application to it, if any.'
		}),
		startsAt: instant,
		endsAt: instant,
		alternatives: z
			.array(timeRange)
			.max(MAX_PROPOSALS - 1)
			.optional()
			.meta({
				description:
					'Up to two other times the other side may pick instead when confirming. Only `startsAt`–`endsAt` holds time until then.'
			}),
		location: optionalText(300).meta({ description: 'Where to meet.' }),
		videoUrl,
		note: optionalText(2000).meta({ description: 'A message to the other side.' }),
		onBehalfOf: z.uuid().optional().meta({
			description:
				'`startupId` or `corporateId`: the side asking, when the caller acts for both (a center manager stewarding both, an admin). Defaults to the side the caller acts for, else the corporate.'
		})
	})
	.refine((i) => i.startupId !== i.corporateId, { message: 'same_organization', path: ['corporateId'] })
	.refine((i) => minutesBetween(i) > 0, { message: 'end_before_start', path: ['endsAt'] })
	.refine((i) => minutesBetween(i) <= MAX_MEETUP_MINUTES, { message: 'meetup_too_long', path: ['endsAt'] })
	.meta({ id: 'MeetupInput' });
export type MeetupInput = z.infer<typeof meetupInput>;

export const confirmInput = z
	.object({
		proposalId: z.uuid().optional().meta({
			description: 'One of `proposals[].id`; defaults to the meetup’s current time (the first proposal).'
		}),
		sequence
	})
	.meta({ id: 'MeetupConfirm' });

export const reasonInput = z
	.object({
		reason: optionalText(500).meta({ description: 'Why, shown to the other side.' }),
		sequence
	})
	.meta({ id: 'MeetupReason' });

export const rescheduleInput = z
	.object({
		proposals: z.array(timeRange).min(1).max(MAX_PROPOSALS).meta({
			description: 'One to three new times; the first holds time until the other side answers.'
		}),
		location: optionalText(300).meta({ description: 'A new place; omit to keep the current one.' }),
		videoUrl,
		sequence
	})
	.meta({ id: 'MeetupReschedule' });
export type RescheduleInput = z.infer<typeof rescheduleInput>;

export const completeInput = z
	.object({
		outcome: z
			.enum(['done', 'no_show'])
			.meta({ description: 'The meetup took place, or the other side did not come.' }),
		sequence
	})
	.meta({ id: 'MeetupComplete' });

const listWindow = {
	page: z.coerce.number().int().min(1).max(1000).default(1),
	limit: z.coerce.number().int().min(1).max(100).default(20)
};

export const meetupsQuery = z
	.object({
		from: instant.optional().meta({ description: 'Meetups ending after this instant.' }),
		to: instant.optional().meta({ description: 'Meetups starting before this instant.' }),
		status: z.union([meetupStatus, z.array(meetupStatus)]).optional(),
		organizationId: z.uuid().optional().meta({ description: 'Only this one of the caller’s organizations.' }),
		...listWindow
	})
	.refine((q) => !q.from || !q.to || Date.parse(q.to) > Date.parse(q.from), {
		message: 'end_before_start',
		path: ['to']
	});
export type MeetupsQuery = z.infer<typeof meetupsQuery>;

/** Suggestions look at most this far ahead in one call. */
export const MAX_SUGGESTION_DAYS = 62;

export const suggestionsQuery = z
	.object({
		startupId: z.uuid(),
		corporateId: z.uuid(),
		from: instant.optional().meta({ description: 'Defaults to now.' }),
		to: instant
			.optional()
			.meta({ description: 'Defaults to 14 days after `from`; at most 62 days after it.' }),
		minutes: z.coerce.number().int().min(15).max(MAX_MEETUP_MINUTES).default(30),
		limit: z.coerce.number().int().min(1).max(50).default(10)
	})
	.refine((q) => !q.from || !q.to || Date.parse(q.to) > Date.parse(q.from), {
		message: 'end_before_start',
		path: ['to']
	});
export type SuggestionsQuery = z.infer<typeof suggestionsQuery>;

/** "09:00"; "24:00" only as an end. */
const clock = z
	.string()
	.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/)
	.meta({ description: 'Local time `HH:MM`, 24-hour; `24:00` ends at midnight.', example: '09:00' });

export const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const timeZone = z
	.string()
	.max(64)
	.refine(isTimeZone, { message: 'unknown_time_zone' })
	.meta({ description: 'An IANA time zone, e.g. `Asia/Seoul`.', example: 'Asia/Seoul' });

export const availabilityInput = z
	.object({
		timeZone,
		weekly: z
			.array(
				z
					.object({
						weekday: z.int().min(0).max(6).meta({ description: '0 = Sunday … 6 = Saturday.' }),
						start: clock,
						end: clock
					})
					.refine((r) => toMinutes(r.end) > toMinutes(r.start), {
						message: 'end_before_start',
						path: ['end']
					})
			)
			.max(70)
			.meta({
				description: 'Hours per weekday in `timeZone`. Empty: no weekly restriction (only blackouts apply).'
			}),
		blackouts: z
			.array(
				z
					.object({
						from: z.iso.date(),
						to: z.iso.date().meta({ description: 'Inclusive.' }),
						reason: optionalText(200)
					})
					.refine((b) => b.to >= b.from, { message: 'end_before_start', path: ['to'] })
			)
			.max(200)
			.default([])
			.meta({ description: 'Whole local dates without meetups, e.g. holidays.' })
	})
	.meta({ id: 'AvailabilityInput' });
export type AvailabilityInput = z.infer<typeof availabilityInput>;

export const feedInput = z
	.object({ name: z.string().trim().min(1).max(100).default('Innomatch') })
	.meta({ id: 'CalendarFeedInput' });

/** The feed token in `/calendar/{feedToken}.ics`: `<id>.<secret>`. */
export const feedTokenPath = z.object({
	feedToken: z.string().regex(/^[a-z2-9]{24}\.[a-z2-9]{24}$/)
});
export const feedIdPath = z.object({ id: z.string().regex(/^[a-z2-9]{24}$/) });
