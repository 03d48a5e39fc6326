import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { formatKrw } from '$lib/format-krw';
import type { CheckinAnswers } from '$lib/server/outcomes/schema';

export function checkinWaveLabel(wave: string): string {
	if (wave === '2w') return m.checkin_wave_2w();
	if (wave === '3m') return m.checkin_wave_3m();
	return m.checkin_wave_6m();
}

/** "PoC, investment (15억원), 2 hires" — or "nothing yet". */
export function answerSummary(a: CheckinAnswers | null): string {
	if (!a) return '';
	const locale = getLocale();
	const amount = (n: number | undefined) => (n !== undefined ? ` (${formatKrw(n, locale)})` : '');
	const parts = [
		a.poc && m.checkin_q_poc(),
		a.contract && `${m.checkin_q_contract()}${amount(a.contractKrw)}`,
		a.investment && `${m.checkin_q_investment()}${amount(a.investmentKrw)}`,
		a.hires && m.checkin_answer_hires({ count: String(a.hires) })
	].filter((p): p is string => Boolean(p));
	return parts.length ? parts.join(', ') : m.checkin_q_nothing();
}
