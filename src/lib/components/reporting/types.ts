import type { loadKpiPage } from '$lib/server/http/kpi-pages';

/** What every KPI page loads (the dashboard, the national roll-up and their print pages). */
export type KpiPageData = Awaited<ReturnType<typeof loadKpiPage>>;
