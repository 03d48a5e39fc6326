/**
 * What the KPI dashboard, the national roll-up and their print pages load: the same `computeKpis` the
 * API calls, for the months in the URL, plus what the page needs around it (presets, export links).
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { Viewer } from '$lib/server/catalog/viewer';
import { computeKpis, kpiFigures, type KpiFigures } from '$lib/server/reporting/kpis';
import { presets, readMonthRange } from '$lib/server/reporting/month-range';
import { resolvePeriod } from '$lib/server/reporting/period';
import { db } from '$lib/server/runtime';
import { loadOr404 } from './catalog-pages';

/** The report for one center (its managers, admins; anyone else and unknown centers: 404) or nationally. */
export async function loadKpiPage(event: RequestEvent, viewer: Viewer, centerId: string | undefined) {
	const now = new Date();
	const range = readMonthRange(event.url, now);
	const query = { centerId, from: range.fromDate, to: range.toDate };
	const report = await loadOr404(() => computeKpis(db(), viewer, query, { now }));
	// The report names the center in Korean; English pages use its English name when it has one.
	const named = centerId
		? await db().selectFrom('organizations').select('nameEn').where('id', '=', centerId).executeTakeFirst()
		: undefined;
	const params = new URLSearchParams({ from: range.fromDate, to: range.toDate });
	if (centerId) params.set('centerId', centerId);
	return {
		report,
		centerNameEn: named?.nameEn ?? null,
		range,
		presets: presets(now),
		/** The export endpoints' query: the same period and center as the page. */
		exportQuery: params.toString(),
		catalogQuery: centerId ? `centerId=${centerId}` : '',
		generatedAt: now.toISOString(),
		timeZone: viewer.user?.timeZone ?? 'Asia/Seoul'
	};
}

export interface CenterTotals {
	center: { id: string; name: string; nameEn: string | null };
	figures: KpiFigures;
}

/** Every center's totals over the period, for the admins' table (the per-center figures of the exports). */
export async function centerTotals(fromDate: string, toDate: string): Promise<CenterTotals[]> {
	const centers = await db()
		.selectFrom('organizations')
		.select(['id', 'name', 'nameEn'])
		.where('kind', '=', 'center')
		.orderBy('name')
		.execute();
	const period = resolvePeriod({ from: fromDate, to: toDate }, new Date());
	return Promise.all(
		centers.map(async (center) => ({ center, figures: (await kpiFigures(db(), center.id, period)).totals }))
	);
}
