/** What the reporting endpoints read: periods, centers, audit-log filters. */
import 'zod-openapi';
import { z } from 'zod';

const date = z.iso.date().meta({ description: 'A date (YYYY-MM-DD) in Korean time.', example: '2026-01-01' });

export const kpiQuery = z
	.object({
		centerId: z.uuid().optional().meta({
			description:
				'One center’s figures. Without it: the national roll-up for admins, the caller’s center for a manager of exactly one.'
		}),
		from: date
			.optional()
			.meta({ description: 'First day, inclusive (default: January 1st of `to`’s year).' }),
		to: date.optional().meta({ description: 'Last day, inclusive (default: today).' })
	})
	.refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'end_before_start', path: ['to'] });
export type KpiQuery = z.infer<typeof kpiQuery>;

export const catalogExportQuery = z.object({
	centerId: z
		.uuid()
		.optional()
		.meta({ description: 'One center’s startups (default: all the caller may export).' })
});

export const auditQuery = z
	.object({
		centerId: z.uuid().optional(),
		subjectType: z.string().trim().min(1).max(40).optional(),
		subjectId: z.string().trim().min(1).max(100).optional(),
		actorUserId: z.uuid().optional(),
		action: z.string().trim().min(1).max(80).optional().meta({
			description: 'An action (`collaboration.moved`) or a prefix ending in a dot (`outcome.`).'
		}),
		from: date.optional(),
		to: date.optional(),
		page: z.coerce.number().int().min(1).max(10_000).default(1),
		limit: z.coerce.number().int().min(1).max(100).default(50)
	})
	.refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'end_before_start', path: ['to'] });
export type AuditQuery = z.infer<typeof auditQuery>;
