/** Small builders for the matcher's unit and property tests. */
import type { MatchChallenge, MatchStartup } from '../../src/lib/server/matching/types';

export function makeStartup(id: string, fields: Partial<MatchStartup> = {}): MatchStartup {
	return {
		id,
		name: id,
		industries: [],
		techTags: [],
		stage: null,
		region: null,
		homeCenterId: null,
		seeking: [],
		text: '',
		...fields
	};
}

export function makeChallenge(id: string, fields: Partial<MatchChallenge> = {}): MatchChallenge {
	return {
		id,
		title: id,
		corporateId: 'corp-1',
		hostCenterId: null,
		industries: [],
		techTags: [],
		collaborationTypes: [],
		preferredStages: [],
		regions: [],
		text: '',
		...fields
	};
}

/** An EV-charging challenge and a small catalog around it: one perfect fit, partial fits, unrelated ones. */
export const evChallenge = makeChallenge('ch-ev', {
	title: '전기차 충전소 부하 분산 실증',
	corporateId: 'corp-energy',
	hostCenterId: 'center-ulsan',
	industries: ['energy'],
	techTags: ['v2g', 'ocpp', 'ev charging'],
	collaborationTypes: ['poc', 'procurement'],
	preferredStages: ['seed', 'pre_a'],
	regions: ['ulsan'],
	text: '전기차 충전소 부하 분산 실증 — 울산 산업단지의 전기차 충전소를 위한 V2G 부하 분산 기술을 함께 검증할 스타트업을 찾습니다.'
});

export const perfectFit = makeStartup('st-volt', {
	name: '볼트링크',
	industries: ['energy'],
	techTags: ['v2g', 'ocpp', 'ev charging'],
	stage: 'seed',
	region: 'ulsan',
	homeCenterId: 'center-ulsan',
	seeking: ['poc', 'distribution'],
	text: '볼트링크 전기차 충전소의 부하 분산을 V2G와 OCPP로 해결합니다. 울산 산업단지 충전소에서 실증을 진행했습니다.'
});

export const unrelated = makeStartup('st-pet', {
	name: '펫케어온',
	industries: ['other'],
	techTags: ['pet care', 'mobile app'],
	stage: 'series_b',
	region: 'jeju',
	homeCenterId: 'center-jeju',
	seeking: ['mentoring'],
	text: '펫케어온 반려동물 돌봄 예약 앱으로 보호자와 펫시터를 연결합니다.'
});

export const background: MatchStartup[] = [
	makeStartup('st-grid', {
		name: '그리드웍스',
		industries: ['energy'],
		techTags: ['smart grid', 'ess', 'ev charging'],
		stage: 'series_a',
		region: 'busan',
		seeking: ['investment'],
		text: '그리드웍스 에너지 저장장치와 스마트그리드 운영 소프트웨어를 공급합니다.'
	}),
	makeStartup('st-farm', {
		name: '팜센스',
		industries: ['agrifood'],
		techTags: ['smart farm', 'iot'],
		stage: 'seed',
		region: 'jeonbuk',
		seeking: ['poc'],
		text: '팜센스 스마트팜 온실 환경 센서와 제어 서비스를 제공합니다.'
	}),
	makeStartup('st-care', {
		name: '메디핏',
		industries: ['digital_healthcare'],
		techTags: ['wearable', 'ecg', 'iot'],
		stage: 'pre_a',
		region: 'seoul',
		seeking: ['investment', 'distribution'],
		text: '메디핏 웨어러블 심전도 패치로 원격 모니터링을 합니다.'
	}),
	makeStartup('st-mob', {
		name: '모빌온',
		industries: ['mobility', 'energy'],
		techTags: ['battery', 'ev charging'],
		stage: 'pre_seed',
		region: 'gyeonggi',
		seeking: ['joint_rnd'],
		text: '모빌온 전기차 배터리 진단과 충전 예약 플랫폼을 만듭니다.'
	})
];

export const catalog: MatchStartup[] = [perfectFit, unrelated, ...background];
