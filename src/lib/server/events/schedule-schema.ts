/**
 * What the schedule endpoints read: a run's options and the board's edits. Every board edit carries
 * the schedule `version` the board saw, so two managers never overwrite each other unknowingly.
 */
import 'zod-openapi'; // types the OpenAPI keys of `.meta()`
import { z } from 'zod';

export const runInput = z
	.object({
		keepLocked: z.boolean().default(true).meta({
			description: 'Keep locked meetings exactly where they are (default). `false` lets the run move them.'
		})
	})
	.meta({ id: 'ScheduleRunInput' });
export type RunInput = z.infer<typeof runInput>;

const version = z
	.int()
	.min(0)
	.meta({ description: 'The `version` of the schedule the board shows; a newer one is a 409 `stale`.' });
const slot = z.int().min(0).max(10_000).meta({ description: 'The event’s slot index (`slots[].index`).' });
const table = z.int().min(1).max(500).meta({ description: 'Table number, from 1.' });
const meetingId = z.uuid().meta({ description: 'A meeting of this event’s schedule.' });

export const boardInput = z
	.discriminatedUnion('action', [
		z.object({ action: z.literal('move'), meetingId, slot, table, version }).meta({
			description: 'Move a meeting; if another meeting holds that slot and table, the two swap places.'
		}),
		z.object({ action: z.literal('place'), requestId: z.uuid(), slot, table, version }).meta({
			description: 'Put an accepted request that has no meeting on the schedule.'
		}),
		z.object({ action: z.literal('unschedule'), meetingId, version }).meta({
			description: 'Take a meeting off the schedule (it is cancelled; the request stays accepted).'
		}),
		z.object({ action: z.literal('lock'), meetingId, version }),
		z.object({ action: z.literal('unlock'), meetingId, version })
	])
	.meta({ id: 'ScheduleBoardAction' });
export type BoardInput = z.infer<typeof boardInput>;

export const agendaQuery = z.object({
	organizationId: z
		.uuid()
		.optional()
		.meta({ description: 'Which participating organization’s agenda (default: all of the caller’s).' })
});
