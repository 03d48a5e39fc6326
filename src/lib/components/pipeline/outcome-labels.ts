import { m } from '$lib/paraglide/messages';
import { formatKrw } from '$lib/format-krw';

type Locale = 'ko' | 'en';

const KIND: Record<string, () => string> = {
	poc: () => m.outcome_kind_poc(),
	contract: () => m.outcome_kind_contract(),
	investment: () => m.outcome_kind_investment(),
	hire: () => m.outcome_kind_hire()
};
const STATUS: Record<string, () => string> = {
	reported: () => m.outcome_status_reported(),
	confirmed: () => m.outcome_status_confirmed(),
	rejected: () => m.outcome_status_rejected()
};

export const OUTCOME_KINDS = ['poc', 'contract', 'investment', 'hire'] as const;

export const outcomeKindLabel = (kind: string) => KIND[kind]?.() ?? kind;
export const outcomeStatusLabel = (status: string) => STATUS[status]?.() ?? status;

/** "투자 · 15억원", "Hire · 3 people", "PoC": the kind with its figure, exact. */
export function outcomeSummary(
	o: { kind: string; amountKrw: number | null; jobs: number | null },
	locale: Locale
): string {
	const figure =
		o.amountKrw !== null
			? formatKrw(o.amountKrw, locale)
			: o.jobs !== null
				? m.outcome_jobs_count({ count: String(o.jobs) })
				: '';
	return figure ? `${outcomeKindLabel(o.kind)} · ${figure}` : outcomeKindLabel(o.kind);
}

/** The versions of each outcome from a list that includes superseded rows: current row → its chain, oldest first. */
export function versionChains<T extends { id: string; supersededBy: string | null }>(
	rows: T[]
): Map<string, T[]> {
	const replacedBy = new Map(rows.filter((r) => r.supersededBy).map((r) => [r.supersededBy!, r]));
	const chains = new Map<string, T[]>();
	for (const current of rows.filter((r) => r.supersededBy === null)) {
		const chain = [current];
		for (let prev = replacedBy.get(current.id); prev; prev = replacedBy.get(prev.id)) chain.unshift(prev);
		chains.set(current.id, chain);
	}
	return chains;
}
