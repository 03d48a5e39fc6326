/** Localized names of pipeline stages and drop reasons, and the sentence for a refused move (pages and API). */
import { m } from '$lib/paraglide/messages';

type Locale = 'ko' | 'en';

const STAGE: Record<string, (o: { locale: Locale }) => string> = {
	matched: (o) => m.stage_matched({}, o),
	meetup_held: (o) => m.stage_meetup_held({}, o),
	follow_up: (o) => m.stage_follow_up({}, o),
	poc: (o) => m.stage_poc({}, o),
	contract: (o) => m.stage_contract({}, o),
	investment: (o) => m.stage_investment({}, o),
	dropped: (o) => m.stage_dropped({}, o)
};

const DROP_REASON: Record<string, (o: { locale: Locale }) => string> = {
	not_a_fit: (o) => m.drop_not_a_fit({}, o),
	no_budget: (o) => m.drop_no_budget({}, o),
	timing: (o) => m.drop_timing({}, o),
	unresponsive: (o) => m.drop_unresponsive({}, o),
	tech_mismatch: (o) => m.drop_tech_mismatch({}, o),
	went_elsewhere: (o) => m.drop_went_elsewhere({}, o),
	other: (o) => m.drop_other({}, o)
};

export function stageLabel(stage: string, locale: Locale): string {
	return STAGE[stage]?.({ locale }) ?? stage;
}

export function dropReasonLabel(reason: string, locale: Locale): string {
	return DROP_REASON[reason]?.({ locale }) ?? reason;
}

/** "From ‹a› a card can go to ‹b› or ‹c›, not ‹d›." and its variants, from a refusal's details. */
export function pipelineRefusal(details: Record<string, unknown>, locale: Locale): string {
	const o = { locale };
	const from = stageLabel(String(details.from ?? ''), locale);
	const to = stageLabel(String(details.to ?? ''), locale);
	const allowed = Array.isArray(details.allowed)
		? details.allowed.map((s) => stageLabel(String(s), locale))
		: [];
	if (details.why === 'same_stage') return m.error_pipeline_same_stage({ stage: from }, o);
	if (details.why === 'final_stage') return m.error_pipeline_final_stage({ stage: from }, o);
	return m.error_pipeline_not_next({ from, to, allowed: allowed.join(', ') }, o);
}
