/**
 * What the pipeline, outcome and check-in endpoints read. Figures are checked here (integers ≥ 0,
 * within what bigint and JavaScript numbers hold exactly); the rules that need the clock or the
 * database (a future date, an unknown organization) are the services', with the same field names.
 */
import 'zod-openapi'; // types the OpenAPI keys of `.meta()`
import { z } from 'zod';
import { DROP_REASONS, STAGES } from './stages';

export const OUTCOME_KINDS = ['poc', 'contract', 'investment', 'hire'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const OUTCOME_STATUSES = ['reported', 'confirmed', 'rejected'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
export const CHECKIN_WAVES = ['2w', '3m', '6m'] as const;
export type CheckinWave = (typeof CHECKIN_WAVES)[number];

export const stage = z.enum(STAGES).meta({
	description:
		'`matched` → `meetup_held` → `follow_up` → `poc` → `contract` | `investment`, or `dropped` with a reason code.'
});
export const dropReason = z.enum(DROP_REASONS);

const instant = z.iso.datetime({ offset: true }).meta({ example: '2026-03-02T10:00:00+09:00' });
const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.transform((v) => (v === '' ? undefined : v))
		.optional();

/** Integer KRW: ≤ 2^53 − 1 so a number holds it exactly (9천조 원, far above any deal). */
export const amountKrw = z.int().min(0).max(Number.MAX_SAFE_INTEGER).meta({
	description: 'Integer KRW (원), ≥ 0.',
	example: 1_500_000_000
});
const jobs = z.int().min(0).max(100_000).meta({ description: 'Jobs created (people hired), ≥ 0.' });

export const collaborationInput = z
	.object({
		startupId: z.uuid(),
		corporateId: z.uuid(),
		challengeId: z.uuid().optional(),
		note: optionalText(2000)
	})
	.strict();
export type CollaborationInput = z.infer<typeof collaborationInput>;

export const moveInput = z
	.object({
		to: stage,
		reason: dropReason.optional().meta({ description: 'Required when `to` is `dropped`.' }),
		note: optionalText(2000),
		version: z.int().min(0).meta({
			description: 'The `version` the caller saw; a collaboration changed since is a 409 `stale`.'
		})
	})
	.strict()
	.refine((v) => v.to !== 'dropped' || v.reason !== undefined, {
		message: 'reason_required',
		path: ['reason']
	});
export type MoveInput = z.infer<typeof moveInput>;

const page = {
	page: z.coerce.number().int().min(1).max(10_000).default(1),
	limit: z.coerce.number().int().min(1).max(100).default(50)
};

export const collaborationsQuery = z.object({
	centerId: z.uuid().optional().meta({ description: 'The board of one center the caller manages.' }),
	corporateId: z.uuid().optional(),
	startupId: z.uuid().optional(),
	stage: stage.optional(),
	...page
});
export type CollaborationsQuery = z.infer<typeof collaborationsQuery>;

export const outcomeInput = z
	.object({
		startupId: z.uuid(),
		corporateId: z.uuid().optional(),
		challengeId: z.uuid().optional(),
		collaborationId: z.uuid().optional().meta({
			description: 'The pipeline card it came from; the card moves forward to the outcome’s stage.'
		}),
		kind: z.enum(OUTCOME_KINDS),
		amountKrw: amountKrw.optional(),
		jobs: jobs.optional(),
		occurredAt: instant.meta({ description: 'When it happened; not in the future.' }),
		note: optionalText(2000).meta({ description: 'The evidence: where the figure comes from.' })
	})
	.strict();
export type OutcomeInput = z.infer<typeof outcomeInput>;

export const correctionInput = z
	.object({
		amountKrw: amountKrw.nullable().optional(),
		jobs: jobs.nullable().optional(),
		occurredAt: instant.optional(),
		note: optionalText(2000),
		reason: z.string().trim().min(1).max(2000).meta({ description: 'Why the figures change.' })
	})
	.strict();
export type CorrectionInput = z.infer<typeof correctionInput>;

export const decisionInput = z.object({ decision: z.enum(['confirmed', 'rejected']) }).strict();

export const outcomesQuery = z.object({
	centerId: z.uuid().optional(),
	startupId: z.uuid().optional(),
	corporateId: z.uuid().optional(),
	collaborationId: z.uuid().optional(),
	kind: z.enum(OUTCOME_KINDS).optional(),
	status: z.enum(OUTCOME_STATUSES).optional(),
	history: z
		.enum(['true', 'false'])
		.transform((v) => v === 'true')
		.optional()
		.meta({ description: '`true` lists superseded rows too (the correction history).' }),
	...page
});
export type OutcomesQuery = z.infer<typeof outcomesQuery>;

/** A check-in answer: what the meetup led to so far, each with optional figures. */
export const checkinAnswers = z
	.object({
		poc: z.boolean().default(false),
		contract: z.boolean().default(false),
		contractKrw: amountKrw.optional(),
		investment: z.boolean().default(false),
		investmentKrw: amountKrw.optional(),
		hires: jobs.optional(),
		comment: optionalText(2000)
	})
	.strict();
export type CheckinAnswers = z.infer<typeof checkinAnswers>;

/** `POST /checkins/answer`: the mail link's token instead of a session. */
export const tokenAnswer = z.object({ token: z.string().min(1).max(100), answers: checkinAnswers }).strict();
