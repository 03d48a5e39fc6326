/**
 * Exports: the KPIs by month and center (each center the viewer manages, or every center and the
 * national roll-up for an admin) and the startup catalog, as rows for spreadsheet.ts. The figures are
 * kpis.ts's, so a workbook and `GET /kpis` agree.
 */
import type { Database } from '$lib/server/db';
import type { Viewer } from '$lib/server/catalog/viewer';
import { m } from '$lib/paraglide/messages';
import { KPI_KEYS, type KpiKey } from './kpi-queries';
import { kpiFigures, type KpiFigures } from './kpis';
import { resolvePeriod } from './period';
import type { KpiQuery } from './schema';
import { exportableCenters } from './scope';
import type { Column } from './spreadsheet';

type Locale = 'ko' | 'en';
export type KpiExportRow = { month: string; centerId: string; center: string } & KpiFigures;

const KRW_KEYS: readonly KpiKey[] = ['contractKrw', 'investmentKrw'];

export function kpiColumns(locale: Locale): Column<KpiExportRow>[] {
	const o = { locale };
	const label: Record<KpiKey, string> = {
		startupsRegistered: m.kpi_startups_registered({}, o),
		startupsDiscovered: m.kpi_startups_discovered({}, o),
		challengesPosted: m.kpi_challenges_posted({}, o),
		applications: m.kpi_applications({}, o),
		mutualMatches: m.kpi_mutual_matches({}, o),
		meetupsHeld: m.kpi_meetups_held({}, o),
		pocsStarted: m.kpi_pocs_started({}, o),
		contracts: m.kpi_contracts({}, o),
		contractKrw: m.kpi_contract_krw({}, o),
		investments: m.kpi_investments({}, o),
		investmentKrw: m.kpi_investment_krw({}, o),
		jobsCreated: m.kpi_jobs_created({}, o)
	};
	return [
		{ key: 'month', label: m.export_month({}, o), width: 10 },
		{ key: 'center', label: m.export_center({}, o), width: 24 },
		{ key: 'centerId', label: 'centerId', width: 38 },
		...KPI_KEYS.map((key) => ({
			key,
			label: label[key],
			numFmt: '#,##0',
			width: KRW_KEYS.includes(key) ? 18 : 12
		}))
	];
}

/** One row per month and center (and, for admins, per month nationally: centerId ""). */
export async function kpiExportRows(
	db: Database,
	viewer: Viewer,
	query: KpiQuery & { locale?: Locale },
	options: { now?: Date } = {}
): Promise<KpiExportRow[]> {
	const scope = exportableCenters(viewer, query.centerId);
	const centers = await db
		.selectFrom('organizations')
		.select(['id', 'name', 'nameEn'])
		.where('kind', '=', 'center')
		.$if(scope !== 'all', (q) => q.where('id', 'in', scope as string[]))
		.orderBy('name')
		.execute();
	const period = resolvePeriod(query, options.now ?? new Date());
	const locale = query.locale ?? 'ko';
	const targets: { id: string | null; name: string }[] = centers.map((c) => ({
		id: c.id,
		name: (locale === 'en' && c.nameEn) || c.name
	}));
	if (scope === 'all') targets.unshift({ id: null, name: m.export_national({}, { locale }) });
	const rows: KpiExportRow[] = [];
	for (const t of targets) {
		const { byMonth } = await kpiFigures(db, t.id, period);
		for (const month of byMonth) rows.push({ ...month, centerId: t.id ?? '', center: t.name });
	}
	return rows;
}

export interface StartupExportRow {
	id: string;
	name: string;
	nameEn: string | null;
	businessNumber: string | null;
	region: string | null;
	city: string | null;
	homeCenter: string | null;
	stage: string | null;
	industries: string[];
	techTags: string[];
	seeking: string[];
	foundedYear: number | null;
	employees: number | null;
	website: string | null;
	visibility: string;
	createdAt: string;
}

export function startupColumns(locale: Locale): Column<StartupExportRow>[] {
	const o = { locale };
	return [
		{ key: 'id', label: 'id', width: 38 },
		{ key: 'name', label: m.export_name({}, o), width: 24 },
		{ key: 'nameEn', label: m.export_name_en({}, o), width: 24 },
		{ key: 'businessNumber', label: m.export_business_number({}, o), width: 16 },
		{ key: 'region', label: m.export_region({}, o) },
		{ key: 'city', label: m.export_city({}, o) },
		{ key: 'homeCenter', label: m.export_center({}, o), width: 24 },
		{ key: 'stage', label: m.export_stage({}, o) },
		{ key: 'industries', label: m.export_industries({}, o), width: 24 },
		{ key: 'techTags', label: m.export_tech_tags({}, o), width: 24 },
		{ key: 'seeking', label: m.export_seeking({}, o), width: 20 },
		{ key: 'foundedYear', label: m.export_founded_year({}, o) },
		{ key: 'employees', label: m.export_employees({}, o) },
		{ key: 'website', label: m.export_website({}, o), width: 30 },
		{ key: 'visibility', label: m.export_visibility({}, o) },
		{ key: 'createdAt', label: m.export_created_at({}, o), width: 22 }
	];
}

/** The startups of the viewer's centers (home or stewarded), or all for an admin, by name. */
export async function startupExportRows(
	db: Database,
	viewer: Viewer,
	query: { centerId?: string }
): Promise<StartupExportRow[]> {
	const scope = exportableCenters(viewer, query.centerId);
	const rows = await db
		.selectFrom('organizations as o')
		.innerJoin('startupProfiles as p', 'p.organizationId', 'o.id')
		.leftJoin('organizations as c', 'c.id', 'o.homeCenterId')
		.select([
			'o.id',
			'o.name',
			'o.nameEn',
			'p.businessNumber',
			'o.region',
			'o.city',
			'c.name as homeCenter',
			'p.stage',
			'p.industries',
			'p.techTags',
			'p.seeking',
			'p.foundedYear',
			'p.employees',
			'o.website',
			'p.visibility',
			'o.createdAt'
		])
		.where('o.kind', '=', 'startup')
		.$if(scope !== 'all', (q) =>
			q.where((eb) =>
				eb.or([
					eb('o.homeCenterId', 'in', scope as string[]),
					eb('o.stewardCenterId', 'in', scope as string[])
				])
			)
		)
		.orderBy('o.name')
		.orderBy('o.id')
		.execute();
	return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
