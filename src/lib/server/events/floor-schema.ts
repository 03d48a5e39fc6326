/**
 * What the live-floor endpoints and forms read: a check-in code (what a participant's QR carries), a
 * floor status, a standby placement and a hall number for the "now and next" screen.
 */
import 'zod-openapi'; // types the OpenAPI keys of `.meta()`
import { z } from 'zod';

export const FLOOR_STATUSES = ['late', 'no_show'] as const;
export type FloorStatus = (typeof FLOOR_STATUSES)[number];

/**
 * A check-in code as generated (`randomBytes(12).toString('base64url')`, 16 characters) or a longer
 * one within the database's 16–64; only URL-safe characters, so a code is also a path segment.
 */
export const checkinCode = z
	.string()
	.trim()
	.regex(/^[A-Za-z0-9_-]{16,64}$/)
	.meta({ description: 'The code in the participant’s QR (the last segment of its check-in URL).' });

export const checkinInput = z.object({ code: checkinCode }).meta({ id: 'CheckinInput' });

export const floorStatusInput = z
	.object({
		status: z.enum(FLOOR_STATUSES).nullable().meta({
			description:
				'`late`: meetings kept; `no_show`: the remaining (not yet started) meetings are cancelled and offered to standby requests; null clears it.'
		})
	})
	.meta({ id: 'FloorStatusInput' });

export const standbyInput = z
	.object({
		requestId: z.uuid().meta({ description: 'An accepted meeting request without a meeting.' }),
		slot: z.int().min(0).meta({ description: 'The slot index (0-based, as in the event’s `slots`).' }),
		table: z.int().min(1).meta({ description: 'The table number (from 1).' })
	})
	.meta({ id: 'StandbyInput' });
export type StandbyInput = z.infer<typeof standbyInput>;

export const eventOrgPath = z.object({ id: z.uuid(), orgId: z.uuid() });
export const eventMeetupPath = z.object({ id: z.uuid(), meetupId: z.uuid() });

/** `?hall=N` of the screen, 1-based as people count halls; anything else reads as the first. */
export const hallQuery = z.object({ hall: z.coerce.number().int().min(1).max(50).catch(1) });
