/**
 * The KPI report: the figures the dashboard shows and `GET /api/v1/kpis` returns (one computation for
 * both), by month, with the funnel, top industries, partner responsiveness and pending outcomes.
 */
import type { Database } from '$lib/server/db';
import type { Viewer } from '$lib/server/catalog/viewer';
import { funnel, partnerResponsiveness, pendingOutcomes, topIndustries } from './insights';
import type { FunnelStep, IndustryFigure, PartnerResponsiveness } from './insights';
import { KPI_KEYS, monthlyFigures, type KpiKey } from './kpi-queries';
import { bucketByMonth, monthsOf, resolvePeriod, type Period } from './period';
import type { KpiQuery } from './schema';
import { reportingScope } from './scope';

export type KpiFigures = Record<KpiKey, number>;

export interface KpiReport extends KpiFigures {
	/** null: the national roll-up */
	center: { id: string; name: string } | null;
	from: string;
	to: string;
	byMonth: ({ month: string } & KpiFigures)[];
	funnel: FunnelStep[];
	topIndustries: IndustryFigure[];
	partnerResponsiveness: PartnerResponsiveness[];
	/** outcomes reported and waiting for a manager (not counted above until confirmed) */
	pendingOutcomes: number;
}

/** The figures and months alone, without access checks (exports and the report use it). */
export async function kpiFigures(
	db: Database,
	centerId: string | null,
	period: Period
): Promise<{ totals: KpiFigures; byMonth: ({ month: string } & KpiFigures)[] }> {
	const rows = await monthlyFigures(db, centerId, period);
	return bucketByMonth(monthsOf(period), KPI_KEYS, rows);
}

/** The report for the viewer: 403 unless they manage the center (or are an admin; national: admins). */
export async function computeKpis(
	db: Database,
	viewer: Viewer,
	query: KpiQuery,
	options: { now?: Date } = {}
): Promise<KpiReport | undefined> {
	const centerId = reportingScope(viewer, query.centerId);
	const center = centerId
		? await db
				.selectFrom('organizations')
				.select(['id', 'name'])
				.where('id', '=', centerId)
				.where('kind', '=', 'center')
				.executeTakeFirst()
		: null;
	if (center === undefined) return undefined;
	const period = resolvePeriod(query, options.now ?? new Date());
	const [figures, steps, industries, partners, pending] = await Promise.all([
		kpiFigures(db, centerId, period),
		funnel(db, centerId, period),
		topIndustries(db, centerId, period),
		partnerResponsiveness(db, centerId, period),
		pendingOutcomes(db, centerId)
	]);
	return {
		...figures.totals,
		center,
		from: period.fromDate,
		to: period.toDate,
		byMonth: figures.byMonth,
		funnel: steps,
		topIndustries: industries,
		partnerResponsiveness: partners,
		pendingOutcomes: pending
	};
}
