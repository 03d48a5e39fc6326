/**
 * Reasons for the fit factors — industry, tech tags, text — and what would raise them.
 */
import { stripParticle } from '../search/korean';
import { normalizeText, splitWords } from '../search/tokenizer';
import type { ExplainInput, Explanation } from './explain';
import { count, labels, names, say } from './localize';
import { tagKey, type StartupIndex } from './startup-index';

/** Below this completeness (percent) the text factor suggests completing the profile. */
const COMPLETE_ENOUGH = 80;
/** Words held by more than this share of the startups are too common to name as key terms. */
const COMMON_SHARE = 0.2;

export const fitReasons = {
	industry({ p, startup }) {
		if (p.industries.length === 0)
			return { reason: say('과제에 지정된 분야가 없습니다', 'The challenge names no industry') };
		const all = labels('industries', p.industries);
		const matched = p.industries.filter((code) => startup.industries.includes(code));
		const missing = labels(
			'industries',
			p.industries.filter((code) => !matched.includes(code))
		);
		const improve = say(
			`${missing.ko} 분야에서도 활동한다면 프로필 분야에 추가하세요`,
			`If the startup also works in ${missing.en}, add it to the profile's industries`
		);
		if (matched.length === p.industries.length) {
			return { reason: say(`${all.ko} 분야가 일치합니다`, `Same industry: ${all.en}`) };
		}
		const hit = labels('industries', matched);
		if (matched.length > 0) {
			return {
				reason: say(
					`분야 일부 일치: ${hit.ko} (과제: ${all.ko})`,
					`Partly the same industry: ${hit.en} (challenge: ${all.en})`
				),
				improve
			};
		}
		return {
			reason: say(`분야가 다릅니다 (과제: ${all.ko})`, `Different industry (challenge: ${all.en})`),
			improve
		};
	},

	techOverlap({ p, startup }) {
		if (p.tags.length === 0)
			return { reason: say('과제에 지정된 기술 태그가 없습니다', 'The challenge names no tech tag') };
		const held = new Set(startup.techTags.map(tagKey));
		const byWeight = [...p.tags].sort((a, b) => b.weight - a.weight);
		const matched = byWeight.filter((tag) => held.has(tag.key));
		const missing = byWeight.filter((tag) => !held.has(tag.key)).slice(0, 3);
		const improve = missing.length
			? say(
					`과제가 찾는 기술 태그: ${names(missing)} — 실제 보유한 기술이라면 프로필에 추가하세요`,
					`The challenge asks for ${names(missing)} — if the startup has it, add it to the profile's tech tags`
				)
			: undefined;
		if (matched.length === 0) {
			const asked = names(byWeight);
			return {
				reason: say(
					`과제가 찾는 기술 태그와 겹치지 않습니다 (${asked})`,
					`No tech tag in common (challenge: ${asked})`
				),
				improve
			};
		}
		const rare = matched.filter((tag) => tag.isRare);
		const n = matched.length;
		const reason =
			rare.length === n
				? say(
						`희소 기술 태그 ${n}개 일치: ${names(matched)}`,
						`${count(n, 'rare tech tag')} in common: ${names(matched)}`
					)
				: rare.length > 0
					? say(
							`기술 태그 ${n}개 일치: ${names(matched)} (희소 태그: ${names(rare)})`,
							`${count(n, 'tech tag')} in common: ${names(matched)} (rare: ${names(rare)})`
						)
					: say(
							`기술 태그 ${n}개 일치: ${names(matched)}`,
							`${count(n, 'tech tag')} in common: ${names(matched)}`
						);
		return improve ? { reason, improve } : { reason };
	},

	text({ p, startup, value, terms, index }) {
		const words = keyWords(p.challenge.text, index);
		const matched = words.filter((word) => terms.counts.has(word)).slice(0, 4);
		const missing = words.filter((word) => !terms.counts.has(word)).slice(0, 3);
		const shown = matched.length ? ` (${matched.join(', ')})` : '';
		const reason =
			value >= 0.5
				? say(
						`소개글이 과제 내용과 잘 맞습니다${shown}`,
						`The startup's description fits the challenge well${shown}`
					)
				: value > 0
					? say(
							`소개글이 과제 내용과 일부 겹칩니다${shown}`,
							`The description partly overlaps the challenge${shown}`
						)
					: say(
							'소개글에 과제와 겹치는 표현이 없습니다',
							'The description shares no terms with the challenge'
						);
		const completeness = startup.completeness;
		if (completeness !== undefined && completeness < COMPLETE_ENOUGH) {
			const c = Math.round(completeness);
			const improve = say(
				`프로필 완성도 ${c}% — 소개와 상세 설명을 채우면 더 정확히 매칭됩니다`,
				`The profile is ${c}% complete — a fuller summary and description match more accurately`
			);
			return { reason, improve };
		}
		if (value < 0.5 && missing.length > 0) {
			const m = missing.join(', ');
			const improve = say(
				`과제 핵심어(${m})가 소개글에 없습니다 — 관련 경험이 있다면 소개에 적어 주세요`,
				`The challenge's key terms (${m}) are not in the description — mention them if they apply`
			);
			return { reason, improve };
		}
		return { reason };
	}
} satisfies Record<'industry' | 'techOverlap' | 'text', (input: ExplainInput) => Explanation>;

/**
 * The challenge's distinctive words (Hangul without its particle), rarest first: words no startup uses
 * or most startups use (스타트업, 기술) say nothing about this pair.
 */
function keyWords(text: string, index: StartupIndex): string[] {
	const scored = new Map<string, number>();
	for (const word of splitWords(normalizeText(text))) {
		const key = word.script === 'hangul' ? (stripParticle(word.text) ?? word.text) : word.text;
		const df = index.text.documentFrequency(key);
		if (key.length >= 2 && df > 0 && df <= Math.max(1, COMMON_SHARE * index.size)) scored.set(key, df);
	}
	return [...scored].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}
