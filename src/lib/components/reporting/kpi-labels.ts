/** Names and display of the KPIs on the dashboard and the printed report (browser-safe). */
import { m } from '$lib/paraglide/messages';
import { formatKrw, formatKrwCompact } from '$lib/format-krw';
import type { Locale } from '$lib/i18n/locale';
import type { KpiFigures } from '$lib/server/reporting/kpis';

export type KpiKey = keyof KpiFigures;

/** Headline order: the catalog, then the matching work, then what it produced. */
export const KPI_ORDER: readonly KpiKey[] = [
	'startupsRegistered',
	'startupsDiscovered',
	'challengesPosted',
	'applications',
	'mutualMatches',
	'meetupsHeld',
	'pocsStarted',
	'contracts',
	'contractKrw',
	'investments',
	'investmentKrw',
	'jobsCreated'
];

const LABEL: Record<KpiKey, () => string> = {
	startupsRegistered: () => m.kpi_startups_registered(),
	startupsDiscovered: () => m.kpi_startups_discovered(),
	challengesPosted: () => m.kpi_challenges_posted(),
	applications: () => m.kpi_applications(),
	mutualMatches: () => m.kpi_mutual_matches(),
	meetupsHeld: () => m.kpi_meetups_held(),
	pocsStarted: () => m.kpi_pocs_started(),
	contracts: () => m.kpi_contracts(),
	contractKrw: () => m.kpi_tile_contract_krw(),
	investments: () => m.kpi_investments(),
	investmentKrw: () => m.kpi_tile_investment_krw(),
	jobsCreated: () => m.kpi_jobs_created()
};

export const kpiLabel = (key: KpiKey): string => LABEL[key]();

export const isMoney = (key: KpiKey): boolean => key === 'contractKrw' || key === 'investmentKrw';

const count = (n: number, locale: Locale) => n.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US');

/** A figure as a tile shows it: money compact (억원/만원, ₩1.2B), counts with separators. */
export function kpiValue(key: KpiKey, n: number, locale: Locale): string {
	return isMoney(key) ? formatKrwCompact(n, locale) : count(n, locale);
}

/** A figure in full, for tables and the printed report (money to the won). */
export function kpiExact(key: KpiKey, n: number, locale: Locale): string {
	return isMoney(key) ? formatKrw(n, locale) : count(n, locale);
}

/** "2026-03" as "2026년 3월" / "Mar 2026"; `short` for chart axes ("3월" / "Mar"). */
export function monthLabel(month: string, locale: Locale, short = false): string {
	const date = new Date(`${month}-01T00:00:00Z`);
	return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
		...(short ? {} : { year: 'numeric' }),
		month: short && locale === 'en' ? 'short' : locale === 'ko' ? 'long' : 'short',
		timeZone: 'UTC'
	}).format(date);
}

/** A month on an axis or a column: "3월" / "Mar" within one year, "25.03" once a period spans two. */
export function monthAxisLabel(month: string, spansYears: boolean, locale: Locale): string {
	return spansYears ? `${month.slice(2, 4)}.${month.slice(5, 7)}` : monthLabel(month, locale, true);
}

/** A share 0–1 as a whole percentage, or a dash when there is nothing to divide. */
export function percent(share: number | null, locale: Locale): string {
	if (share === null) return '–';
	return new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
		style: 'percent',
		maximumFractionDigits: 0
	}).format(share);
}
