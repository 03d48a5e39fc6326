import { m } from '$lib/paraglide/messages';

/** A factor's name in the viewer's language (the factor codes are the API's `breakdown[].factor`). */
export function factorLabel(factor: string): string {
	switch (factor) {
		case 'industry':
			return m.factor_industry();
		case 'techOverlap':
			return m.factor_tech_overlap();
		case 'text':
			return m.factor_text();
		case 'stage':
			return m.factor_stage();
		case 'collaboration':
			return m.factor_collaboration();
		case 'region':
			return m.factor_region();
		case 'stance':
			return m.factor_stance();
		default:
			return factor;
	}
}

export interface BreakdownLine {
	factor: string;
	weight: number;
	value: number;
	contribution: number;
	reason: string;
	improve?: string;
}

/** The chart's accessible text: every factor with its points, so a screen reader hears the same. */
export function breakdownSummary(lines: readonly BreakdownLine[]): string {
	return lines
		.map(
			(l) =>
				`${factorLabel(l.factor)} ${m.matches_points({ earned: String(l.contribution), max: String(Math.round(l.weight)) })}`
		)
		.join(', ');
}
