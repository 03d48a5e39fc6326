/**
 * Reasons for the context factors — stage, collaboration, region, stances — and what would raise them.
 */
import { stageIndex, stages } from '../../taxonomy';
import type { ExplainInput, Explanation } from './explain';
import { labels, say } from './localize';
import { isMutual } from './stances';

export const contextReasons = {
	stage({ p, startup, value }) {
		if (p.preferredStages.length === 0)
			return { reason: say('모든 단계를 대상으로 하는 과제입니다', 'Open to every stage') };
		if (startup.stage === null || stageIndex(startup.stage) < 0) {
			return {
				reason: say('투자 단계 정보가 없습니다', 'Funding stage not given'),
				improve: say('프로필에 투자 단계를 입력하세요', "Add the startup's funding stage to the profile")
			};
		}
		const preferred = labels(
			'stages',
			p.preferredStages.map((i) => stages[i]!.code)
		);
		if (value === 1) {
			const own = labels('stages', [startup.stage]);
			return { reason: say(`선호 단계(${own.ko})에 해당합니다`, `${own.en} is a preferred stage`) };
		}
		const reason =
			value >= 0.5
				? say(
						`선호 단계(${preferred.ko})와 한 단계 차이입니다`,
						`One stage from the preferred ones (${preferred.en})`
					)
				: say(
						`선호 단계(${preferred.ko})와 거리가 있습니다`,
						`Outside the preferred stages (${preferred.en})`
					);
		const improve = say(
			`이 과제는 ${preferred.ko} 단계를 선호합니다 — 단계 정보가 오래되었다면 갱신하세요`,
			`The challenge prefers ${preferred.en} — update the stage if it is out of date`
		);
		return { reason, improve };
	},

	collaboration({ p, startup }) {
		const offered = labels('collaborationTypes', p.challenge.collaborationTypes);
		if (p.offered.length === 0) {
			return { reason: say(`과제의 협업 방식: ${offered.ko}`, `The challenge offers ${offered.en}`) };
		}
		if (startup.seeking.length === 0) {
			return {
				reason: say('원하는 협업 방식이 지정되지 않았습니다', 'The startup has not said what it seeks'),
				improve: say(
					'원하는 협업 방식(PoC, 투자 등)을 프로필에 추가하세요',
					'Add what the startup seeks (PoC, investment…) to the profile'
				)
			};
		}
		const matched = p.offered.filter((code) => startup.seeking.includes(code));
		const seekable = labels('seeking', p.offered);
		if (matched.length > 0) {
			const hit = labels('seeking', matched);
			return {
				reason: say(
					`원하는 협업 방식이 일치합니다: ${hit.ko}`,
					`What the startup seeks is on offer: ${hit.en}`
				)
			};
		}
		return {
			reason: say(
				`원하는 협업 방식과 다릅니다 (과제: ${offered.ko})`,
				`The challenge offers ${offered.en}, not what the startup seeks`
			),
			improve: say(
				`${seekable.ko} 협업도 고려한다면 원하는 협업 방식에 추가하세요`,
				`If ${seekable.en} would also help, add it to what the startup seeks`
			)
		};
	},

	region({ p, startup }) {
		const challenge = p.challenge;
		if (startup.homeCenterId !== null && startup.homeCenterId === challenge.hostCenterId) {
			return { reason: say('소속 센터가 주관하는 과제입니다', "Hosted by the startup's home center") };
		}
		if (startup.region !== null && p.regions.has(startup.region)) {
			const own = labels('regions', [startup.region]);
			return { reason: say(`같은 지역(${own.ko})입니다`, `Same region: ${own.en}`) };
		}
		if (p.regions.size === 0) return { reason: say('전국 대상 과제입니다', 'Open nationwide') };
		const wanted = labels('regions', [...p.regions]);
		const reason = say(
			`과제 지역(${wanted.ko})과 다릅니다`,
			`Outside the challenge's regions (${wanted.en})`
		);
		return startup.region === null
			? { reason, improve: say('프로필에 지역을 입력하세요', "Add the startup's region to the profile") }
			: { reason };
	},

	stance({ stances }) {
		if (isMutual(stances))
			return { reason: say('서로 만나고 싶어 합니다 (상호 매칭)', 'Both sides want to meet (mutual match)') };
		const corporate = stances.corporateOnStartup;
		const startup = stances.startupOnChallenge ?? stances.startupOnCorporate;
		if (corporate === 'must_meet')
			return { reason: say('기업이 꼭 만나고 싶어 합니다', 'The corporate marked the startup “must meet”') };
		if (corporate === 'meet')
			return { reason: say('기업이 만나고 싶어 합니다', 'The corporate wants to meet the startup') };
		if (startup === 'must_meet')
			return { reason: say('스타트업이 꼭 만나고 싶어 합니다', 'The startup marked this “must meet”') };
		if (startup === 'meet')
			return { reason: say('스타트업이 만나고 싶어 합니다', 'The startup wants to meet') };
		return {
			reason: say('아직 관심 표시가 없습니다', 'No stance expressed yet'),
			improve: say(
				'양쪽이 서로 만나고 싶다고 표시하면 상호 매칭으로 순위가 올라갑니다',
				'When both sides mark “meet”, the mutual match ranks higher'
			)
		};
	}
} satisfies Record<'stage' | 'collaboration' | 'region' | 'stance', (input: ExplainInput) => Explanation>;
