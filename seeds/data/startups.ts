import type { SeedStartup } from './types';

/*
 * Demo startups, grouped by home center. The companies are fictional; several are modelled on the kinds of
 * firms the centers' reports mention (CGM and patch-ECG makers in Wonju, EV-charging firms in the Energy
 * Valley, aftermarket O2O in Gwangju, shelf AI in Busan, seafood exporters in Jeonnam) so that the demo
 * challenges have real candidates. Figures are invented.
 */

type StartupDraft = Omit<SeedStartup, 'visibility'> & { visibility?: SeedStartup['visibility'] };

function startup(draft: StartupDraft): SeedStartup {
	return { ...draft, visibility: draft.visibility ?? 'public' };
}

const gangwon: SeedStartup[] = [
	startup({
		slug: 'glucofit',
		name: '글루코핏',
		nameEn: 'GlucoFit',
		summary: 'AI 기반 연속혈당측정기(CGM) 데이터 분석으로 당뇨 환자의 혈당 변동을 예측하는 솔루션입니다.',
		description:
			'원주의료기기테크노타워에 입주한 디지털헬스케어 스타트업으로, CGM 센서에서 5분마다 들어오는 혈당 데이터를 머신러닝으로 분석해 저혈당을 30분 전에 경고합니다. 병원용 대시보드와 환자용 앱을 함께 제공하며, 2형 당뇨 환자 412명 대상 임상 연구에서 저혈당 발생을 27% 줄였습니다. 식약처 SaMD 2등급 인허가를 진행 중입니다.',
		industries: ['digital_healthcare', 'ai_data'],
		techTags: ['cgm', '연속혈당측정', 'machine learning', 'remote monitoring', 'samd'],
		stage: 'series_a',
		region: 'gangwon',
		homeCenter: 'gangwon',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2019,
		employees: 34,
		website: 'https://glucofit.example',
		traction: '원주·서울 3개 병원 임상 연구, 누적 투자 48억 원'
	}),
	startup({
		slug: 'heartline',
		name: '하트라인',
		nameEn: 'Heartline',
		summary: '패치형 웨어러블 심전도(ECG) 모니터로 최대 14일간 부정맥을 연속 감시합니다.',
		description:
			'Heartline makes a 9-gram single-lead ECG patch that records for up to 14 days and streams to a cloud viewer over BLE. AI 판독 보조 기능이 심방세동 구간을 자동으로 표시해 판독 시간을 60% 줄였습니다. 2024년 식약처 2등급 허가를 받았고 국내 52개 의원에서 처방되고 있습니다.',
		industries: ['digital_healthcare'],
		techTags: ['wearable', 'ecg', 'remote monitoring', 'samd', 'iot'],
		stage: 'pre_a',
		region: 'gangwon',
		homeCenter: 'gangwon',
		seeking: ['distribution', 'investment', 'poc'],
		foundedYear: 2020,
		employees: 21,
		traction: '식약처 2등급 허가(2024), 52개 의원 처방, 월 판독 3,800건'
	}),
	startup({
		slug: 'xray-lite',
		name: '엑스레이라이트',
		nameEn: 'X-Ray Lite',
		summary: '배터리로 구동되는 초경량 포터블 엑스레이와 AI 판독 보조 소프트웨어를 만듭니다.',
		description:
			'3.5kg의 휴대용 디지털 엑스레이로 요양병원·응급현장·동물병원에서 바로 촬영할 수 있습니다. 저선량 설계와 엣지 AI 영상 보정으로 기존 이동형 장비 대비 피폭량을 40% 낮췄고, CES 혁신상을 받았습니다. 원주에 제2공장을 짓고 있으며 32개국에 수출합니다.',
		industries: ['digital_healthcare', 'smart_manufacturing'],
		techTags: ['x-ray', 'medical imaging', 'edge ai', 'medical device'],
		stage: 'series_c_plus',
		region: 'gangwon',
		homeCenter: 'gangwon',
		seeking: ['distribution', 'joint_rnd'],
		foundedYear: 2014,
		employees: 186,
		website: 'https://xraylite.example',
		traction: '누적 투자 1,700억 원, 32개국 수출, CES 혁신상'
	}),
	startup({
		slug: 'mindbridge',
		name: '마인드브릿지',
		nameEn: 'MindBridge',
		summary: '불면증 인지행동치료(CBT-I)를 6주 프로그램으로 제공하는 디지털치료제 앱입니다.',
		description:
			'수면일기와 웨어러블 수면 데이터를 바탕으로 개인별 수면 제한 처방을 자동으로 조정합니다. 강원대병원과 확증 임상을 준비 중이며, 탐색 임상에서 불면증 심각도 지수(ISI)가 평균 7.2점 개선되었습니다.',
		industries: ['digital_healthcare'],
		techTags: ['digital therapeutics', 'mobile app', 'samd', 'wearable'],
		stage: 'seed',
		region: 'gangwon',
		homeCenter: 'gangwon',
		seeking: ['investment', 'joint_rnd', 'mentoring'],
		foundedYear: 2022,
		employees: 9,
		traction: '탐색 임상 완료(n=64), 혁신의료기기 지정 신청'
	}),
	startup({
		slug: 'skyfarmer',
		name: '하늘농부',
		nameEn: 'SkyFarmer',
		summary: '드론 다중분광 촬영으로 고랭지 작물의 생육과 병해를 진단하고 방제까지 대행합니다.',
		description:
			'홍천·평창 고랭지 배추·감자 농가를 대상으로 드론 방제와 생육 지도 서비스를 운영합니다. 다중분광 영상을 컴퓨터 비전 모델로 분석해 무름병 의심 구역을 표시하고, 필요한 구역에만 약제를 뿌려 농약 사용량을 35% 줄였습니다.',
		industries: ['agrifood', 'robotics'],
		techTags: ['drone', 'multispectral imaging', 'smart farm', 'computer vision'],
		stage: 'seed',
		region: 'gangwon',
		homeCenter: 'gangwon',
		seeking: ['poc', 'distribution'],
		foundedYear: 2021,
		employees: 11,
		traction: '계약 농가 340곳, 2024년 방제 면적 2,100ha'
	}),
	startup({
		slug: 'sangol-market',
		name: '산골상회',
		nameEn: 'Sangol Market',
		summary: '정선·인제의 산나물과 임산물을 손질해 도시 소비자에게 직송하는 D2C 브랜드입니다.',
		description:
			'곤드레·곰취 등 산나물을 전처리·급속냉동해 밀키트로 판매합니다. 네이버 스마트스토어와 라이브커머스로 매출의 70%를 올리며, 지역 어르신 23명을 채집·손질 인력으로 고용하고 있습니다.',
		industries: ['agrifood', 'retail_commerce'],
		techTags: ['d2c', 'live commerce', '농산물 유통', 'hmr'],
		stage: 'pre_seed',
		region: 'gangwon',
		homeCenter: 'gangwon',
		seeking: ['distribution', 'mentoring'],
		foundedYear: 2023,
		employees: 5,
		traction: '2024년 매출 4억 2천만 원, 재구매율 38%'
	}),
	startup({
		slug: 'tripgangwon',
		name: '트립강원',
		nameEn: 'TripGangwon',
		summary: '검색·리뷰 빅데이터로 강원도 로컬 여행 코스를 추천하는 여행 큐레이션 앱입니다.',
		description:
			'관광지 검색량과 리뷰, 날씨 데이터를 결합해 붐비지 않는 로컬 코스를 추천하고, 동선에 있는 소상공인 쿠폰을 연결합니다. 강릉·속초 420개 가맹점과 제휴했고 월간 활성 사용자는 6만 명입니다. Big data lab 출신 팀이 만들었습니다.',
		industries: ['tourism', 'ai_data'],
		techTags: ['big data', 'recommendation', 'travel platform', 'local commerce'],
		stage: 'seed',
		region: 'gangwon',
		homeCenter: 'gangwon',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2021,
		employees: 12,
		traction: 'MAU 6만, 제휴 가맹점 420곳'
	}),
	startup({
		slug: 'dataforest',
		name: '데이터숲',
		nameEn: 'DataForest',
		summary: '소상공인을 위한 상권분석·매출 예측 빅데이터 SaaS를 제공합니다.',
		description:
			'카드 매출, 유동인구, 검색 트렌드 데이터를 시각화해 창업 예정자와 소상공인이 입지와 메뉴를 결정하도록 돕습니다. 강원도 18개 시군 상권 데이터를 구축했고, 지자체 3곳에 상권 대시보드를 납품했습니다.',
		industries: ['ai_data', 'retail_commerce'],
		techTags: ['big data', 'data visualization', '상권분석', 'demand forecasting'],
		stage: 'pre_a',
		region: 'gangwon',
		homeCenter: 'gangwon',
		seeking: ['distribution', 'investment'],
		foundedYear: 2018,
		employees: 17,
		traction: '지자체 납품 3건, 유료 구독 1,150개 사업장'
	}),
	startup({
		slug: 'medibuddy',
		name: '메디버디',
		nameEn: 'MediBuddy',
		summary: '독거 어르신을 위한 AI 돌봄 스피커로 복약 알림과 낙상 감지를 제공합니다.',
		description:
			'LLM 기반 대화형 스피커가 안부를 묻고 복약 시간을 알려주며, 레이더 센서로 낙상을 감지하면 보호자와 지자체 돌봄 인력에게 즉시 알립니다. 원주시 120가구 시범사업에서 응급 출동 평균 시간을 14분 단축했습니다.',
		industries: ['digital_healthcare', 'ai_data'],
		techTags: ['speech recognition', 'fall detection', 'iot', 'remote monitoring', 'llm'],
		stage: 'pre_seed',
		region: 'gangwon',
		homeCenter: 'gangwon',
		seeking: ['poc', 'investment', 'mentoring'],
		foundedYear: 2024,
		employees: 4
	})
];

const bitgaram: SeedStartup[] = [
	startup({
		slug: 'voltup',
		name: '볼트업',
		nameEn: 'VoltUp',
		summary: '아파트 완속충전기의 부하를 실시간으로 분산하는 스마트 전기차 충전 솔루션입니다.',
		description:
			'단지 수전 용량과 변압기 부하를 15분 단위로 예측해 충전기별 출력을 조정하는 부하분산(load balancing) 제어기와 OCPP 관제 플랫폼을 제공합니다. 변압기 증설 없이 충전기를 2배까지 설치할 수 있어 관리사무소의 호응이 큽니다. 본사를 나주 에너지밸리로 이전했습니다.',
		industries: ['energy', 'mobility'],
		techTags: ['ev charging', '전기차 충전', 'load balancing', 'smart grid', 'ocpp'],
		stage: 'series_a',
		region: 'jeonnam',
		homeCenter: 'bitgaram',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2018,
		employees: 48,
		website: 'https://voltup.example',
		traction: '전국 1,200개 단지 충전기 4,800기 운영, 2024년 매출 86억 원'
	}),
	startup({
		slug: 'gridbrain',
		name: '그리드브레인',
		nameEn: 'GridBrain',
		summary: 'AI 전력 수요예측과 V2G(Vehicle-to-Grid) 제어로 전기차를 움직이는 ESS로 만듭니다.',
		description:
			'GridBrain forecasts feeder-level demand with gradient-boosted models and schedules bidirectional chargers so parked EVs shave evening peaks. 제주 V2G 실증에서 참여 차량 80대가 피크 전력을 11% 낮췄고, 수요반응(DR) 시장 참여 자격을 얻었습니다.',
		industries: ['energy', 'ai_data'],
		techTags: ['v2g', 'demand forecasting', 'smart grid', 'machine learning', 'ess'],
		stage: 'pre_a',
		region: 'jeonnam',
		homeCenter: 'bitgaram',
		seeking: ['poc', 'joint_rnd', 'investment'],
		foundedYear: 2020,
		employees: 19,
		traction: '제주 V2G 실증 80대, DR 사업자 등록',
		visibility: 'members'
	}),
	startup({
		slug: 'powereye',
		name: '파워아이',
		nameEn: 'PowerEye',
		summary: '드론 열화상·가시광 영상과 AI로 배전선로의 과열 접속부와 애자 파손을 찾아냅니다.',
		description:
			'자동 비행 경로를 생성해 선로를 따라 촬영하고, 컴퓨터 비전 모델이 애자 균열과 접속부 과열(anomaly)을 표시합니다. 한 번 비행으로 선로 6km를 점검하며, 수작업 순시 대비 점검 비용을 55% 절감했습니다.',
		industries: ['energy', 'robotics', 'ai_data'],
		techTags: ['drone', 'computer vision', 'thermal imaging', 'anomaly detection'],
		stage: 'seed',
		region: 'jeonnam',
		homeCenter: 'bitgaram',
		seeking: ['poc', 'distribution'],
		foundedYear: 2021,
		employees: 13,
		traction: '지자체 가로등 선로 점검 2건 수주, 탐지 정밀도 93%'
	}),
	startup({
		slug: 'sunfarm-energy',
		name: '썬팜에너지',
		nameEn: 'SunFarm Energy',
		summary: '농사와 태양광 발전을 함께 하는 영농형 태양광 구조물과 생육 모니터링을 제공합니다.',
		description:
			'작물별 일조 요구량에 맞춰 패널 각도를 바꾸는 가변형 구조물로 벼 수확량 감소를 8% 이내로 유지합니다. IoT 센서로 발전량과 토양 수분을 함께 관리하며 나주·영암 농가 27곳에 설치했습니다.',
		industries: ['energy', 'agrifood'],
		techTags: ['solar', 'agrivoltaics', 'iot', 'smart farm'],
		stage: 'pre_a',
		region: 'jeonnam',
		homeCenter: 'bitgaram',
		seeking: ['investment', 'distribution', 'poc'],
		foundedYear: 2019,
		employees: 22,
		traction: '누적 설치 용량 9.4MW'
	}),
	startup({
		slug: 'chargeon',
		name: '차지온',
		nameEn: 'ChargeOn',
		summary: '주차장을 스스로 돌아다니며 전기차를 충전하는 이동형 충전 로봇입니다.',
		description:
			'배터리를 실은 자율주행 로봇(AMR)이 앱 호출을 받아 차량 옆으로 이동해 충전합니다. 고정형 충전기 설치가 어려운 구축 아파트와 대형마트 주차장을 겨냥하며, 광주 2개 주차장에서 시범 운영 중입니다.',
		industries: ['mobility', 'energy', 'robotics'],
		techTags: ['ev charging', 'autonomous mobile robot', 'battery', '전기차 충전'],
		stage: 'seed',
		region: 'gwangju',
		homeCenter: 'bitgaram',
		seeking: ['poc', 'investment'],
		foundedYear: 2022,
		employees: 10,
		traction: '주차장 2곳 시범 운영, 누적 충전 1,900회'
	}),
	startup({
		slug: 'wattledger',
		name: '와트레저',
		nameEn: 'WattLedger',
		summary: '블록체인으로 소규모 태양광 발전소의 P2P 전력거래와 REC 정산을 자동화합니다.',
		description:
			'스마트미터 데이터를 온체인에 기록해 이웃 간 잉여 전력 거래와 REC(신재생에너지 공급인증서) 정산을 처리합니다. 규제 샌드박스 실증 특례를 신청했으며 나주 혁신도시 공동주택 1곳에서 모의 거래를 운영했습니다.',
		industries: ['energy', 'fintech'],
		techTags: ['blockchain', 'p2p energy', 'smart grid', 'rec trading'],
		stage: 'pre_seed',
		region: 'jeonnam',
		homeCenter: 'bitgaram',
		seeking: ['mentoring', 'poc'],
		foundedYear: 2024,
		employees: 4
	}),
	startup({
		slug: 'coolcell',
		name: '쿨셀',
		nameEn: 'CoolCell',
		summary: '변압기 온도와 부분방전을 감시하는 IoT 센서로 배전설비 고장을 예측합니다.',
		description:
			'주상변압기에 부착하는 무전원 센서가 온도·부분방전 신호를 LoRa로 전송하고, 이상 패턴을 학습한 모델이 고장 위험도를 매일 산출합니다. 산업단지 수변전 설비 310곳에 적용했습니다.',
		industries: ['energy', 'smart_manufacturing'],
		techTags: ['iot', 'partial discharge', 'predictive maintenance', 'anomaly detection'],
		stage: 'seed',
		region: 'jeonnam',
		homeCenter: 'bitgaram',
		seeking: ['poc', 'distribution'],
		foundedYear: 2021,
		employees: 8
	}),
	startup({
		slug: 'ecowatt-lab',
		name: '에코와트랩',
		nameEn: 'EcoWatt Lab',
		summary: 'Cloud BEMS that cuts energy bills of small commercial buildings using smart-meter data.',
		description:
			'EcoWatt Lab turns 15-minute AMI readings into HVAC and lighting schedules for buildings too small for a traditional BEMS. A retrofit kit of plug-in sensors and a demand-response module saved 14% on average across 38 pilot sites in Gwangju and Naju.',
		industries: ['energy', 'proptech'],
		techTags: ['bems', 'smart building', 'iot', 'demand forecasting'],
		stage: 'pre_seed',
		region: 'gwangju',
		homeCenter: 'bitgaram',
		seeking: ['poc', 'investment', 'mentoring'],
		foundedYear: 2023,
		employees: 6
	})
];

const gwangju: SeedStartup[] = [
	startup({
		slug: 'jungbikok',
		name: '정비콕',
		nameEn: 'JungbiKok',
		summary: '내 차 정비 견적을 비교하고 가까운 정비소를 바로 예약하는 자동차 애프터마켓 O2O 플랫폼입니다.',
		description:
			'사진 세 장으로 판금·도장 견적을 받고, 엔진오일·타이어 교체를 원하는 시간에 예약할 수 있습니다. 제휴 정비소에는 예약·재고·정산 관리 SaaS를 무료로 제공해 네트워크를 키웠습니다. 광주·전남에서 시작해 수도권으로 확장 중입니다.',
		industries: ['mobility', 'retail_commerce'],
		techTags: ['o2o', 'car maintenance', '자동차 애프터마켓', 'marketplace', 'mobile app'],
		stage: 'series_a',
		region: 'gwangju',
		homeCenter: 'gwangju',
		seeking: ['distribution', 'investment', 'poc'],
		foundedYear: 2018,
		employees: 56,
		website: 'https://jungbikok.example',
		traction: '제휴 정비소 2,300곳, 월 예약 4만 건, 누적 투자 62억 원'
	}),
	startup({
		slug: 'carcaring',
		name: '카케어링',
		nameEn: 'CarCaring',
		summary: '회사 주차장으로 찾아가는 출장 세차·경정비 구독 서비스입니다.',
		description:
			'직원 차량이 주차된 동안 출장 기사가 세차와 소모품 교체를 해 주는 B2B2C 구독 모델입니다. 자체 배차·경로 최적화로 기사 1인당 하루 처리 대수를 11대까지 늘렸고, 광주 산업단지 기업 40곳과 계약했습니다.',
		industries: ['mobility', 'retail_commerce'],
		techTags: ['o2o', 'car maintenance', 'subscription', 'route optimization'],
		stage: 'seed',
		region: 'gwangju',
		homeCenter: 'gwangju',
		seeking: ['distribution', 'poc'],
		foundedYear: 2021,
		employees: 18,
		traction: '기업 고객 40곳, 월 구독 2,600대'
	}),
	startup({
		slug: 'tunelab',
		name: '튜닝랩',
		nameEn: 'TuneLab',
		summary: 'AR로 휠·용품을 내 차에 미리 입혀 보고 장착점까지 예약하는 자동차 용품 커머스입니다.',
		description:
			'차종별 3D 모델 1,400종을 구축해 휠, 루프박스, 블랙박스 장착 모습을 AR로 보여줍니다. 구매와 동시에 인근 장착점 예약이 잡히는 O2O 구조로 반품률을 9%에서 3%로 낮췄습니다.',
		industries: ['mobility', 'retail_commerce'],
		techTags: ['ar', 'd2c', '자동차 애프터마켓', 'o2o', 'marketplace'],
		stage: 'pre_a',
		region: 'gwangju',
		homeCenter: 'gwangju',
		seeking: ['distribution', 'investment'],
		foundedYear: 2020,
		employees: 15,
		traction: '2024년 거래액 71억 원'
	}),
	startup({
		slug: 'movingbrain',
		name: '무빙브레인',
		nameEn: 'MovingBrain',
		summary: '수요응답형 교통(DRT) 실시간 배차·경로 최적화 엔진을 지자체와 운수사에 공급합니다.',
		description:
			'승객 호출을 모아 차량 경로를 몇 초 안에 다시 계산하는 배차 엔진으로, 대기시간과 공차 운행을 동시에 줄입니다. 광주 광산구 DRT 12대와 전남 농어촌 버스 3개 노선에 적용해 평균 대기시간을 19분에서 9분으로 줄였습니다. 자율주행 셔틀과의 연동 API도 제공합니다.',
		industries: ['mobility', 'ai_data'],
		techTags: ['drt', 'route optimization', 'maas', 'machine learning', 'autonomous driving'],
		stage: 'series_a',
		region: 'gwangju',
		homeCenter: 'gwangju',
		seeking: ['poc', 'joint_rnd', 'distribution'],
		foundedYear: 2019,
		employees: 37,
		website: 'https://movingbrain.example',
		traction: '지자체 5곳 운영, 누적 탑승 92만 건'
	}),
	startup({
		slug: 'lidarone',
		name: '라이다원',
		nameEn: 'LidarOne',
		summary: '4D 이미징 레이더와 라이다를 융합하는 자율주행 인지 모듈을 개발합니다.',
		description:
			'저가형 라이다와 4D 레이더 포인트클라우드를 융합(sensor fusion)해 악천후에서도 보행자와 차량을 인식합니다. 국토부 자율주행 실증 과제에 참여했고, 셔틀·PBV용 인지 소프트웨어를 라이선스로 공급합니다.',
		industries: ['mobility', 'ai_data'],
		techTags: ['lidar', 'sensor fusion', 'autonomous driving', '자율주행', 'radar'],
		stage: 'pre_a',
		region: 'gwangju',
		homeCenter: 'gwangju',
		seeking: ['joint_rnd', 'poc', 'investment'],
		foundedYear: 2020,
		employees: 24,
		traction: '자율주행 실증 과제 2건, 라이선스 계약 1건'
	}),
	startup({
		slug: 'battery-doctor',
		name: '배터리닥터',
		nameEn: 'Battery Doctor',
		summary: '10분 만에 전기차 배터리 잔존수명(SOH)을 진단하는 장비와 중고 EV 인증 서비스를 제공합니다.',
		description:
			'충방전 펄스 응답과 BMS 로그를 분석해 배터리 SOH를 ±2% 오차로 진단합니다. 중고차 매매단지와 렌터카사에 진단 장비를 공급하고, 진단 결과로 사용후 배터리의 재사용·재활용 등급을 매깁니다.',
		industries: ['mobility', 'energy'],
		techTags: ['battery', 'bms', 'soh diagnostics', 'second-life battery'],
		stage: 'seed',
		region: 'gwangju',
		homeCenter: 'gwangju',
		seeking: ['poc', 'joint_rnd', 'investment'],
		foundedYear: 2021,
		employees: 14,
		traction: '진단 누적 8,200대, 렌터카사 2곳 납품'
	}),
	startup({
		slug: 'energycube',
		name: '에너지큐브',
		nameEn: 'EnergyCube',
		summary: '사용후 전기차 배터리를 재조립해 상업용 ESS 모듈로 재사용합니다.',
		description:
			'회수된 배터리 팩을 모듈 단위로 선별하고 자체 BMS로 재구성해 50~500kWh급 ESS를 만듭니다. 신품 대비 40% 낮은 가격으로 농가 저온창고와 충전소에 공급하며, 재사용 ESS 안전 인증(KC)을 취득했습니다.',
		industries: ['energy', 'environment'],
		techTags: ['second-life battery', 'ess', 'battery', 'bms'],
		stage: 'pre_a',
		region: 'gwangju',
		homeCenter: 'gwangju',
		seeking: ['joint_rnd', 'investment', 'distribution'],
		foundedYear: 2020,
		employees: 20,
		traction: '재사용 ESS 누적 3.1MWh 설치'
	}),
	startup({
		slug: 'codebit',
		name: '코드빛',
		nameEn: 'CodeBit',
		summary: '광주 AI 데이터센터 인프라로 흉부 CT 폐결절을 찾는 의료영상 AI를 개발합니다.',
		description:
			'국가 AI 데이터센터의 GPU 자원으로 흉부 CT 11만 건을 학습해 폐결절 검출 민감도 96%를 확보했습니다. PACS 연동형으로 판독 화면에 결절 후보를 표시하며, 전남대병원과 후향적 검증을 마쳤습니다.',
		industries: ['digital_healthcare', 'ai_data'],
		techTags: ['medical imaging', 'computer vision', 'machine learning', 'samd'],
		stage: 'seed',
		region: 'gwangju',
		homeCenter: 'gwangju',
		seeking: ['joint_rnd', 'investment'],
		foundedYear: 2022,
		employees: 11
	}),
	startup({
		slug: 'ablewheel',
		name: '에이블휠',
		nameEn: 'AbleWheel',
		summary: '기존 전동휠체어에 붙이는 자율주행·충돌방지 키트입니다.',
		description:
			'소형 라이다와 초음파 센서를 장착해 장애물 앞에서 자동으로 감속하고, 실내 지도를 만들어 목적지까지 자율 이동합니다. 재활병원 2곳에서 사용성 평가를 진행했고 보조기기 급여 등재를 준비 중입니다.',
		industries: ['robotics', 'digital_healthcare'],
		techTags: ['lidar', 'autonomous driving', 'assistive tech'],
		stage: 'pre_seed',
		region: 'gwangju',
		homeCenter: 'gwangju',
		seeking: ['mentoring', 'investment', 'poc'],
		foundedYear: 2024,
		employees: 5
	}),
	startup({
		slug: 'homesense-ai',
		name: '홈센스AI',
		nameEn: 'HomeSense AI',
		summary: '에어컨과 냉장고의 전력 파형만으로 고장을 미리 알아내는 가전 예지보전 아이디어입니다.',
		description:
			'가전 제조사 AS 엔지니어 출신 두 명이 준비 중인 예비창업 팀으로, 스마트 플러그의 전류 파형을 학습해 컴프레서 이상을 감지하는 모델을 개발하고 있습니다. 광주 가전 협력사 데이터로 프로토타입을 검증하고 있습니다.',
		industries: ['smart_manufacturing', 'ai_data'],
		techTags: ['predictive maintenance', 'iot', 'anomaly detection'],
		stage: 'idea',
		region: 'gwangju',
		homeCenter: 'gwangju',
		seeking: ['mentoring', 'poc'],
		foundedYear: 2025,
		employees: 2,
		visibility: 'private'
	})
];

const busan: SeedStartup[] = [
	startup({
		slug: 'shelfeye',
		name: '셸프아이',
		nameEn: 'ShelfEye',
		summary: 'AI 기반 매대 재고관리 및 방문객 분석 솔루션으로 결품과 진열 오류를 실시간으로 잡아냅니다.',
		description:
			'매장에 이미 설치된 CCTV 영상을 엣지 AI 박스에서 분석해 결품, 가격표 오류, 진열 이탈을 감지하고 점원 앱으로 알립니다. 방문객 수와 동선 히트맵도 함께 제공하며 얼굴 등 개인정보는 현장에서 비식별 처리됩니다. 대형마트 2개 점포 PoC에서 결품 탐지 정확도 96%를 기록했습니다.',
		industries: ['retail_commerce', 'ai_data'],
		techTags: ['computer vision', 'shelf monitoring', 'retail analytics', 'edge ai', 'people counting'],
		stage: 'pre_a',
		region: 'busan',
		homeCenter: 'busan',
		seeking: ['poc', 'joint_rnd', 'investment'],
		foundedYear: 2020,
		employees: 23,
		website: 'https://shelfeye.example',
		traction: '대형마트 2개 점포 PoC, 음료 제조사 사내벤처와 공동 연구 착수'
	}),
	startup({
		slug: 'rebox',
		name: '리박스',
		nameEn: 'ReBox',
		summary: '자판기처럼 맡기고 찾아가는 비대면 중고거래 키오스크를 운영합니다.',
		description:
			'판매자가 물건을 보관함에 넣고 앱에 등록하면 구매자가 결제 후 QR로 찾아가는 무인 중고거래 서비스입니다. 대형마트 4개 점포에 설치해 월 1,100건의 거래를 중개하고 있으며, 팔리지 않은 물품은 기부와 업사이클링으로 연결합니다.',
		industries: ['retail_commerce', 'environment'],
		techTags: ['kiosk', 'recommerce', 'iot', 'unmanned store'],
		stage: 'seed',
		region: 'busan',
		homeCenter: 'busan',
		seeking: ['distribution', 'poc'],
		foundedYear: 2021,
		employees: 9,
		traction: '마트 4개 점포 설치, 월 거래 1,100건'
	}),
	startup({
		slug: 'playon',
		name: '플레이온',
		nameEn: 'PlayOn',
		summary: '테마파크와 연계한 어린이 체험형 과학·진로 교육 프로그램을 운영합니다.',
		description:
			'놀이기구의 원리를 배우는 체험 키트와 현장 해설 프로그램을 묶어 학교 단체 체험학습 상품으로 판매합니다. 부산 지역 초등학교 80곳이 이용했고, 대형 테마파크와 사업 제휴를 맺었습니다.',
		industries: ['edutech', 'tourism'],
		techTags: ['experiential learning', 'stem education', 'booking platform'],
		stage: 'seed',
		region: 'busan',
		homeCenter: 'busan',
		seeking: ['distribution', 'investment'],
		foundedYear: 2020,
		employees: 12
	}),
	startup({
		slug: 'portlink',
		name: '포트링크',
		nameEn: 'PortLink',
		summary: '부산항 컨테이너 반출입 예약과 트럭 배차를 연결해 터미널 대기 시간을 줄입니다.',
		description:
			'터미널 운영 데이터와 트럭 위치를 결합해 반출입 시간대를 예약하고 최적의 배차를 제안합니다. 신항 3개 터미널과 연동해 트럭 평균 대기 시간을 74분에서 31분으로 줄였습니다. 스마트 물류 데이터 플랫폼 사업에 참여했습니다.',
		industries: ['logistics', 'ai_data'],
		techTags: ['port logistics', 'route optimization', 'big data', 'tms'],
		stage: 'series_a',
		region: 'busan',
		homeCenter: 'busan',
		seeking: ['distribution', 'investment'],
		foundedYear: 2017,
		employees: 41,
		traction: '가입 화물차 7,800대, 터미널 3곳 연동'
	}),
	startup({
		slug: 'finmaru',
		name: '핀마루',
		nameEn: 'FinMaru',
		summary: '매출·정산 데이터로 금융이력이 부족한 소상공인의 신용을 평가하는 대안신용평가 모델입니다.',
		description:
			'카드 매출, 배달앱 정산, 상권 데이터를 결합한 머신러닝 모델로 씬파일러 소상공인의 부실 확률을 산출합니다. 마이데이터 사업자 예비허가를 받았고, 지방은행 1곳과 모델 검증을 진행해 기존 CB 대비 변별력을 7%p 높였습니다.',
		industries: ['fintech', 'ai_data'],
		techTags: ['alternative credit scoring', 'mydata', 'machine learning', 'open banking'],
		stage: 'pre_a',
		region: 'busan',
		homeCenter: 'busan',
		seeking: ['poc', 'joint_rnd', 'investment'],
		foundedYear: 2020,
		employees: 18,
		traction: '지방은행 모델 검증 1건, 가맹 소상공인 데이터 14만 건'
	}),
	startup({
		slug: 'seasonic',
		name: '씨소닉',
		nameEn: 'SeaSonic',
		summary: '수중드론과 영상 AI로 선체·항만 구조물을 잠수부 없이 검사합니다.',
		description:
			'자체 개발한 소형 ROV가 선체 하부를 촬영하고, 컴퓨터 비전이 따개비 부착도와 도장 손상을 정량화합니다. 검사 시간을 잠수 검사 대비 절반으로 줄였고, 부산항 선박수리업체 5곳과 계약했습니다.',
		industries: ['marine_shipbuilding', 'robotics'],
		techTags: ['underwater drone', 'hull inspection', 'computer vision', 'marine sensor'],
		stage: 'seed',
		region: 'busan',
		homeCenter: 'busan',
		seeking: ['poc', 'distribution'],
		foundedYear: 2021,
		employees: 10
	}),
	startup({
		slug: 'localo',
		name: '로컬로',
		nameEn: 'Localo',
		summary: 'Local experience booking and an LLM travel guide for foreign visitors to Busan.',
		description:
			'Localo lists 300+ small local experiences — fish-market tours, temple stays, surfing lessons — and answers travellers in 9 languages with an LLM guide grounded in verified host data. 외국인 관광객 예약의 62%가 재방문 추천으로 들어옵니다.',
		industries: ['tourism', 'ai_data'],
		techTags: ['travel platform', 'llm', 'translation', 'local commerce'],
		stage: 'pre_seed',
		region: 'busan',
		homeCenter: 'busan',
		seeking: ['distribution', 'investment', 'mentoring'],
		foundedYear: 2023,
		employees: 6
	}),
	startup({
		slug: 'coldchain-one',
		name: '콜드체인원',
		nameEn: 'ColdChain One',
		summary: '수산물 콜드체인 전 구간의 온도를 기록하는 일회용 IoT 로거와 품질 이력 서비스를 제공합니다.',
		description:
			'스티커형 온도 로거가 위판장부터 수출 항공편까지의 온도를 기록하고, 이탈 시 화주에게 알립니다. 품질 이력은 QR로 바이어에게 공유돼 클레임 분쟁을 줄였고, 부산·전남 수산 수출업체 60곳이 사용합니다.',
		industries: ['logistics', 'agrifood'],
		techTags: ['cold chain', 'iot', 'seafood', 'traceability'],
		stage: 'pre_a',
		region: 'busan',
		homeCenter: 'busan',
		seeking: ['distribution', 'investment'],
		foundedYear: 2019,
		employees: 16,
		traction: '수출업체 60곳, 월 로거 출고 4만 개'
	}),
	startup({
		slug: 'paylocal',
		name: '페이로컬',
		nameEn: 'PayLocal',
		summary: '지역화폐와 QR 결제, 가맹점 정산을 하나로 묶은 지역 결제 플랫폼입니다.',
		description:
			'지자체 지역화폐 발행·충전·정산 시스템을 SaaS로 공급하고, 가맹점에는 QR 결제와 매출 통계를 제공합니다. 동남권 지자체 7곳이 사용하며, 가맹점 매출 데이터는 동의 기반으로 소상공인 금융 상품 개발에 활용됩니다.',
		industries: ['fintech'],
		techTags: ['payments', 'qr payment', 'local currency', '정산'],
		stage: 'series_a',
		region: 'busan',
		homeCenter: 'busan',
		seeking: ['distribution', 'joint_rnd'],
		foundedYear: 2017,
		employees: 52,
		traction: '지자체 7곳, 연 결제액 4,300억 원'
	}),
	startup({
		slug: 'phishingzero',
		name: '피싱제로',
		nameEn: 'PhishingZero',
		summary: '통화 음성을 실시간으로 분석해 보이스피싱을 탐지하고 경고합니다.',
		description:
			'온디바이스 음성인식(STT)과 사기 화법 분류 모델이 통화 중 위험 신호를 감지해 사용자와 가족에게 알립니다. 통화 내용은 단말 밖으로 나가지 않으며, 금융사 앱 SDK로 제공됩니다. 부산 지역 고령자 3,000명 시범 서비스에서 의심 통화 210건을 차단했습니다.',
		industries: ['security', 'fintech'],
		techTags: ['speech recognition', 'fraud detection', 'machine learning', 'stt'],
		stage: 'pre_a',
		region: 'busan',
		homeCenter: 'busan',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2021,
		employees: 14
	}),
	startup({
		slug: 'shipdoc',
		name: '쉽닥',
		nameEn: 'ShipDoc',
		summary: '선박 엔진과 보조기기의 센서 데이터를 원격으로 분석해 고장을 예측합니다.',
		description:
			'ShipDoc installs a gateway on board that streams engine, pump and purifier sensor data over satellite links; anomaly detection models flag failures days before they happen. 연근해 선사 12곳, 선박 86척이 사용하고 있으며 예지보전으로 정비비를 18% 줄였습니다.',
		industries: ['marine_shipbuilding', 'ai_data'],
		techTags: ['predictive maintenance', 'marine sensor', 'anomaly detection', 'iot'],
		stage: 'series_a',
		region: 'busan',
		homeCenter: 'busan',
		seeking: ['joint_rnd', 'distribution'],
		foundedYear: 2018,
		employees: 33,
		traction: '선박 86척 적용, 해외 선급 인증 1건'
	}),
	startup({
		slug: 'tokenbridge',
		name: '토큰브릿지',
		nameEn: 'TokenBridge',
		summary: '부산 블록체인 규제자유특구에서 토큰증권(STO) 발행·수탁 인프라를 개발합니다.',
		description:
			'부동산·선박 등 실물자산을 토큰증권으로 발행하는 발행 플랫폼과 분산원장 기반 수탁(custody) 모듈을 금융사에 공급합니다. 전자증권법 개정안의 분산원장 요건과 투자자 보호 규정(regtech)을 반영해 설계했으며, 증권사 1곳과 모의 발행을 마쳤습니다.',
		industries: ['fintech', 'security'],
		techTags: ['blockchain', 'sto', 'custody', 'regtech'],
		stage: 'pre_a',
		region: 'busan',
		homeCenter: 'busan',
		seeking: ['joint_rnd', 'investment'],
		foundedYear: 2020,
		employees: 18
	})
];

const jeonnam: SeedStartup[] = [
	startup({
		slug: 'haedam',
		name: '해담',
		nameEn: 'Haedam',
		summary: '완도 전복과 해조류를 간편식으로 가공해 홈쇼핑과 해외 온라인몰에 판매합니다.',
		description:
			'HACCP 인증 가공 공장에서 전복 내장 소스, 해초 비빔밥 등 수산가공 간편식을 만듭니다. 홈쇼핑 방송 3회에서 회당 1억 8천만 원을 판매했고, 미국 한인마트와 아마존에 수출하고 있습니다. 완도 어가 120곳과 계약 공급을 맺었습니다.',
		industries: ['agrifood', 'retail_commerce'],
		techTags: ['seafood', '수산가공', 'export', 'haccp', 'live commerce'],
		stage: 'seed',
		region: 'jeonnam',
		homeCenter: 'jeonnam',
		seeking: ['distribution', 'investment'],
		foundedYear: 2019,
		employees: 26,
		traction: '홈쇼핑 3회 방송(회당 1.8억 원), 수출 4개국'
	}),
	startup({
		slug: 'basak-gim',
		name: '바삭김',
		nameEn: 'Basak Gim',
		summary: 'K-스낵으로 만든 김부각과 김칩을 미국·동남아에 수출하는 브랜드입니다.',
		description:
			'고흥산 김에 찹쌀 대신 현미 반죽을 입힌 저지방 김칩으로 해외 스낵 시장을 공략합니다. Amazon US 씨위드 스낵 카테고리 상위 10위에 올랐고, 월 매출 2억 원을 기록했습니다. 수출 물량 확대를 위해 생산라인 자동화를 추진 중입니다.',
		industries: ['agrifood'],
		techTags: ['seafood', 'export', 'crossborder', 'hmr'],
		stage: 'pre_a',
		region: 'jeonnam',
		homeCenter: 'jeonnam',
		seeking: ['distribution', 'investment'],
		foundedYear: 2018,
		employees: 31,
		traction: 'Amazon US 카테고리 Top 10, 2024년 매출 24억 원'
	}),
	startup({
		slug: 'aquawave',
		name: '아쿠아웨이브',
		nameEn: 'AquaWave',
		summary: '전복 가두리 양식장의 수질을 IoT로 감시하고 AI가 먹이 공급량을 정합니다.',
		description:
			'수온·용존산소·염분 센서와 수중 카메라 데이터를 결합해 폐사 위험을 예측하고 최적 급이량을 추천합니다. 고수온 경보로 2024년 여름 참여 어가의 폐사율을 평균 12%p 낮췄습니다.',
		industries: ['agrifood', 'marine_shipbuilding', 'ai_data'],
		techTags: ['aquaculture', 'iot', 'water quality', 'machine learning'],
		stage: 'seed',
		region: 'jeonnam',
		homeCenter: 'jeonnam',
		seeking: ['poc', 'investment'],
		foundedYear: 2021,
		employees: 12
	}),
	startup({
		slug: 'localpick',
		name: '로컬픽',
		nameEn: 'LocalPick',
		summary: '전남 농수산 특산물을 지역 크리에이터가 소개하는 라이브커머스 MCN입니다.',
		description:
			'여수·순천 출신 크리에이터 35명과 산지 라이브 방송을 기획·송출하고, 주문부터 산지 발송까지 대행합니다. 한 해 방송 410회, 누적 거래액 19억 원을 기록했으며 품평상담회를 통해 홈쇼핑 입점을 준비하고 있습니다.',
		industries: ['retail_commerce', 'agrifood', 'content_metaverse'],
		techTags: ['live commerce', '농산물 유통', 'influencer marketing', 'd2c'],
		stage: 'pre_seed',
		region: 'jeonnam',
		homeCenter: 'jeonnam',
		seeking: ['distribution', 'mentoring'],
		foundedYear: 2023,
		employees: 7,
		traction: '누적 거래액 19억 원, 방송 410회'
	}),
	startup({
		slug: 'freshroad',
		name: '프레시로드',
		nameEn: 'FreshRoad',
		summary: '산지 수산물을 당일 가공해 수도권 새벽배송으로 보내는 콜드체인 풀필먼트입니다.',
		description:
			'여수 수협 위판장 인근에 저온 풀필먼트 센터를 두고, 밤 10시 주문까지 다음 날 새벽에 배송합니다. 라스트마일은 제휴 배송사와 연계하며 수요예측으로 폐기율을 2% 이하로 유지합니다.',
		industries: ['logistics', 'agrifood'],
		techTags: ['cold chain', 'last mile', 'fulfillment', 'seafood', 'demand forecasting'],
		stage: 'pre_a',
		region: 'jeonnam',
		homeCenter: 'jeonnam',
		seeking: ['distribution', 'investment', 'poc'],
		foundedYear: 2020,
		employees: 28,
		traction: '일 출고 2,400건, 폐기율 1.8%'
	}),
	startup({
		slug: 'blue-carbon-lab',
		name: '블루카본랩',
		nameEn: 'Blue Carbon Lab',
		summary: '위성·드론 원격탐사로 갯벌과 해초지의 탄소 흡수량을 측정해 탄소크레딧을 만듭니다.',
		description:
			'Remote-sensing models estimate carbon stock in tidal flats and seagrass beds, and field sampling kits calibrate them. 신안·순천만 갯벌 1,200ha를 대상으로 측정 방법론을 개발 중이며 자발적 탄소시장 등록을 목표로 합니다.',
		industries: ['environment', 'marine_shipbuilding'],
		techTags: ['carbon accounting', 'remote sensing', 'blue carbon', 'satellite'],
		stage: 'pre_seed',
		region: 'jeonnam',
		homeCenter: 'jeonnam',
		seeking: ['joint_rnd', 'mentoring', 'investment'],
		foundedYear: 2024,
		employees: 5
	}),
	startup({
		slug: 'haechowon',
		name: '해초원',
		nameEn: 'Haechowon',
		summary: '해조류 부산물로 만든 생분해 포장재로 식품 트레이와 완충재를 대체합니다.',
		description:
			'미역·다시마 가공 부산물에서 추출한 알지네이트로 90일 안에 분해되는 트레이와 필름을 만듭니다. 플라스틱 대비 단가 차이를 15%까지 줄였고, 편의점 PB 도시락 용기 시험 적용을 마쳤습니다.',
		industries: ['environment', 'bio'],
		techTags: ['biodegradable plastic', 'packaging', 'upcycling', 'seaweed'],
		stage: 'seed',
		region: 'jeonnam',
		homeCenter: 'jeonnam',
		seeking: ['joint_rnd', 'poc', 'distribution'],
		foundedYear: 2021,
		employees: 13,
		traction: '월 생산능력 40만 개, 특허 등록 3건'
	}),
	startup({
		slug: 'gardentrip',
		name: '가든트립',
		nameEn: 'GardenTrip',
		summary: '순천만 국가정원과 습지를 AR 도슨트로 안내하는 생태관광 앱을 준비하고 있습니다.',
		description:
			'식물과 철새를 카메라로 비추면 AR 해설이 나타나고, 코스를 완주하면 지역 상점 쿠폰을 받습니다. 생태해설사 출신 대표와 XR 개발자가 함께 프로토타입을 만들고 있습니다.',
		industries: ['tourism', 'content_metaverse'],
		techTags: ['ar', 'xr', 'travel platform'],
		stage: 'idea',
		region: 'jeonnam',
		homeCenter: 'jeonnam',
		seeking: ['mentoring', 'investment'],
		foundedYear: 2025,
		employees: 2
	})
];

const jeonbuk: SeedStartup[] = [
	startup({
		slug: 'carbonworks',
		name: '카본웍스',
		nameEn: 'CarbonWorks',
		summary: '탄소섬유 복합재로 드론 프레임, 위성 구조물, 수소 저장용기 부품을 만듭니다.',
		description:
			'탄소섬유 프리프레그 자동 적층 공정으로 알루미늄 대비 45% 가벼운 구조물을 생산합니다. 전주 탄소소재 국가산단에 입주해 있으며, 소형 위성 구조물 시제품을 납품했습니다.',
		industries: ['smart_manufacturing', 'aerospace_defense'],
		techTags: ['carbon fiber', 'composite materials', 'hydrogen', 'satellite'],
		stage: 'pre_a',
		region: 'jeonbuk',
		homeCenter: 'jeonbuk',
		seeking: ['joint_rnd', 'distribution', 'investment'],
		foundedYear: 2019,
		employees: 27,
		traction: '위성 구조물 시제품 납품, 방산 협력사 등록'
	}),
	startup({
		slug: 'farmscanner',
		name: '팜스캐너',
		nameEn: 'FarmScanner',
		summary: '스마트팜 작물 사진으로 생육 상태와 수확량을 진단하는 AI 서비스입니다.',
		description:
			'레일형 카메라가 온실을 돌며 촬영한 영상으로 파프리카·토마토의 개화·착과 수를 세고 2주 뒤 수확량을 예측합니다. 예측 오차는 8% 수준이며 김제·익산 스마트팜 45동에 도입되었습니다.',
		industries: ['agrifood', 'ai_data'],
		techTags: ['smart farm', '스마트팜', 'computer vision', 'plant phenotyping', 'demand forecasting'],
		stage: 'seed',
		region: 'jeonbuk',
		homeCenter: 'jeonbuk',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2021,
		employees: 14
	}),
	startup({
		slug: 'nuruk-bio',
		name: '누룩바이오',
		nameEn: 'Nuruk Bio',
		summary: '전통 누룩에서 분리한 균주로 정밀발효 대체단백과 기능성 소재를 만듭니다.',
		description:
			'순창·전주 전통 발효식품에서 분리한 균주 라이브러리 2,300종을 보유하고 있습니다. 균사체 발효로 단백질 함량 62%의 대체단백 소재를 개발했으며, 식품 대기업과 시제품 평가를 진행 중입니다.',
		industries: ['bio', 'agrifood'],
		techTags: ['fermentation', 'alternative protein', 'mycelium', 'functional food'],
		stage: 'pre_a',
		region: 'jeonbuk',
		homeCenter: 'jeonbuk',
		seeking: ['joint_rnd', 'investment', 'poc'],
		foundedYear: 2019,
		employees: 19,
		traction: '균주 라이브러리 2,300종, 식품사 시제품 평가 2건'
	}),
	startup({
		slug: 'hanjiro',
		name: '한지로',
		nameEn: 'Hanjiro',
		summary: '전주 한지로 만든 친환경 포장재와 굿즈를 판매하는 로컬 브랜드입니다.',
		description:
			'닥나무 한지에 방수 코팅을 더해 선물 포장재와 쇼핑백을 만들고, 온라인 D2C와 기업 굿즈로 판매합니다. 폐한지를 재생지로 업사이클링하는 공정도 운영합니다.',
		industries: ['environment', 'retail_commerce'],
		techTags: ['packaging', 'd2c', 'upcycling'],
		stage: 'pre_seed',
		region: 'jeonbuk',
		homeCenter: 'jeonbuk',
		seeking: ['distribution', 'mentoring'],
		foundedYear: 2022,
		employees: 6
	}),
	startup({
		slug: 'h2green',
		name: 'H2그린',
		nameEn: 'H2Green',
		summary: '새만금 재생에너지와 연계한 PEM 수전해 스택으로 그린수소를 생산합니다.',
		description:
			'고가 백금 촉매 사용량을 40% 줄인 PEM 수전해 스택을 개발해 250kW급 실증을 마쳤습니다. 새만금 수소 클러스터에 1MW급 생산 설비를 구축 중이며, 수소 충전소와 연료전지 발전소에 공급할 계획입니다.',
		industries: ['energy', 'environment'],
		techTags: ['hydrogen', 'electrolysis', 'fuel cell'],
		stage: 'series_a',
		region: 'jeonbuk',
		homeCenter: 'jeonbuk',
		seeking: ['joint_rnd', 'investment'],
		foundedYear: 2017,
		employees: 45,
		traction: '250kW 실증 완료, 누적 투자 130억 원'
	}),
	startup({
		slug: 'agribot',
		name: '애그리봇',
		nameEn: 'AgriBot',
		summary: '기존 트랙터를 자율주행 농기계로 바꾸는 RTK GPS 키트입니다.',
		description:
			'RTK GPS와 조향 모터를 장착해 경운·이앙 작업을 직진 오차 2.5cm 이내로 자동 수행합니다. 고령 농가의 작업 시간을 30% 줄였으며, 농기계 임대사업소 9곳에 공급했습니다.',
		industries: ['agrifood', 'robotics'],
		techTags: ['autonomous driving', 'rtk gps', 'smart farm', '자율주행'],
		stage: 'seed',
		region: 'jeonbuk',
		homeCenter: 'jeonbuk',
		seeking: ['distribution', 'poc', 'investment'],
		foundedYear: 2020,
		employees: 11
	}),
	startup({
		slug: 'bapsangon',
		name: '밥상온',
		nameEn: 'Bapsangon',
		summary: '전북 농가 식재료로 만든 밀키트를 정기 배송하는 구독 서비스입니다.',
		description:
			'지역 농가와 계약재배한 채소와 한우로 주간 밀키트를 구성해 수도권 2만 가구에 배송합니다. 라이브커머스와 홈쇼핑에 진출했고, 못난이 농산물을 활용해 원가를 12% 낮췄습니다.',
		industries: ['agrifood', 'retail_commerce'],
		techTags: ['hmr', 'subscription', 'd2c', '농산물 유통', 'live commerce'],
		stage: 'pre_a',
		region: 'jeonbuk',
		homeCenter: 'jeonbuk',
		seeking: ['distribution', 'investment'],
		foundedYear: 2019,
		employees: 24,
		traction: '구독 2만 가구, 2024년 매출 38억 원'
	})
];

const ulsan: SeedStartup[] = [
	startup({
		slug: 'seanavi',
		name: '씨내비',
		nameEn: 'SeaNavi',
		summary: '카메라·레이더·AIS를 융합한 자율운항 선박 충돌회피 AI를 개발합니다.',
		description:
			'선박용 카메라와 레이더, AIS 데이터를 센서 퓨전해 주변 선박과 부유물을 인식하고 국제해상충돌예방규칙(COLREG)에 맞는 회피 경로를 제안합니다. 연안 여객선 2척에서 실증했고, 야간 인식 정확도는 94%입니다.',
		industries: ['marine_shipbuilding', 'ai_data'],
		techTags: ['autonomous ship', 'sensor fusion', 'computer vision', 'radar', 'lidar'],
		stage: 'pre_a',
		region: 'ulsan',
		homeCenter: 'ulsan',
		seeking: ['joint_rnd', 'poc', 'investment'],
		foundedYear: 2020,
		employees: 22,
		traction: '연안선 2척 실증, 국책 자율운항 과제 참여'
	}),
	startup({
		slug: 'weldbot',
		name: '웰드봇',
		nameEn: 'WeldBot',
		summary: '조선소 이중선체 블록 내부를 스스로 이동하며 용접하는 소형 협동로봇입니다.',
		description:
			'무게 18kg의 이동형 협동로봇이 3D 스캐닝으로 용접선을 찾아 자동 용접합니다. 좁은 블록 내부에서 작업자 1명이 로봇 3대를 운용할 수 있으며, 협력사 2곳 시범 적용에서 용접 합격률 97.8%를 기록했습니다.',
		industries: ['robotics', 'marine_shipbuilding', 'smart_manufacturing'],
		techTags: ['welding', 'cobot', '3d scanning', 'computer vision'],
		stage: 'seed',
		region: 'ulsan',
		homeCenter: 'ulsan',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2021,
		employees: 15
	}),
	startup({
		slug: 'cryotech',
		name: '크라이오텍',
		nameEn: 'CryoTech',
		summary: 'LNG 화물창 단열 패널의 결함을 비파괴로 검사하는 극저온 검사 장비를 만듭니다.',
		description:
			'초음파와 열화상을 결합한 검사 헤드로 LNG 화물창 단열 패널의 접착 불량을 찾아냅니다. 국내 조선 3사 협력사에 장비를 공급하고, 극저온 밸브 누설 검사 서비스도 제공합니다.',
		industries: ['marine_shipbuilding', 'smart_manufacturing'],
		techTags: ['lng', 'ndt', 'ultrasonic testing', 'thermal imaging'],
		stage: 'series_a',
		region: 'ulsan',
		homeCenter: 'ulsan',
		seeking: ['distribution', 'joint_rnd'],
		foundedYear: 2016,
		employees: 58,
		traction: '2024년 매출 92억 원',
		visibility: 'members'
	}),
	startup({
		slug: 'safeplant',
		name: '세이프플랜트',
		nameEn: 'SafePlant',
		summary: '석유화학 공장의 가스 누출을 광학 가스 이미징과 AI 영상 분석으로 감지합니다.',
		description:
			'적외선 광학 가스 이미징(OGI) 카메라 영상을 엣지 AI로 분석해 메탄·VOC 누출 지점을 실시간으로 표시합니다. 울산 석유화학단지 4개 공장에 설치되어 순회 점검 시간을 70% 줄였습니다.',
		industries: ['smart_manufacturing', 'environment', 'security'],
		techTags: ['gas leak detection', 'computer vision', 'edge ai', 'thermal imaging'],
		stage: 'pre_a',
		region: 'ulsan',
		homeCenter: 'ulsan',
		seeking: ['poc', 'distribution'],
		foundedYear: 2020,
		employees: 17
	}),
	startup({
		slug: 'hydrogenway',
		name: '하이드로젠웨이',
		nameEn: 'HydrogenWay',
		summary: '수소 튜브트레일러의 압력·위치를 실시간 관제하는 수소 물류 플랫폼입니다.',
		description:
			'튜브트레일러에 압력·온도 IoT 단말을 부착해 잔량과 위치를 관제하고, 충전소 수요에 맞춰 배차를 최적화합니다. 울산 부생수소 출하 물량의 20%가 이 플랫폼으로 운송됩니다.',
		industries: ['energy', 'logistics'],
		techTags: ['hydrogen', 'iot', 'fleet management', 'route optimization'],
		stage: 'seed',
		region: 'ulsan',
		homeCenter: 'ulsan',
		seeking: ['distribution', 'investment'],
		foundedYear: 2022,
		employees: 9
	}),
	startup({
		slug: 'nanocell',
		name: '나노셀',
		nameEn: 'NanoCell',
		summary: '리튬메탈 음극 보호막 소재로 차세대 배터리의 수명을 두 배로 늘립니다.',
		description:
			'UNIST 연구실에서 창업해 리튬 덴드라이트 성장을 억제하는 인공 SEI 코팅 소재를 개발했습니다. 파우치셀 기준 500 사이클 용량 유지율 88%를 확인했고, 전고체 배터리 개발사와 공동 평가를 진행 중입니다.',
		industries: ['energy', 'smart_manufacturing'],
		techTags: ['battery', 'solid-state battery', 'materials'],
		stage: 'series_a',
		region: 'ulsan',
		homeCenter: 'ulsan',
		seeking: ['joint_rnd', 'investment', 'poc'],
		foundedYear: 2018,
		employees: 29
	}),
	startup({
		slug: 'ballast-clean',
		name: '밸러스트클린',
		nameEn: 'Ballast Clean',
		summary: 'UV-LED ballast water treatment that fits into small vessels without chemicals.',
		description:
			'Ballast Clean replaces mercury UV lamps with a compact UV-LED reactor, cutting power draw by 35% and meeting IMO D-2 discharge standards. Type approval testing is under way with a Korean classification society, and two coastal tankers run the pilot unit.',
		industries: ['marine_shipbuilding', 'environment'],
		techTags: ['ballast water', 'uv-led', 'water treatment'],
		stage: 'seed',
		region: 'ulsan',
		homeCenter: 'ulsan',
		seeking: ['poc', 'joint_rnd', 'investment'],
		foundedYear: 2022,
		employees: 8
	}),
	startup({
		slug: 'worklingo',
		name: '워크링고',
		nameEn: 'WorkLingo',
		summary: '조선소 외국인 근로자를 위한 다국어 VR 안전교육 콘텐츠를 만듭니다.',
		description:
			'밀폐공간 작업, 고소 작업 등 12개 위험 작업을 VR로 체험하고 9개 언어 AI 번역 음성으로 안내합니다. 울산 조선 협력사 14곳에서 신규 외국인 근로자 교육에 사용 중입니다.',
		industries: ['edutech', 'marine_shipbuilding'],
		techTags: ['vr', 'xr', 'translation', 'safety training'],
		stage: 'pre_seed',
		region: 'ulsan',
		homeCenter: 'ulsan',
		seeking: ['distribution', 'mentoring'],
		foundedYear: 2023,
		employees: 5
	})
];

const pohang: SeedStartup[] = [
	startup({
		slug: 'steelsense',
		name: '스틸센스',
		nameEn: 'SteelSense',
		summary: '압연·연주 설비의 진동과 전류 데이터로 고장을 미리 알려주는 AI 예지보전 솔루션입니다.',
		description:
			'무선 진동 센서와 모터 전류 분석을 결합해 베어링·감속기 결함을 평균 3주 전에 감지합니다. 설비별 디지털트윈에 잔존수명을 표시하고 정비 일정과 연동하며, 제철소 3개 라인에서 비계획 정지를 26% 줄였습니다.',
		industries: ['smart_manufacturing', 'ai_data'],
		techTags: ['predictive maintenance', '예지보전', 'vibration sensor', 'digital twin', 'anomaly detection'],
		stage: 'series_a',
		region: 'gyeongbuk',
		homeCenter: 'pohang',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2018,
		employees: 39,
		website: 'https://steelsense.example',
		traction: '제철소 3개 라인 적용, 설비 1,400대 모니터링'
	}),
	startup({
		slug: 'thermovision',
		name: '써모비전',
		nameEn: 'ThermoVision',
		summary: '1,000℃ 이상 고온 공정에서 열화상 머신비전으로 슬라브 표면 결함을 검사합니다.',
		description:
			'고온에서도 왜곡 없는 열화상·가시광 듀얼 카메라와 결함 분류 모델로 연주 슬라브의 크랙과 스케일을 찾아냅니다. 육안 검사 대비 검출률을 31% 높였고, 단조·주조 공장으로 확장 중입니다.',
		industries: ['smart_manufacturing'],
		techTags: ['thermal imaging', 'machine vision', 'computer vision', 'defect detection'],
		stage: 'pre_a',
		region: 'gyeongbuk',
		homeCenter: 'pohang',
		seeking: ['poc', 'joint_rnd'],
		foundedYear: 2020,
		employees: 16
	}),
	startup({
		slug: 'carbonzero',
		name: '카본제로',
		nameEn: 'CarbonZero',
		summary: '철강·소재 공급망의 제품 탄소발자국(PCF)을 자동 산정하는 탄소회계 SaaS입니다.',
		description:
			'ERP·MES 데이터를 연결해 제품 단위 탄소발자국을 계산하고 EU CBAM 보고서 양식으로 출력합니다. 협력사 1차 데이터를 수집하는 포털로 Scope 3 산정 기간을 3개월에서 2주로 줄였습니다.',
		industries: ['environment', 'ai_data'],
		techTags: ['carbon accounting', 'esg', 'cbam', 'lca'],
		stage: 'seed',
		region: 'gyeongbuk',
		homeCenter: 'pohang',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2022,
		employees: 12,
		traction: '철강·부품 기업 고객 19곳'
	}),
	startup({
		slug: 'protium-bio',
		name: '프로티움바이오',
		nameEn: 'Protium Bio',
		summary: 'Generative AI that designs stable protein binders for drug discovery and diagnostics.',
		description:
			'A POSTECH spin-off, Protium Bio pairs a diffusion-based protein design model with a wet lab that tests 2,000 designs a week. Two co-development deals with pharma companies are running, and its first binder candidate entered preclinical studies in 2025.',
		industries: ['bio', 'ai_data'],
		techTags: ['protein design', 'generative ai', 'drug discovery', 'machine learning'],
		stage: 'series_a',
		region: 'gyeongbuk',
		homeCenter: 'pohang',
		seeking: ['joint_rnd', 'investment'],
		foundedYear: 2019,
		employees: 42,
		traction: 'Two pharma co-development deals, Series A ₩21.5B'
	}),
	startup({
		slug: 'h2reduction',
		name: 'H2리덕션',
		nameEn: 'H2Reduction',
		summary: '수소환원 철광석 공정을 시뮬레이션하는 소프트웨어를 준비하는 예비창업 팀입니다.',
		description:
			'포스텍 금속공학 박사과정 3명이 유동환원로 공정 모사(process simulation) 모델을 개발하고 있습니다. 수소 사용량과 환원율을 예측해 파일럿 설비 운전 조건을 찾는 데 쓰일 예정입니다.',
		industries: ['environment', 'energy'],
		techTags: ['hydrogen', 'process simulation', 'ccus'],
		stage: 'idea',
		region: 'gyeongbuk',
		homeCenter: 'pohang',
		seeking: ['mentoring', 'joint_rnd'],
		foundedYear: 2025,
		employees: 3,
		visibility: 'members'
	}),
	startup({
		slug: 'slagup',
		name: '슬래그업',
		nameEn: 'SlagUp',
		summary: '제철 슬래그를 시멘트 대체 건설자재로 업사이클링합니다.',
		description:
			'고로 슬래그를 알칼리 활성화해 시멘트 없이 굳는 보도블록과 패널을 만듭니다. 시멘트 대비 탄소 배출을 80% 줄였고, 포항시 보도 정비 사업에 시범 납품했습니다.',
		industries: ['environment', 'proptech'],
		techTags: ['recycling', 'upcycling', 'construction materials'],
		stage: 'pre_seed',
		region: 'gyeongbuk',
		homeCenter: 'pohang',
		seeking: ['poc', 'distribution'],
		foundedYear: 2023,
		employees: 6
	}),
	startup({
		slug: 'robocrane',
		name: '로보크레인',
		nameEn: 'RoboCrane',
		summary: '코일 야적장의 천장 크레인을 라이다로 무인 자동화합니다.',
		description:
			'야적장 3D 라이다 스캔으로 코일 위치를 실시간 파악하고, WMS 지시에 따라 크레인이 스스로 적치·반출합니다. 기존 크레인 PLC에 개조 키트로 붙일 수 있으며 철강 물류센터 2곳에서 운영 중입니다.',
		industries: ['robotics', 'logistics'],
		techTags: ['autonomous crane', 'lidar', 'wms', 'plc'],
		stage: 'pre_a',
		region: 'gyeongbuk',
		homeCenter: 'pohang',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2020,
		employees: 21
	}),
	startup({
		slug: 'lithiumcycle',
		name: '리튬사이클',
		nameEn: 'LithiumCycle',
		summary: '폐배터리에서 리튬·니켈·코발트를 습식제련으로 회수해 양극재 원료로 공급합니다.',
		description:
			'자체 개발한 선택적 침출 공정으로 리튬 회수율 92%를 달성했습니다. 연 2만 톤 규모의 전처리·습식제련 공장을 포항에서 운영하며, 사용후 배터리 회수부터 원료 공급까지 수직계열화를 갖췄습니다.',
		industries: ['environment', 'energy'],
		techTags: ['battery recycling', 'recycling', 'hydrometallurgy', 'battery'],
		stage: 'series_c_plus',
		region: 'gyeongbuk',
		homeCenter: 'pohang',
		seeking: ['distribution', 'joint_rnd'],
		foundedYear: 2015,
		employees: 310,
		traction: '연 처리능력 2만 톤, 2024년 매출 1,140억 원'
	}),
	startup({
		slug: 'powderlab',
		name: '파우더랩',
		nameEn: 'PowderLab',
		summary: '금속 3D프린팅용 니켈 초합금·티타늄 분말과 적층 공정 조건을 함께 공급합니다.',
		description:
			'가스 분무 설비로 구형도 높은 니켈 초합금 분말을 만들고, DED·PBF 장비별 최적 적층 조건을 데이터로 제공합니다. 포스텍 소재공학 연구실에서 창업했으며, 발전·항공 부품 보수용 분말을 국내 3D프린팅 서비스사 6곳에 납품하고 있습니다.',
		industries: ['smart_manufacturing', 'aerospace_defense'],
		techTags: ['metal additive', '3d printing', 'ded', 'materials'],
		stage: 'pre_a',
		region: 'gyeongbuk',
		homeCenter: 'pohang',
		seeking: ['joint_rnd', 'distribution', 'investment'],
		foundedYear: 2020,
		employees: 15,
		traction: '분말 납품처 6곳, 항공 부품 보수 공정 인증 진행'
	})
];

const gyeongbuk: SeedStartup[] = [
	startup({
		slug: 'wafervision',
		name: '웨이퍼비전',
		nameEn: 'WaferVision',
		summary: '반도체 웨이퍼 표면 결함을 분류하는 딥러닝 검사 소프트웨어를 공급합니다.',
		description:
			'광학 검사 장비가 찍은 웨이퍼 이미지에서 스크래치·파티클·패턴 결함을 자동 분류해 엔지니어의 리뷰 시간을 80% 줄였습니다. 적은 불량 샘플로도 학습할 수 있는 합성 데이터 기술이 강점이며, 구미·평택 라인에 적용했습니다.',
		industries: ['semiconductor', 'ai_data'],
		techTags: ['wafer inspection', 'machine vision', 'computer vision', 'synthetic data'],
		stage: 'series_a',
		region: 'gyeongbuk',
		homeCenter: 'gyeongbuk',
		seeking: ['distribution', 'joint_rnd', 'investment'],
		foundedYear: 2018,
		employees: 44,
		traction: '반도체 라인 4곳 적용'
	}),
	startup({
		slug: 'opticslab',
		name: '옵틱스랩',
		nameEn: 'OpticsLab',
		summary: '마이크로 LED 디스플레이의 불량 픽셀을 레이저로 찾아 고치는 리페어 장비를 만듭니다.',
		description:
			'머신비전으로 불량 픽셀을 찾고 레이저로 제거한 뒤 새 칩을 전사하는 일체형 장비입니다. 시간당 리페어 속도를 기존 대비 3배로 높였고, 디스플레이 패널사와 평가 장비 공급 계약을 맺었습니다.',
		industries: ['semiconductor', 'smart_manufacturing'],
		techTags: ['micro led', 'laser', 'machine vision', 'display inspection'],
		stage: 'pre_a',
		region: 'gyeongbuk',
		homeCenter: 'gyeongbuk',
		seeking: ['joint_rnd', 'investment'],
		foundedYear: 2019,
		employees: 23
	}),
	startup({
		slug: 'vaxone',
		name: '백신원',
		nameEn: 'VaxOne',
		summary: '돼지·가금류용 mRNA 백신 플랫폼을 개발하는 동물 바이오 스타트업입니다.',
		description:
			'안동 백신 산업단지의 GMP 시설을 활용해 아프리카돼지열병(ASF) mRNA 백신 후보물질을 개발하고 있습니다. 지질나노입자(LNP) 제형을 냉장 보관 가능하도록 개선한 것이 특징입니다.',
		industries: ['bio'],
		techTags: ['mrna', 'vaccine', 'animal health', 'gmp'],
		stage: 'seed',
		region: 'gyeongbuk',
		homeCenter: 'gyeongbuk',
		seeking: ['joint_rnd', 'investment', 'mentoring'],
		foundedYear: 2022,
		employees: 10
	}),
	startup({
		slug: 'cheongsong-farm-ai',
		name: '청송팜AI',
		nameEn: 'Cheongsong Farm AI',
		summary: '사과 과수원의 기상·병해충 데이터를 분석해 방제 시기를 알려주는 스마트팜 서비스입니다.',
		description:
			'과수원에 설치한 기상 IoT와 포충기 카메라로 탄저병·겹무늬썩음병 발생 위험을 예측해 농가에 문자로 알립니다. 청송·영주 사과 농가 210곳이 사용하며, 방제 횟수를 평균 2회 줄였습니다.',
		industries: ['agrifood', 'ai_data'],
		techTags: ['smart farm', 'pest prediction', 'iot', 'weather data'],
		stage: 'pre_seed',
		region: 'gyeongbuk',
		homeCenter: 'gyeongbuk',
		seeking: ['poc', 'distribution'],
		foundedYear: 2023,
		employees: 5
	}),
	startup({
		slug: 'silla-verse',
		name: '신라버스',
		nameEn: 'Silla Verse',
		summary: '경주 문화유산을 3D로 복원해 XR 관광 콘텐츠와 메타버스 전시로 선보입니다.',
		description:
			'황룡사 9층 목탑 등 사라진 문화유산을 3D 스캐닝과 고증 자료로 복원하고, 현장에서 스마트폰 XR로 겹쳐 보여줍니다. 경주 관광지 6곳에 도입되어 누적 이용자 38만 명을 기록했습니다.',
		industries: ['tourism', 'content_metaverse'],
		techTags: ['xr', 'metaverse', '3d scanning', 'travel platform'],
		stage: 'seed',
		region: 'gyeongbuk',
		homeCenter: 'gyeongbuk',
		seeking: ['distribution', 'investment'],
		foundedYear: 2020,
		employees: 14
	}),
	startup({
		slug: 'factoryone',
		name: '팩토리원',
		nameEn: 'FactoryOne',
		summary: '중소 제조기업을 위한 클라우드 MES와 설비 IoT 연동 서비스입니다.',
		description:
			'PLC·설비 데이터를 게이트웨이로 수집해 생산 실적, 불량, 설비 가동률을 실시간으로 보여주는 구독형 MES입니다. 구미·대구 전자부품 협력사 320곳이 사용하며, 도입 3개월 안에 가동률이 평균 9% 올랐습니다.',
		industries: ['smart_manufacturing'],
		techTags: ['mes', 'iot', 'plc', 'cloud'],
		stage: 'series_b',
		region: 'gyeongbuk',
		homeCenter: 'gyeongbuk',
		seeking: ['distribution', 'investment'],
		foundedYear: 2015,
		employees: 96,
		traction: '고객사 320곳, ARR 64억 원'
	}),
	startup({
		slug: 'ironeye',
		name: '아이언아이',
		nameEn: 'IronEye',
		summary: '군 경계 감시 카메라 영상에서 침입자와 소형 드론을 찾아내는 AI 영상 분석 장비입니다.',
		description:
			'열상·주간 카메라 영상을 엣지 AI 장비에서 분석해 해안·철책 경계 구역의 침입 징후를 탐지합니다. 오탐률을 기존 장비 대비 1/5로 낮췄으며, 국방 신속시범사업에 선정되었습니다.',
		industries: ['aerospace_defense', 'security'],
		techTags: ['computer vision', 'thermal imaging', 'edge ai', 'surveillance', 'counter-drone'],
		stage: 'pre_a',
		region: 'gyeongbuk',
		homeCenter: 'gyeongbuk',
		seeking: ['joint_rnd', 'poc'],
		foundedYear: 2019,
		employees: 26,
		visibility: 'private'
	})
];

const daegu: SeedStartup[] = [
	startup({
		slug: 'robowell',
		name: '로보웰',
		nameEn: 'RoboWell',
		summary: '뇌졸중 환자의 보행 재활을 돕는 웨어러블 로봇입니다.',
		description:
			'무릎·고관절에 착용하는 2kg급 외골격 로봇으로 환자의 보행 의도를 감지해 필요한 만큼만 힘을 보탭니다. 전국 재활병원 47곳에 공급했고, 2025년 재활 로봇 건강보험 수가 적용 대상에 포함되었습니다.',
		industries: ['robotics', 'digital_healthcare'],
		techTags: ['exoskeleton', 'wearable', 'rehabilitation', 'medical device'],
		stage: 'series_a',
		region: 'daegu',
		homeCenter: 'daegu',
		seeking: ['distribution', 'investment'],
		foundedYear: 2017,
		employees: 51,
		traction: '재활병원 47곳 공급, 누적 투자 150억 원'
	}),
	startup({
		slug: 'dental-ai',
		name: '덴탈AI',
		nameEn: 'DentalAI',
		summary: '치과 CBCT 영상에서 신경관과 치아를 자동 분할해 임플란트 계획을 돕는 AI입니다.',
		description:
			'CBCT 3D 영상의 하악관과 치아를 30초 안에 분할(3D segmentation)해 임플란트 식립 위치를 제안합니다. 식약처 2등급 허가를 받았고, 국내 치과 1,100곳과 동남아 3개국에 판매 중입니다.',
		industries: ['digital_healthcare', 'ai_data'],
		techTags: ['medical imaging', 'computer vision', 'samd', '3d segmentation'],
		stage: 'pre_a',
		region: 'daegu',
		homeCenter: 'daegu',
		seeking: ['distribution', 'investment'],
		foundedYear: 2019,
		employees: 28
	}),
	startup({
		slug: 'pixelforge',
		name: '픽셀포지',
		nameEn: 'PixelForge',
		summary: 'Unity 기반 인디 게임 스튜디오이자 기업용 메타버스 전시관 제작사입니다.',
		description:
			'자체 IP 게임 2종을 스팀에 출시했고, 게임 엔진 역량을 살려 지자체·기업의 3D 메타버스 전시관을 만듭니다. 대구 글로벌게임센터에 입주해 있으며 메타버스 전시 프로젝트 23건을 수행했습니다.',
		industries: ['content_metaverse'],
		techTags: ['unity', 'game engine', 'metaverse', '3d rendering'],
		stage: 'seed',
		region: 'daegu',
		homeCenter: 'daegu',
		seeking: ['distribution', 'investment'],
		foundedYear: 2020,
		employees: 17
	}),
	startup({
		slug: 'motorx',
		name: '모터엑스',
		nameEn: 'MotorX',
		summary: '소형 전기차와 PBV용 인휠모터 구동 시스템을 개발·양산합니다.',
		description:
			'바퀴 안에 모터와 감속기를 넣은 인휠 구동 모듈로 차량 실내 공간을 넓히고 구동 효율을 높였습니다. 전력전자 인버터까지 자체 설계하며, 농업용 전동차와 소형 물류차에 양산 공급 중입니다.',
		industries: ['mobility', 'smart_manufacturing'],
		techTags: ['ev powertrain', 'in-wheel motor', 'power electronics'],
		stage: 'series_b',
		region: 'daegu',
		homeCenter: 'daegu',
		seeking: ['joint_rnd', 'distribution'],
		foundedYear: 2015,
		employees: 88,
		traction: '양산 공급 3개 차종, 2024년 매출 210억 원'
	}),
	startup({
		slug: 'weartex',
		name: '웨어텍스',
		nameEn: 'WearTex',
		summary: '전도성 섬유 센서를 넣은 스마트 의류로 심전도와 호흡을 측정합니다.',
		description:
			'대구 섬유산업 기반의 전도성 원사로 세탁 50회에도 성능이 유지되는 섬유 센서를 만들었습니다. 이너웨어 형태로 심전도(ECG)와 호흡수를 측정해 소방관·건설 근로자의 온열질환 위험을 알립니다.',
		industries: ['digital_healthcare', 'smart_manufacturing'],
		techTags: ['wearable', 'textile sensor', 'ecg', 'iot'],
		stage: 'seed',
		region: 'daegu',
		homeCenter: 'daegu',
		seeking: ['poc', 'joint_rnd', 'investment'],
		foundedYear: 2021,
		employees: 12
	}),
	startup({
		slug: 'codingtree',
		name: '코딩나무',
		nameEn: 'CodingTree',
		summary: '초등학생을 위한 AI 코딩 교육 플랫폼과 교사용 수업 도구를 제공합니다.',
		description:
			'블록 코딩부터 파이썬까지 학생 수준을 진단해 맞춤형 과제를 내주는 적응형 학습(adaptive learning) 플랫폼입니다. AI 튜터가 오류를 설명해 주고, 교사는 LMS에서 학급 진도를 한눈에 봅니다. 전국 초등학교 1,300곳이 사용 중입니다.',
		industries: ['edutech'],
		techTags: ['coding education', 'ai tutor', 'lms', 'adaptive learning'],
		stage: 'pre_a',
		region: 'daegu',
		homeCenter: 'daegu',
		seeking: ['distribution', 'investment'],
		foundedYear: 2018,
		employees: 25,
		traction: '학교 1,300곳, 유료 학생 계정 21만'
	}),
	startup({
		slug: 'vocalis',
		name: '보컬리스',
		nameEn: 'Vocalis',
		summary: 'AI voice cloning and dubbing that keeps an actor’s voice across Korean, English and Japanese.',
		description:
			'Vocalis needs only three minutes of speech to build a voice model and dubs video content with matched lip timing. Webtoon animations and K-drama trailers are its main market; it went through the C-Lab Outside program and now serves 14 studios.',
		industries: ['content_metaverse', 'ai_data'],
		techTags: ['speech synthesis', 'generative ai', 'voice ai', 'dubbing'],
		stage: 'seed',
		region: 'daegu',
		homeCenter: 'daegu',
		seeking: ['distribution', 'investment'],
		foundedYear: 2022,
		employees: 9
	}),
	startup({
		slug: 'parkingmate',
		name: '파킹메이트',
		nameEn: 'ParkingMate',
		summary: '빈 주차면을 카메라로 감지해 공유하고 예약·결제까지 연결하는 주차 플랫폼입니다.',
		description:
			'건물 주차장의 빈 면을 컴퓨터 비전으로 감지해 앱에 공유하고, 방문 차량의 예약·결제와 차량 번호 인식 출입을 자동화합니다. 대구 도심 건물 180곳의 주차면 6,200개를 연결했습니다.',
		industries: ['mobility', 'proptech'],
		techTags: ['parking', 'computer vision', 'o2o', 'iot'],
		stage: 'pre_a',
		region: 'daegu',
		homeCenter: 'daegu',
		seeking: ['distribution', 'poc'],
		foundedYear: 2019,
		employees: 20
	})
];

const gyeongnam: SeedStartup[] = [
	startup({
		slug: 'ndt-brain',
		name: '엔디티브레인',
		nameEn: 'NDT Brain',
		summary: '초음파·방사선 비파괴검사(NDT) 결과를 AI가 자동 판독해 검사 시간을 줄입니다.',
		description:
			'위상배열 초음파(PAUT)와 디지털 방사선 영상에서 용접 결함을 검출·분류하는 모델로, 숙련 판독자 대비 재현율 98.7%를 기록했습니다. 발전설비·압력용기 제조사 5곳에서 판독 보조로 쓰이고 있습니다.',
		industries: ['smart_manufacturing', 'energy', 'ai_data'],
		techTags: ['ndt', 'ultrasonic testing', 'defect detection', 'machine learning', 'x-ray'],
		stage: 'pre_a',
		region: 'gyeongnam',
		homeCenter: 'gyeongnam',
		seeking: ['poc', 'joint_rnd', 'investment'],
		foundedYear: 2020,
		employees: 18,
		traction: '제조사 5곳 판독 보조 적용'
	}),
	startup({
		slug: 'metalprint',
		name: '메탈프린트',
		nameEn: 'MetalPrint',
		summary: '금속 3D프린팅(DED)으로 터빈·금형 부품을 보수하고 소량 제작합니다.',
		description:
			'직접 에너지 적층(DED) 장비와 공정 모니터링 소프트웨어를 자체 개발해 고가 부품의 마모 부위를 다시 쌓아 올립니다. 니켈 초합금 보수 부품의 인장강도를 모재 대비 96%까지 확보했고, 방산·발전 협력사 11곳에 서비스를 제공합니다.',
		industries: ['smart_manufacturing', 'aerospace_defense'],
		techTags: ['3d printing', 'metal additive', 'ded', 'repair'],
		stage: 'series_a',
		region: 'gyeongnam',
		homeCenter: 'gyeongnam',
		seeking: ['joint_rnd', 'distribution'],
		foundedYear: 2017,
		employees: 47,
		traction: '협력사 11곳, 보수 부품 누적 3,600개'
	}),
	startup({
		slug: 'metafactory',
		name: '메타팩토리',
		nameEn: 'MetaFactory',
		summary: '제조 현장을 디지털트윈 메타버스로 만들어 신입 교육과 공정 시뮬레이션에 씁니다.',
		description:
			'공장 설비를 3D로 재현하고 실제 센서 데이터를 연결해, 신입 작업자가 가상 공장에서 설비 조작과 안전 수칙을 익힙니다. 김해 메타버스 특화랩 출신으로, 창원 기계 부품사 9곳에 도입했습니다.',
		industries: ['content_metaverse', 'smart_manufacturing'],
		techTags: ['digital twin', 'metaverse', 'unity', 'xr', 'safety training'],
		stage: 'seed',
		region: 'gyeongnam',
		homeCenter: 'gyeongnam',
		seeking: ['distribution', 'poc'],
		foundedYear: 2022,
		employees: 10
	}),
	startup({
		slug: 'gearlogic',
		name: '기어로직',
		nameEn: 'GearLogic',
		summary: '감속기와 회전 설비에 붙이는 엣지 AI 진동 센서로 상태를 진단합니다.',
		description:
			'센서 안에서 FFT와 이상 탐지 모델을 돌려 배터리로 3년간 동작하며, 진단 결과만 무선으로 보냅니다. 창원 산단 기계 제조사 28곳에 2,100개가 설치되었고 예지보전 리포트를 월 단위로 제공합니다.',
		industries: ['smart_manufacturing'],
		techTags: ['predictive maintenance', 'vibration sensor', 'iot', 'edge ai'],
		stage: 'seed',
		region: 'gyeongnam',
		homeCenter: 'gyeongnam',
		seeking: ['distribution', 'poc'],
		foundedYear: 2021,
		employees: 13
	}),
	startup({
		slug: 'aerogen',
		name: '에어로젠',
		nameEn: 'AeroGen',
		summary: '장기체공 무인기용 하이브리드 발전 파워팩을 만듭니다.',
		description:
			'소형 엔진 발전기와 배터리를 결합한 하이브리드 파워팩으로 30kg급 드론의 비행시간을 40분에서 3시간으로 늘렸습니다. 수소 연료전지 버전을 개발 중이며 방산 체계업체와 시험평가를 진행 중입니다.',
		industries: ['aerospace_defense', 'energy'],
		techTags: ['uav', 'drone', 'hybrid powertrain', 'fuel cell'],
		stage: 'pre_a',
		region: 'gyeongnam',
		homeCenter: 'gyeongnam',
		seeking: ['joint_rnd', 'investment'],
		foundedYear: 2019,
		employees: 22
	}),
	startup({
		slug: 'ortho3d',
		name: '오르토3D',
		nameEn: 'Ortho3D',
		summary: '환자 CT로 설계한 맞춤형 티타늄 정형외과 임플란트를 3D프린팅으로 제작합니다.',
		description:
			'CT 영상에서 골 결손 부위를 설계하고 티타늄 분말 3D프린팅으로 환자 맞춤형 임플란트를 만듭니다. 식약처 3등급 허가를 받았고 대학병원 16곳에서 수술에 사용되었습니다. 김해 의생명 산업단지에 생산시설이 있습니다.',
		industries: ['digital_healthcare', 'bio'],
		techTags: ['3d printing', 'medical device', 'implant', 'medical imaging'],
		stage: 'series_a',
		region: 'gyeongnam',
		homeCenter: 'gyeongnam',
		seeking: ['distribution', 'investment'],
		foundedYear: 2016,
		employees: 54
	}),
	startup({
		slug: 'cosmosat',
		name: '코스모샛',
		nameEn: 'CosmoSat',
		summary: '초소형 SAR 위성 군집으로 밤이나 구름 속에서도 지상을 관측합니다.',
		description:
			'100kg급 SAR(합성개구레이더) 위성을 자체 개발해 2025년 첫 위성을 궤도에 올렸습니다. 해양 감시, 재난 대응, 농작물 작황 분석용 영상을 구독형으로 판매하며, 사천 우주항공 클러스터에 조립동을 두고 있습니다.',
		industries: ['aerospace_defense', 'ai_data'],
		techTags: ['satellite', 'sar imaging', 'remote sensing', 'cubesat'],
		stage: 'series_a',
		region: 'gyeongnam',
		homeCenter: 'gyeongnam',
		seeking: ['joint_rnd', 'investment', 'distribution'],
		foundedYear: 2018,
		employees: 63,
		traction: '위성 1기 발사(2025), 누적 투자 410억 원'
	}),
	startup({
		slug: 'logibot',
		name: '로지봇',
		nameEn: 'LogiBot',
		summary: '물류센터 피킹을 돕는 자율주행 로봇(AMR)을 구독형으로 공급합니다.',
		description:
			'라이다 기반 AMR이 작업자를 따라다니며 피킹 물품을 운반하고, 기존 WMS와 API로 연동됩니다. 설치 2주 만에 가동할 수 있으며 김해·양산 물류센터 7곳에서 로봇 120대를 운영 중입니다.',
		industries: ['robotics', 'logistics'],
		techTags: ['autonomous mobile robot', 'amr', 'wms', 'lidar'],
		stage: 'seed',
		region: 'gyeongnam',
		homeCenter: 'gyeongnam',
		seeking: ['distribution', 'investment'],
		foundedYear: 2021,
		employees: 19
	})
];

const incheon: SeedStartup[] = [
	startup({
		slug: 'cellprocess',
		name: '셀프로세스',
		nameEn: 'CellProcess',
		summary: '바이오의약품 세포배양 공정을 디지털트윈과 AI로 최적화합니다.',
		description:
			'배양기의 pH·DO·대사체 데이터를 실시간 분석(process analytics)해 영양 공급 시점을 제안하고, 배치 결과를 미리 예측하는 디지털트윈을 제공합니다. 송도 CDMO 1곳과 공동 연구에서 역가를 7% 높였습니다.',
		industries: ['bio', 'ai_data', 'smart_manufacturing'],
		techTags: ['bioprocess', 'digital twin', 'machine learning', 'process analytics'],
		stage: 'pre_a',
		region: 'incheon',
		homeCenter: 'incheon',
		seeking: ['joint_rnd', 'poc', 'investment'],
		foundedYear: 2020,
		employees: 16,
		traction: 'CDMO 공동 연구 1건, 역가 7% 향상'
	}),
	startup({
		slug: 'qcbot',
		name: '큐씨봇',
		nameEn: 'QCBot',
		summary: '바이오 QC 실험실의 시료 전처리와 분석을 자동화하는 로봇 워크셀입니다.',
		description:
			'로봇팔과 비전 시스템으로 피펫팅, 원심분리, HPLC 시료 주입을 자동화하고 결과를 LIMS에 기록합니다. 야간 무인 운전으로 QC 처리량을 2.4배 늘렸고, 데이터 완전성(ALCOA+) 요건을 충족합니다.',
		industries: ['bio', 'robotics'],
		techTags: ['lab automation', 'robot arm', 'lims', 'computer vision'],
		stage: 'seed',
		region: 'incheon',
		homeCenter: 'incheon',
		seeking: ['poc', 'distribution'],
		foundedYear: 2022,
		employees: 11
	}),
	startup({
		slug: 'skylogi',
		name: '스카이로지',
		nameEn: 'SkyLogi',
		summary: '인천공항 기반 크로스보더 이커머스 풀필먼트와 통관 대행 서비스를 운영합니다.',
		description:
			'해외 쇼핑몰 주문을 인천공항 자유무역지역 풀필먼트 센터에서 출고하고, 통관과 현지 라스트마일까지 한 번에 처리합니다. K-뷰티·K-푸드 셀러 2,800곳이 이용하며 일 평균 6만 건을 출고합니다.',
		industries: ['logistics', 'retail_commerce'],
		techTags: ['crossborder', 'fulfillment', 'customs', 'wms'],
		stage: 'series_c_plus',
		region: 'incheon',
		homeCenter: 'incheon',
		seeking: ['distribution', 'joint_rnd'],
		foundedYear: 2014,
		employees: 420,
		website: 'https://skylogi.example',
		traction: '셀러 2,800곳, 일 출고 6만 건, 2024년 매출 1,560억 원'
	}),
	startup({
		slug: 'edge5g',
		name: '엣지5G',
		nameEn: 'Edge5G',
		summary: '5G MEC 위에서 공장 CCTV 영상을 실시간 분석하는 엣지 AI 플랫폼입니다.',
		description:
			'통신사 MEC 서버에 AI 모델을 배포해 공장 내 안전모 미착용, 위험구역 진입, 설비 이상을 지연 50ms 이내로 감지합니다. 카메라만 5G 라우터로 연결하면 되고, 인천·시흥 공장 34곳에서 사용 중입니다.',
		industries: ['ai_data', 'smart_manufacturing'],
		techTags: ['5g', 'edge computing', 'edge ai', 'computer vision', 'iot'],
		stage: 'pre_a',
		region: 'incheon',
		homeCenter: 'incheon',
		seeking: ['poc', 'distribution', 'joint_rnd'],
		foundedYear: 2020,
		employees: 24,
		traction: '공장 34곳 운영, 통신사 B2B 상품 탑재 협의'
	}),
	startup({
		slug: 'voicelink',
		name: '보이스링크',
		nameEn: 'VoiceLink',
		summary: '한국어 LLM과 음성인식으로 고객센터 상담을 자동화하고 상담 품질을 분석합니다.',
		description:
			'실시간 STT와 도메인 특화 LLM이 통화 내용을 요약하고 상담사에게 답변을 추천하며, 단순 문의는 AI 보이봇이 직접 처리합니다. 카드사·보험사 등 금융권 고객센터 6곳에 온프레미스로 구축했고, 평균 통화 후 처리 시간을 45% 줄였습니다.',
		industries: ['ai_data', 'fintech'],
		techTags: ['llm', 'speech recognition', 'stt', 'chatbot', 'nlp'],
		stage: 'series_a',
		region: 'incheon',
		homeCenter: 'incheon',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2018,
		employees: 62,
		traction: '금융권 고객센터 6곳 구축, 월 처리 통화 310만 건'
	}),
	startup({
		slug: 'genetrace',
		name: '진트레이스',
		nameEn: 'GeneTrace',
		summary: 'NGS-based cell-line identity and contamination testing for biomanufacturers.',
		description:
			'GeneTrace runs a validated NGS assay and bioinformatics pipeline that confirms cell-line identity and screens for adventitious agents in three days instead of three weeks. Based in Songdo, it serves 9 CDMOs and biotech companies in Korea and Singapore.',
		industries: ['bio'],
		techTags: ['ngs', 'bioinformatics', 'quality control'],
		stage: 'seed',
		region: 'incheon',
		homeCenter: 'incheon',
		seeking: ['distribution', 'investment'],
		foundedYear: 2021,
		employees: 13
	}),
	startup({
		slug: 'islandwing',
		name: '아일랜드윙',
		nameEn: 'IslandWing',
		summary: '옹진군 섬 지역에 의약품과 생필품을 드론으로 배송합니다.',
		description:
			'고정익 수직이착륙(VTOL) 드론으로 최대 5kg을 40km까지 운반하며, 인천 연안 섬 4곳에 정기 배송 노선을 시범 운영하고 있습니다. 선박 배송 대비 배송 시간을 하루에서 35분으로 줄였습니다.',
		industries: ['logistics', 'aerospace_defense'],
		techTags: ['drone delivery', 'drone', 'last mile'],
		stage: 'pre_seed',
		region: 'incheon',
		homeCenter: 'incheon',
		seeking: ['poc', 'investment', 'mentoring'],
		foundedYear: 2023,
		employees: 7
	}),
	startup({
		slug: 'citysense',
		name: '시티센스',
		nameEn: 'CitySense',
		summary: '가로등에 붙이는 IoT 센서로 대기질·소음·유동인구를 측정하는 스마트시티 플랫폼입니다.',
		description:
			'가로등 전원을 쓰는 다기능 센서 모듈이 미세먼지, 소음, 보행자 수를 5G·LTE로 전송하고, 구청 관제센터 대시보드와 공공데이터 API로 제공합니다. 인천 송도·청라 등 1,900개 지점에 설치되었습니다.',
		industries: ['proptech', 'environment', 'ai_data'],
		techTags: ['smart city', 'iot', '5g', 'air quality', 'people counting'],
		stage: 'seed',
		region: 'incheon',
		homeCenter: 'incheon',
		seeking: ['poc', 'distribution'],
		foundedYear: 2021,
		employees: 15
	}),
	startup({
		slug: 'meditrans',
		name: '메디트랜스',
		nameEn: 'MediTrans',
		summary: '외국인 의료관광객의 병원 예약과 실시간 의료 통역을 AI로 지원합니다.',
		description:
			'의료 용어에 특화된 LLM 번역과 원격 통역사를 결합해 진료실 통역을 제공하고, 병원 예약·공항 픽업·숙박까지 묶어 판매합니다. 몽골·카자흐스탄 환자를 중심으로 인천·서울 병원 22곳과 제휴했습니다.',
		industries: ['tourism', 'digital_healthcare'],
		techTags: ['translation', 'medical tourism', 'booking platform', 'llm'],
		stage: 'pre_seed',
		region: 'incheon',
		homeCenter: 'incheon',
		seeking: ['distribution', 'mentoring'],
		foundedYear: 2024,
		employees: 6
	})
];

const gyeonggi: SeedStartup[] = [
	startup({
		slug: 'deepguard',
		name: '딥가드',
		nameEn: 'DeepGuard',
		summary: '영상·음성 딥페이크를 탐지해 금융 비대면 인증과 미디어를 보호합니다.',
		description:
			'생성형 AI로 합성된 얼굴·음성의 미세한 흔적을 찾아내는 탐지 모델을 API와 온프레미스로 제공합니다. 비대면 계좌 개설의 신분증·얼굴 인증 단계에 붙여 위조 시도를 차단하며, 인터넷은행 1곳과 방송사 2곳이 사용합니다.',
		industries: ['security', 'ai_data'],
		techTags: ['deepfake detection', 'computer vision', 'generative ai', 'biometrics'],
		stage: 'pre_a',
		region: 'gyeonggi',
		homeCenter: 'gyeonggi',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2021,
		employees: 21
	}),
	startup({
		slug: 'zerowall',
		name: '제로월',
		nameEn: 'ZeroWall',
		summary: '공장 제어망(OT)의 자산을 식별하고 이상 통신을 탐지하는 산업 보안 솔루션입니다.',
		description:
			'Passive monitoring of PLC and SCADA traffic builds an asset inventory, and anomaly detection flags unauthorized commands. 제로트러스트 원격 접속 게이트웨이와 함께 반도체·화학 공장 40곳에 구축했습니다.',
		industries: ['security', 'smart_manufacturing'],
		techTags: ['ot security', 'zero trust', 'anomaly detection', 'cybersecurity', 'plc'],
		stage: 'series_a',
		region: 'gyeonggi',
		homeCenter: 'gyeonggi',
		seeking: ['distribution', 'investment'],
		foundedYear: 2017,
		employees: 67,
		visibility: 'members'
	}),
	startup({
		slug: 'edugen',
		name: '에듀젠',
		nameEn: 'EduGen',
		summary: '생성형 AI가 학생 수준에 맞춰 수학 문제를 만들고 풀이를 코칭하는 AI 튜터입니다.',
		description:
			'학생의 풀이 과정을 손글씨 OCR로 읽어 오개념을 진단하고, LLM이 단계별 힌트를 줍니다. AI 디지털교과서 검정 협력사로 참여했으며 중학교 420곳, 학생 14만 명이 사용합니다.',
		industries: ['edutech', 'ai_data'],
		techTags: ['ai tutor', 'llm', 'adaptive learning', 'ocr', 'lms'],
		stage: 'series_a',
		region: 'gyeonggi',
		homeCenter: 'gyeonggi',
		seeking: ['distribution', 'poc', 'investment'],
		foundedYear: 2019,
		employees: 58,
		traction: '중학교 420곳, 학생 14만 명, 누적 투자 110억 원'
	}),
	startup({
		slug: 'neurochips',
		name: '뉴로칩스',
		nameEn: 'NeuroChips',
		summary: '카메라·가전·로봇에 들어가는 저전력 엣지 AI NPU 반도체를 설계합니다.',
		description:
			'1W 미만에서 8 TOPS를 내는 NPU와 컴파일러 툴체인을 제공하는 팹리스입니다. CCTV와 로봇청소기 제조사 6곳의 양산 제품에 칩이 탑재되었고, 차량용 인증을 진행하고 있습니다.',
		industries: ['semiconductor', 'ai_data'],
		techTags: ['npu', 'ai chip', 'edge ai', 'fpga'],
		stage: 'series_c_plus',
		region: 'gyeonggi',
		homeCenter: 'gyeonggi',
		seeking: ['distribution', 'joint_rnd'],
		foundedYear: 2016,
		employees: 142,
		traction: '양산 탑재 6개사, 누적 투자 1,020억 원'
	}),
	startup({
		slug: 'toonscale',
		name: '툰스케일',
		nameEn: 'ToonScale',
		summary: 'AI로 웹툰 채색과 다국어 식자(현지화)를 자동화합니다.',
		description:
			'작가 화풍을 학습한 채색 모델로 밑색 작업 시간을 70% 줄이고, 말풍선 인식과 번역·식자를 자동화해 영어·일본어·태국어 연재를 동시에 준비할 수 있습니다. 웹툰 스튜디오 31곳이 사용합니다.',
		industries: ['content_metaverse', 'ai_data'],
		techTags: ['webtoon', 'generative ai', 'translation', 'computer vision'],
		stage: 'seed',
		region: 'gyeonggi',
		homeCenter: 'gyeonggi',
		seeking: ['distribution', 'investment'],
		foundedYear: 2022,
		employees: 14
	}),
	startup({
		slug: 'housefit',
		name: '하우스핏',
		nameEn: 'HouseFit',
		summary: '실거래가와 등기 데이터를 분석해 전세 계약의 보증금 위험을 알려주는 프롭테크 서비스입니다.',
		description:
			'등기부등본, 실거래가, 임대인 체납 정보를 결합한 위험도 모델로 깡통전세 가능성을 점수화합니다. 공인중개사용 리포트와 보증보험 연계 기능을 제공하며, 누적 조회 42만 건을 기록했습니다.',
		industries: ['proptech', 'fintech'],
		techTags: ['real estate data', 'machine learning', 'risk scoring'],
		stage: 'pre_a',
		region: 'gyeonggi',
		homeCenter: 'gyeonggi',
		seeking: ['distribution', 'investment'],
		foundedYear: 2021,
		employees: 17
	}),
	startup({
		slug: 'brewbot',
		name: '브루봇',
		nameEn: 'BrewBot',
		summary: '로봇팔 바리스타가 커피를 내리는 무인 카페 솔루션입니다.',
		description:
			'협동로봇 바리스타와 키오스크, 원격 관제를 묶어 공항·병원·오피스에 무인 카페를 운영합니다. 시간당 120잔을 만들며, 전국 210개 매장에서 하루 평균 3만 잔을 판매합니다.',
		industries: ['robotics', 'retail_commerce'],
		techTags: ['robot arm', 'kiosk', 'unmanned store', 'cobot'],
		stage: 'series_a',
		region: 'gyeonggi',
		homeCenter: 'gyeonggi',
		seeking: ['distribution', 'investment'],
		foundedYear: 2018,
		employees: 74,
		traction: '매장 210곳, 2024년 매출 190억 원'
	}),
	startup({
		slug: 'languageworks',
		name: '랭기지웍스',
		nameEn: 'LanguageWorks',
		summary: '기업 문서로 한국어 소형 LLM을 파인튜닝하고 RAG 검색을 구축해 주는 플랫폼입니다.',
		description:
			'사내 문서와 상담 이력을 안전하게 학습시켜 온프레미스 GPU 1~2장으로 돌아가는 한국어 특화 LLM을 만듭니다. RAG 파이프라인과 답변 근거 표시 기능을 기본 제공하며, 공공기관·제조사 12곳에 구축했습니다.',
		industries: ['ai_data'],
		techTags: ['llm', 'nlp', 'rag', 'knowledge graph'],
		stage: 'seed',
		region: 'gyeonggi',
		homeCenter: 'gyeonggi',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2023,
		employees: 16
	}),
	startup({
		slug: 'nowbox',
		name: '나우박스',
		nameEn: 'NowBox',
		summary: '도심 소형 물류센터(MFC)와 배차 AI로 30분 퀵커머스 배송을 운영합니다.',
		description:
			'주문 수요예측으로 다크스토어 재고를 배치하고, 실시간 경로 최적화로 라이더 한 명이 여러 주문을 묶어 배송합니다. 성남·용인 MFC 9곳에서 평균 배송시간 27분을 유지하며 편의점 본사와 라스트마일 협력을 논의하고 있습니다.',
		industries: ['logistics', 'retail_commerce', 'ai_data'],
		techTags: ['last mile', 'route optimization', 'dark store', 'demand forecasting'],
		stage: 'pre_a',
		region: 'gyeonggi',
		homeCenter: 'gyeonggi',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2020,
		employees: 35,
		traction: 'MFC 9곳, 일 주문 5,200건'
	}),
	startup({
		slug: 'synthetica',
		name: '신세티카',
		nameEn: 'Synthetica',
		summary: 'Synthetic image data that trains vision models for retail shelves, factories and roads.',
		description:
			'Synthetica renders photorealistic scenes with domain randomization so customers can train computer vision models without months of labeling. A retail pack with 40,000 Korean grocery SKUs cut a shelf-monitoring customer’s labeling cost by 85%.',
		industries: ['ai_data', 'retail_commerce'],
		techTags: ['synthetic data', 'computer vision', 'generative ai', '3d rendering', 'shelf monitoring'],
		stage: 'seed',
		region: 'seoul',
		homeCenter: 'gyeonggi',
		seeking: ['poc', 'investment'],
		foundedYear: 2022,
		employees: 11
	}),
	startup({
		slug: 'sellernote',
		name: '셀러노트',
		nameEn: 'SellerNote',
		summary: '소상공인의 카드·배달·온라인 매출과 정산을 한눈에 보여주고 맞춤 대출을 연결합니다.',
		description:
			'여러 판매 채널의 매출과 정산 예정액을 자동 수집해 현금흐름을 예측하고, 이 데이터를 바탕으로 제휴 금융사의 대안신용평가 대출을 추천합니다. 가입 사업장 48만 곳, 누적 대출 중개 2,300억 원을 기록했습니다.',
		industries: ['fintech', 'retail_commerce'],
		techTags: ['alternative credit scoring', 'payments', 'mydata', '정산'],
		stage: 'series_b',
		region: 'gyeonggi',
		homeCenter: 'gyeonggi',
		seeking: ['distribution', 'joint_rnd'],
		foundedYear: 2016,
		employees: 128,
		traction: '가입 사업장 48만 곳, 누적 대출 중개 2,300억 원'
	})
];

const seoul: SeedStartup[] = [
	startup({
		slug: 'greentable',
		name: '그린테이블',
		nameEn: 'GreenTable',
		summary: '콩 단백과 버섯 균사체를 섞어 고기 식감을 낸 식물성 대체육을 만듭니다.',
		description:
			'습식 압출 공정과 균사체 발효를 결합해 결 방향이 살아 있는 대체육을 만듭니다. 만두·볶음밥 등 HMR 제조사에 원료로 공급하고 있으며, 미국 아시안 마트 120곳에 자체 브랜드를 수출합니다.',
		industries: ['agrifood', 'bio'],
		techTags: ['alternative protein', 'fermentation', 'mycelium', 'hmr'],
		stage: 'series_a',
		region: 'seoul',
		homeCenter: 'seoul',
		seeking: ['joint_rnd', 'distribution', 'investment'],
		foundedYear: 2019,
		employees: 46,
		traction: '원료 공급 HMR 제조사 8곳, 미국 120개 매장 입점'
	}),
	startup({
		slug: 'breadagain',
		name: '브레드어게인',
		nameEn: 'BreadAgain',
		summary: '맥주박·깨진 쌀 같은 식품 부산물을 고단백 가루와 스낵으로 업사이클링합니다.',
		description:
			'양조장에서 나오는 맥주박을 건조·발효해 단백질과 식이섬유가 풍부한 가루로 만들고, 이를 원료로 한 그래놀라와 베이커리 믹스를 판매합니다. 연간 부산물 620톤을 재활용하며 ESG 보고서 데이터도 제공합니다.',
		industries: ['agrifood', 'environment'],
		techTags: ['upcycling', 'functional food', 'fermentation'],
		stage: 'seed',
		region: 'seoul',
		homeCenter: 'seoul',
		seeking: ['distribution', 'joint_rnd'],
		foundedYear: 2021,
		employees: 12
	}),
	startup({
		slug: 'k-stage',
		name: '케이스테이지',
		nameEn: 'K-Stage',
		summary: '실시간 모션캡처와 생성형 AI로 버추얼 K-pop 아이돌과 버추얼 휴먼을 운영합니다.',
		description:
			'자체 스튜디오의 모션캡처와 실시간 렌더링으로 버추얼 아이돌 그룹 2팀을 데뷔시켰고, 유튜브 구독자 합계 310만 명을 모았습니다. 기업 홍보용 버추얼 휴먼 제작과 라이선스 사업도 하고 있습니다.',
		industries: ['content_metaverse'],
		techTags: ['virtual human', 'k-pop', 'motion capture', 'generative ai', '3d rendering'],
		stage: 'series_b',
		region: 'seoul',
		homeCenter: 'seoul',
		seeking: ['distribution', 'investment'],
		foundedYear: 2019,
		employees: 83,
		traction: '유튜브 구독자 310만, 2024년 매출 140억 원'
	}),
	startup({
		slug: 'moneyfit',
		name: '머니핏',
		nameEn: 'MoneyFit',
		summary: '마이데이터로 사회초년생의 소비·저축 습관을 분석해 자산관리 목표를 코칭합니다.',
		description:
			'흩어진 계좌와 카드 내역을 마이데이터로 모아 고정지출을 찾아내고, 목표별 자동 저축과 로보어드바이저 포트폴리오를 추천합니다. 가입자 85만 명, 20대 비중이 71%입니다.',
		industries: ['fintech'],
		techTags: ['mydata', 'open banking', 'recommendation', 'robo-advisor'],
		stage: 'series_a',
		region: 'seoul',
		homeCenter: 'seoul',
		seeking: ['distribution', 'joint_rnd', 'investment'],
		foundedYear: 2019,
		employees: 49
	}),
	startup({
		slug: 'petfit',
		name: '펫핏',
		nameEn: 'PetFit',
		summary: '반려견 코 주름(비문) 인식으로 가입하는 펫보험과 건강관리 앱입니다.',
		description:
			'스마트폰으로 찍은 비문 사진으로 개체를 식별해 보험 가입과 청구를 간소화하고, 동물병원 진료 기록을 연동해 맞춤 건강관리 알림을 보냅니다. 손해보험사 2곳과 제휴해 계약 3만 2천 건을 중개했습니다.',
		industries: ['fintech', 'other'],
		techTags: ['insurtech', 'biometrics', 'computer vision', 'pet care'],
		stage: 'pre_a',
		region: 'seoul',
		homeCenter: 'seoul',
		seeking: ['distribution', 'investment'],
		foundedYear: 2020,
		employees: 19
	}),
	startup({
		slug: 'lawncode',
		name: '로앤코드',
		nameEn: 'LawNCode',
		summary: 'LLM으로 계약서와 NDA의 위험 조항을 찾아 수정안을 제안하는 리걸테크입니다.',
		description:
			'기술협력 계약서, 비밀유지계약(NDA), 투자계약서를 업로드하면 불리한 조항과 누락된 보호 장치를 표시하고 수정 문구를 제안합니다. 스타트업 1,900곳이 사용하며, 대기업과의 PoC 계약 전 검토 수요가 가장 많습니다.',
		industries: ['ai_data', 'other'],
		techTags: ['llm', 'nlp', 'legaltech', 'ocr'],
		stage: 'seed',
		region: 'seoul',
		homeCenter: 'seoul',
		seeking: ['distribution', 'investment'],
		foundedYear: 2022,
		employees: 10
	}),
	startup({
		slug: 'untactlab',
		name: '언택트랩',
		nameEn: 'UntactLab',
		summary: '천장 카메라와 무게 센서로 계산대 없이 결제되는 무인매장 AI를 공급합니다.',
		description:
			'고객이 집어 든 상품을 컴퓨터 비전과 선반 무게 센서 퓨전으로 인식해 매장을 나서면 자동 결제됩니다. 같은 인프라로 매대 결품과 재고를 실시간 파악하며, 편의점·오피스 매장 38곳에 구축했습니다.',
		industries: ['retail_commerce', 'ai_data'],
		techTags: ['computer vision', 'unmanned store', 'sensor fusion', 'retail analytics', 'shelf monitoring'],
		stage: 'series_a',
		region: 'seoul',
		homeCenter: 'seoul',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2018,
		employees: 43,
		traction: '무인매장 38곳 구축, 인식 정확도 99.2%'
	}),
	startup({
		slug: 'kitchenlogi',
		name: '키친로지',
		nameEn: 'KitchenLogi',
		summary: '외식 매장의 식자재 발주를 수요예측으로 자동화하는 B2B 식자재 유통 플랫폼입니다.',
		description:
			'POS 매출과 날씨, 상권 이벤트 데이터를 학습해 다음 날 필요한 식자재 양을 추천하고, 새벽 콜드체인 배송으로 납품합니다. 프랜차이즈 가맹점 3,400곳이 사용하며 식자재 폐기를 평균 21% 줄였습니다.',
		industries: ['agrifood', 'logistics'],
		techTags: ['demand forecasting', 'b2b marketplace', 'cold chain'],
		stage: 'pre_a',
		region: 'seoul',
		homeCenter: 'seoul',
		seeking: ['distribution', 'investment'],
		foundedYear: 2020,
		employees: 38
	}),
	startup({
		slug: 'hanok-stay',
		name: '한옥스테이',
		nameEn: 'Hanok Stay',
		summary: 'Hanok and local-stay booking for foreign travellers, with in-app translation and concierge.',
		description:
			'Hanok Stay curates 450 hanok guesthouses and small local stays across Seoul, Jeonju and Gyeongju, with instant booking, multilingual chat translation and a concierge for tea ceremonies and cooking classes. 외국인 예약 비중은 88%입니다.',
		industries: ['tourism'],
		techTags: ['travel platform', 'booking platform', 'translation', 'local commerce'],
		stage: 'seed',
		region: 'seoul',
		homeCenter: 'seoul',
		seeking: ['distribution', 'investment'],
		foundedYear: 2021,
		employees: 13
	}),
	startup({
		slug: 'silverlink',
		name: '실버링크',
		nameEn: 'SilverLink',
		summary: '방문요양보호사와 어르신 가정을 연결하는 돌봄 매칭 플랫폼입니다.',
		description:
			'요양보호사의 위치·경력·가능 시간을 바탕으로 돌봄 일정을 자동 매칭하고, 방문 기록과 건강 이상 징후를 보호자 앱으로 공유합니다. 서울 동북권 재가센터 60곳과 제휴했습니다.',
		industries: ['digital_healthcare', 'other'],
		techTags: ['care matching', 'remote monitoring', 'mobile app'],
		stage: 'pre_seed',
		region: 'seoul',
		homeCenter: 'seoul',
		seeking: ['investment', 'mentoring'],
		foundedYear: 2024,
		employees: 5
	}),
	startup({
		slug: 'trustsign',
		name: '트러스트싸인',
		nameEn: 'TrustSign',
		summary: '기술자료 제공 이력과 NDA 서명을 블록체인에 남겨 기술탈취 분쟁에 대비합니다.',
		description:
			'스타트업이 대기업에 제공한 기술자료를 해시값으로 기록하고, 누가 언제 열람했는지 감사 로그(audit trail)를 남깁니다. 전자서명 NDA와 기술임치 연계 기능을 제공하며, 오픈이노베이션 프로그램 운영기관 14곳이 도입했습니다.',
		industries: ['security', 'other'],
		techTags: ['blockchain', 'e-signature', 'audit trail', 'cybersecurity'],
		stage: 'seed',
		region: 'seoul',
		homeCenter: 'seoul',
		seeking: ['distribution', 'poc', 'investment'],
		foundedYear: 2022,
		employees: 9
	}),
	startup({
		slug: 'jobbridge',
		name: '잡브릿지',
		nameEn: 'JobBridge',
		summary: '청년 구직자와 지역 중소기업을 AI로 매칭하고 채용 후 정착까지 관리합니다.',
		description:
			'구직자의 경험과 희망 조건, 기업의 직무 요건을 임베딩해 추천하고, 채용 후 6개월간 정착 상담을 제공합니다. 지자체 일자리센터 11곳과 협력해 1,700명의 지역 취업을 연결했습니다.',
		industries: ['other', 'ai_data'],
		techTags: ['recommendation', 'hr tech', 'matching'],
		stage: 'seed',
		region: 'seoul',
		homeCenter: 'seoul',
		seeking: ['distribution', 'mentoring'],
		foundedYear: 2021,
		employees: 15
	})
];

const daejeon: SeedStartup[] = [
	startup({
		slug: 'spacelean',
		name: '스페이스린',
		nameEn: 'SpaceLean',
		summary: '소형 위성용 전기추진기와 자세제어 부품을 국산화합니다.',
		description:
			'홀 추진기와 반작용 휠, 별 추적기 등 50~500kg급 위성 버스 핵심 부품을 개발합니다. 궤도 검증을 마친 추진기를 해외 위성 제작사 2곳에 수출했고, 대덕 특구 출연연과 공동 개발을 이어가고 있습니다.',
		industries: ['aerospace_defense'],
		techTags: ['satellite', 'propulsion', 'avionics', 'cubesat'],
		stage: 'pre_a',
		region: 'daejeon',
		homeCenter: 'daejeon',
		seeking: ['joint_rnd', 'investment', 'distribution'],
		foundedYear: 2019,
		employees: 32,
		traction: '궤도 검증 완료, 해외 수출 2건',
		visibility: 'members'
	}),
	startup({
		slug: 'quantumeye',
		name: '퀀텀아이',
		nameEn: 'QuantumEye',
		summary: '양자키분배(QKD)와 양자내성암호로 금융·공공망을 보호하는 보안 솔루션입니다.',
		description:
			'광자 기반 양자키분배 장비와 양자내성암호(PQC) VPN을 함께 제공해 기존 네트워크에 단계적으로 적용할 수 있습니다. 대전 공공기관 구간 45km에서 실증을 마쳤습니다.',
		industries: ['security', 'semiconductor'],
		techTags: ['quantum cryptography', 'cybersecurity', 'photonics'],
		stage: 'seed',
		region: 'daejeon',
		homeCenter: 'daejeon',
		seeking: ['joint_rnd', 'poc'],
		foundedYear: 2021,
		employees: 14,
		visibility: 'members'
	}),
	startup({
		slug: 'oncocell',
		name: '온코셀',
		nameEn: 'OncoCell',
		summary: '기성품(off-the-shelf) CAR-NK 세포치료제로 고형암 치료에 도전합니다.',
		description:
			'유전자 편집 NK 세포주를 대량 배양해 동종 환자에게 투여하는 CAR-NK 치료제를 개발합니다. 자체 GMP 시설에서 임상 1상 시료를 생산했고, 고형암 대상 임상 1상을 진행 중입니다.',
		industries: ['bio'],
		techTags: ['cell therapy', 'car-nk', 'gmp', 'bioprocess'],
		stage: 'series_b',
		region: 'daejeon',
		homeCenter: 'daejeon',
		seeking: ['joint_rnd', 'investment', 'mentoring'],
		foundedYear: 2016,
		employees: 91,
		visibility: 'members'
	}),
	startup({
		slug: 'sicwave',
		name: '시크웨이브',
		nameEn: 'SiCWave',
		summary: 'SiC 전력반도체 모듈로 급속충전기와 인버터의 효율을 높입니다.',
		description:
			'실리콘카바이드(SiC) MOSFET 기반 전력 모듈을 설계해 350kW 급속충전기의 전력 손실을 30% 줄였습니다. 국내 충전기 제조사 4곳에 공급하며, 차량용 인버터 모듈의 신뢰성 인증(AQG 324)을 진행 중입니다.',
		industries: ['semiconductor', 'energy'],
		techTags: ['sic', 'power semiconductor', 'power electronics', 'ev charging'],
		stage: 'series_a',
		region: 'daejeon',
		homeCenter: 'daejeon',
		seeking: ['joint_rnd', 'distribution', 'investment'],
		foundedYear: 2018,
		employees: 40
	}),
	startup({
		slug: 'walkbot',
		name: '워크봇',
		nameEn: 'WalkBot',
		summary: '플랜트와 변전소를 스스로 순찰하며 가스 누출과 설비 이상을 찾는 4족보행 로봇입니다.',
		description:
			'계단과 배관 사이를 이동하는 4족보행 로봇에 라이다, 열화상, 가스 센서를 탑재했습니다. 정해진 순찰 경로를 자율주행하며 계기판을 읽고 이상을 보고하며, 5G 원격 관제를 지원합니다.',
		industries: ['robotics', 'security', 'energy'],
		techTags: ['quadruped robot', 'lidar', 'gas leak detection', 'autonomous navigation', '5g'],
		stage: 'pre_a',
		region: 'daejeon',
		homeCenter: 'daejeon',
		seeking: ['poc', 'joint_rnd', 'investment'],
		foundedYear: 2020,
		employees: 27
	}),
	startup({
		slug: 'celllogic',
		name: '셀로직',
		nameEn: 'CellLogic',
		summary: '배터리 셀 X-ray·CT 영상에서 미세 불량을 찾아내는 AI 검사 솔루션입니다.',
		description:
			'전극 정렬 불량, 이물, 탭 접힘을 X-ray·CT 영상에서 검출하는 모델로 과검률을 5.8%에서 1.9%로 낮췄습니다. 라인 속도에 맞춘 GPU 추론 서버를 함께 공급하며, 배터리 제조사 2곳의 양산 라인에 적용되었습니다.',
		industries: ['energy', 'smart_manufacturing', 'ai_data'],
		techTags: ['battery', 'x-ray', 'machine vision', 'defect detection', 'ct inspection'],
		stage: 'series_a',
		region: 'daejeon',
		homeCenter: 'daejeon',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2019,
		employees: 36,
		traction: '양산 라인 2곳 적용, 과검률 1.9%'
	}),
	startup({
		slug: 'labon',
		name: '랩온',
		nameEn: 'LabOn',
		summary: '위험하거나 비싼 과학 실험을 VR로 하는 원격 과학실 콘텐츠입니다.',
		description:
			'화학·물리 실험 140종을 VR과 웹 3D로 구현해 농산어촌 학교도 같은 실험을 할 수 있게 합니다. 교사용 LMS로 실험 보고서를 채점하며, 대전·충남 학교 190곳이 사용합니다.',
		industries: ['edutech', 'content_metaverse'],
		techTags: ['vr', 'xr', 'stem education', 'lms'],
		stage: 'seed',
		region: 'daejeon',
		homeCenter: 'daejeon',
		seeking: ['distribution', 'investment'],
		foundedYear: 2021,
		employees: 12
	}),
	startup({
		slug: 'photonix',
		name: '포토닉스',
		nameEn: 'Photonix',
		summary: 'Solid-state LiDAR on a silicon-photonics chip for robots and cars.',
		description:
			'Photonix steers its beam with an optical phased array on a silicon-photonics chip, so the LiDAR has no moving parts and can be made in standard fabs. A-samples reach 150 m and are under evaluation by two autonomous-driving teams and a delivery-robot maker.',
		industries: ['semiconductor', 'mobility'],
		techTags: ['lidar', 'photonics', 'silicon photonics', 'autonomous driving'],
		stage: 'pre_a',
		region: 'daejeon',
		homeCenter: 'daejeon',
		seeking: ['joint_rnd', 'investment'],
		foundedYear: 2020,
		employees: 25
	})
];

const sejong: SeedStartup[] = [
	startup({
		slug: 'cityflow',
		name: '시티플로우',
		nameEn: 'CityFlow',
		summary: '교차로 영상을 분석해 신호 주기를 실시간으로 바꾸는 AI 교통신호 최적화 솔루션입니다.',
		description:
			'CCTV 영상으로 차로별 대기열을 측정하고, 도시 교통 디지털트윈에서 시뮬레이션한 최적 신호를 신호제어기에 전달합니다. 세종·청주 교차로 64곳에서 평균 지체시간을 18% 줄였습니다.',
		industries: ['mobility', 'ai_data', 'proptech'],
		techTags: ['smart city', 'traffic optimization', 'computer vision', 'digital twin'],
		stage: 'series_a',
		region: 'sejong',
		homeCenter: 'sejong',
		seeking: ['poc', 'distribution'],
		foundedYear: 2018,
		employees: 34,
		traction: '교차로 64곳 운영, 지체시간 18% 감소'
	}),
	startup({
		slug: 'autoshuttle',
		name: '오토셔틀',
		nameEn: 'AutoShuttle',
		summary: '자율주행 셔틀의 원격 관제와 원격 운전(tele-operation) 시스템을 제공합니다.',
		description:
			'5G와 V2X로 여러 대의 자율주행 셔틀을 한 관제센터에서 감시하고, 돌발 상황에는 원격 운전자가 개입합니다. 세종 BRT 자율주행 실증 구간과 대학 캠퍼스 3곳에서 셔틀 11대를 운영하고 있습니다.',
		industries: ['mobility'],
		techTags: ['autonomous driving', '자율주행', 'remote operation', '5g', 'v2x'],
		stage: 'pre_a',
		region: 'sejong',
		homeCenter: 'sejong',
		seeking: ['poc', 'joint_rnd', 'investment'],
		foundedYear: 2020,
		employees: 23
	}),
	startup({
		slug: 'opengov',
		name: '오픈행정',
		nameEn: 'OpenGov',
		summary: '법령과 민원 사례를 학습한 LLM 챗봇으로 민원 응대와 행정 문서 작성을 돕습니다.',
		description:
			'공공데이터와 법령, 과거 민원 답변을 RAG로 검색해 근거가 달린 답변 초안을 만듭니다. 공무원 업무망에서 동작하도록 경량화했으며, 중앙부처 산하기관 3곳에서 시범 운영 중입니다.',
		industries: ['ai_data', 'other'],
		techTags: ['llm', 'chatbot', 'rag', 'public data'],
		stage: 'seed',
		region: 'sejong',
		homeCenter: 'sejong',
		seeking: ['poc', 'distribution'],
		foundedYear: 2023,
		employees: 8
	}),
	startup({
		slug: 'urbanfarmer',
		name: '도시농부',
		nameEn: 'UrbanFarmer',
		summary: '컨테이너형 수직농장에서 엽채류와 허브를 연중 재배합니다.',
		description:
			'LED 광 레시피와 양액 제어를 자동화한 컨테이너 식물공장으로 상추·바질을 일반 노지 대비 20배 밀도로 생산합니다. 세종 로컬푸드 매장과 급식센터에 납품하며, 식품 가공사와 원료 계약재배를 협의 중입니다.',
		industries: ['agrifood'],
		techTags: ['vertical farm', 'plant factory', 'smart farm', 'led lighting'],
		stage: 'pre_a',
		region: 'sejong',
		homeCenter: 'sejong',
		seeking: ['distribution', 'investment'],
		foundedYear: 2019,
		employees: 18
	}),
	startup({
		slug: 'zerohome',
		name: '제로홈',
		nameEn: 'ZeroHome',
		summary: '제로에너지 공동주택의 태양광·열펌프·ESS를 통합 관리하는 에너지 관리 시스템입니다.',
		description:
			'세대별 에너지 사용량과 태양광 발전량을 IoT로 수집해 열펌프와 ESS 운전을 최적화합니다. 세종 제로에너지 시범단지 2곳, 1,100세대에 적용되어 관리비를 세대당 월 1만 8천 원 절감했습니다.',
		industries: ['proptech', 'energy'],
		techTags: ['bems', 'smart building', 'solar', 'iot', 'ess'],
		stage: 'seed',
		region: 'sejong',
		homeCenter: 'sejong',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2021,
		employees: 11
	}),
	startup({
		slug: 'hamkketa',
		name: '함께타',
		nameEn: 'HamkkeTa',
		summary: '스마트폰이 없는 어르신도 전화 한 통으로 부르는 음성 AI 기반 농촌 DRT를 구상하고 있습니다.',
		description:
			'음성 AI가 전화 호출을 받아 목적지와 시간을 확인하고 DRT 배차 시스템에 예약을 넣는 서비스입니다. 세종 읍면 지역 노인복지관과 함께 수요 조사를 마쳤습니다.',
		industries: ['mobility', 'other'],
		techTags: ['drt', 'voice ai', 'maas'],
		stage: 'idea',
		region: 'sejong',
		homeCenter: 'sejong',
		seeking: ['mentoring', 'poc'],
		foundedYear: 2025,
		employees: 2,
		visibility: 'private'
	}),
	startup({
		slug: 'civicmap',
		name: '시빅맵',
		nameEn: 'CivicMap',
		summary: 'Geospatial analytics and a city digital twin for urban planners.',
		description:
			'CivicMap combines building registers, population flows and GIS layers into a browser-based 3D digital twin where planners can test zoning and transit scenarios. Two city governments in Chungcheong use it for new-town planning.',
		industries: ['proptech', 'ai_data'],
		techTags: ['gis', 'digital twin', 'big data', 'smart city'],
		stage: 'pre_seed',
		region: 'sejong',
		homeCenter: 'sejong',
		seeking: ['poc', 'investment', 'mentoring'],
		foundedYear: 2024,
		employees: 4
	})
];

const chungbuk: SeedStartup[] = [
	startup({
		slug: 'md-lab',
		name: '엠디랩',
		nameEn: 'MD Lab',
		summary: '20분 만에 결과가 나오는 현장형(POCT) 분자진단 장비와 카트리지를 만듭니다.',
		description:
			'등온증폭 기반 분자진단 카트리지로 호흡기 바이러스와 성매개감염을 진료실에서 바로 진단합니다. 오송 생명과학단지에 연 1,200만 개 카트리지 생산 라인을 갖췄고, 유럽 CE-IVDR 인증을 받아 40개국에 수출합니다.',
		industries: ['bio', 'digital_healthcare'],
		techTags: ['ivd', 'molecular diagnostics', 'pcr', 'point of care'],
		stage: 'series_c_plus',
		region: 'chungbuk',
		homeCenter: 'chungbuk',
		seeking: ['distribution', 'joint_rnd'],
		foundedYear: 2013,
		employees: 265,
		traction: '40개국 수출, 2024년 매출 870억 원'
	}),
	startup({
		slug: 'cellguard',
		name: '셀가드',
		nameEn: 'CellGuard',
		summary: 'ESS와 전기차 충전소 배터리의 열폭주 징후를 조기에 감지합니다.',
		description:
			'BMS 데이터와 전해액 가스 센서를 결합한 이상 탐지 모델로 열폭주 발생 최대 40분 전에 경보를 보냅니다. ESS 사이트 23곳에 설치되었으며, 배터리 제조사와 공동 검증을 진행 중입니다.',
		industries: ['energy', 'security'],
		techTags: ['battery', 'bms', 'thermal runaway detection', 'ess', 'anomaly detection'],
		stage: 'pre_a',
		region: 'chungbuk',
		homeCenter: 'chungbuk',
		seeking: ['poc', 'joint_rnd', 'investment'],
		foundedYear: 2020,
		employees: 19,
		traction: 'ESS 23개 사이트 설치'
	}),
	startup({
		slug: 'beautylogic',
		name: '뷰티로직',
		nameEn: 'BeautyLogic',
		summary: 'AI 피부 진단 결과로 맞춤형 화장품을 즉석 조제해 주는 뷰티테크입니다.',
		description:
			'스마트폰 사진으로 주름·색소·수분을 분석하고, 매장 조제기가 1:1 맞춤 세럼을 만들어 줍니다. 오송 화장품 OEM과 협력해 D2C 구독을 운영하며, 면세점 팝업에서 외국인 고객 비중이 60%에 달했습니다.',
		industries: ['bio', 'retail_commerce'],
		techTags: ['skin analysis', 'computer vision', 'personalized cosmetics', 'd2c'],
		stage: 'seed',
		region: 'chungbuk',
		homeCenter: 'chungbuk',
		seeking: ['distribution', 'investment'],
		foundedYear: 2021,
		employees: 13
	}),
	startup({
		slug: 'cleanfab',
		name: '클린팹',
		nameEn: 'CleanFab',
		summary: '반도체 공정 배기가스를 처리하는 스크러버와 배출 모니터링 IoT를 공급합니다.',
		description:
			'플라즈마 스크러버로 PFCs 분해 효율을 95% 이상으로 높이고, 배출구 센서 데이터를 실시간 관제해 환경 규제 보고를 자동화합니다. 청주·이천 반도체 라인에 스크러버 260대를 납품했습니다.',
		industries: ['semiconductor', 'environment'],
		techTags: ['semiconductor', 'gas scrubber', 'iot', 'air quality'],
		stage: 'series_a',
		region: 'chungbuk',
		homeCenter: 'chungbuk',
		seeking: ['distribution', 'joint_rnd'],
		foundedYear: 2015,
		employees: 71
	}),
	startup({
		slug: 'organichub',
		name: '오가닉허브',
		nameEn: 'OrganicHub',
		summary: '괴산 유기농 농가와 학교급식·식당을 연결하는 B2B 유기농산물 공동구매 플랫폼입니다.',
		description:
			'유기농 인증 농가 140곳의 출하 계획을 모아 학교급식센터와 식당에 공동 판매하고, 생산 이력을 QR로 추적합니다. 지역 공공급식 납품 비중을 2년 만에 두 배로 늘렸습니다.',
		industries: ['agrifood', 'retail_commerce'],
		techTags: ['농산물 유통', 'b2b marketplace', 'traceability'],
		stage: 'pre_seed',
		region: 'chungbuk',
		homeCenter: 'chungbuk',
		seeking: ['distribution', 'mentoring'],
		foundedYear: 2023,
		employees: 6
	}),
	startup({
		slug: 'cureai',
		name: '큐어AI',
		nameEn: 'CureAI',
		summary: '생성형 AI로 신약 후보물질을 설계하고 가상 스크리닝하는 AI 신약개발 플랫폼입니다.',
		description:
			'표적 단백질 구조에 결합할 분자를 생성 모델로 설계하고, 독성·약동학을 예측해 합성할 후보를 추립니다. 오송 바이오 기업 3곳과 공동 연구 계약을 맺었고, 비알코올성 지방간염 후보물질이 전임상에 진입했습니다.',
		industries: ['bio', 'ai_data'],
		techTags: ['drug discovery', 'generative ai', 'machine learning', 'protein design'],
		stage: 'seed',
		region: 'chungbuk',
		homeCenter: 'chungbuk',
		seeking: ['joint_rnd', 'investment'],
		foundedYear: 2022,
		employees: 15
	}),
	startup({
		slug: 'packsense',
		name: '팩센스',
		nameEn: 'PackSense',
		summary: 'Inline end-of-line test automation for battery packs and modules.',
		description:
			'PackSense builds EOL stations that check insulation, weld quality and BMS calibration in 90 seconds per pack, and feeds the results to the line MES. Founded by former Ochang process engineers, it is piloting with one module assembler.',
		industries: ['energy', 'smart_manufacturing'],
		techTags: ['battery', 'eol test', 'machine vision', 'mes'],
		stage: 'pre_seed',
		region: 'chungbuk',
		homeCenter: 'chungbuk',
		seeking: ['poc', 'mentoring', 'investment'],
		foundedYear: 2024,
		employees: 4
	})
];

const chungnam: SeedStartup[] = [
	startup({
		slug: 'pixeloptic',
		name: '픽셀옵틱',
		nameEn: 'PixelOptic',
		summary: 'OLED 패널의 얼룩(Mura) 불량을 AI 머신비전으로 검사하고 보상합니다.',
		description:
			'고해상도 카메라로 패널 휘도를 측정해 사람 눈에 보이는 Mura를 정량화하고, 보상 데이터를 생성해 불량 패널을 양품으로 살립니다. 아산 디스플레이 클러스터의 패널·모듈사 5곳에 장비를 납품했습니다.',
		industries: ['semiconductor', 'smart_manufacturing'],
		techTags: ['machine vision', 'display inspection', 'computer vision', 'defect detection'],
		stage: 'series_a',
		region: 'chungnam',
		homeCenter: 'chungnam',
		seeking: ['distribution', 'joint_rnd'],
		foundedYear: 2017,
		employees: 48
	}),
	startup({
		slug: 'radarlab',
		name: '레이다랩',
		nameEn: 'RadarLab',
		summary: '소형 드론을 3km 밖에서 탐지하는 저가형 대드론 레이더를 개발합니다.',
		description:
			'능동 위상배열 레이더와 RF 스캐너, 카메라 신호를 융합해 새와 드론을 구분하고 비행 경로를 추적합니다. 발전소와 교정시설 2곳에서 실증했으며, 방산 체계업체와 공동 개발을 협의 중입니다.',
		industries: ['aerospace_defense', 'security'],
		techTags: ['radar', 'counter-drone', 'signal processing', 'drone', 'sensor fusion'],
		stage: 'pre_a',
		region: 'chungnam',
		homeCenter: 'chungnam',
		seeking: ['joint_rnd', 'poc', 'investment'],
		foundedYear: 2020,
		employees: 21,
		visibility: 'members'
	}),
	startup({
		slug: 'solarclean',
		name: '솔라클린',
		nameEn: 'SolarClean',
		summary: '태양광 패널을 물 없이 세정하는 로봇과 드론 점검 O&M 서비스입니다.',
		description:
			'패널 위를 이동하는 무수(無水) 세정 로봇이 먼지와 조류 배설물을 제거해 발전량을 평균 7% 올립니다. 드론 열화상 점검으로 핫스팟 모듈을 찾아 교체까지 대행하며, 충남 서해안 발전소 58곳과 O&M 계약을 맺었습니다.',
		industries: ['energy', 'robotics'],
		techTags: ['solar', 'cleaning robot', 'drone', 'thermal imaging'],
		stage: 'seed',
		region: 'chungnam',
		homeCenter: 'chungnam',
		seeking: ['distribution', 'investment'],
		foundedYear: 2021,
		employees: 16
	}),
	startup({
		slug: 'hublogi',
		name: '허브로지',
		nameEn: 'HubLogi',
		summary: '중소 화주를 위한 디지털 포워딩과 화물 매칭 플랫폼입니다.',
		description:
			'천안·아산 제조사의 수출입 화물을 온라인으로 견적·예약하고, 국내 구간은 화물차 매칭과 경로 최적화로 연결합니다. 화주 2,100곳이 사용하며 견적 시간을 이틀에서 10분으로 줄였습니다.',
		industries: ['logistics'],
		techTags: ['tms', 'freight matching', 'route optimization', 'crossborder'],
		stage: 'series_a',
		region: 'chungnam',
		homeCenter: 'chungnam',
		seeking: ['distribution', 'investment'],
		foundedYear: 2018,
		employees: 57
	}),
	startup({
		slug: 'co2-lab',
		name: '씨오투랩',
		nameEn: 'CO2 Lab',
		summary: '저에너지 재생이 가능한 고체 흡착제로 산업 배가스의 CO2를 포집합니다.',
		description:
			'아민 담지 고체 흡착제로 기존 습식 공정 대비 재생 에너지를 35% 줄였습니다. 서산 석유화학단지 배가스로 일 1톤급 파일럿을 운전 중이며, 포집 CO2를 탄산칼슘으로 전환하는 CCUS 공정도 개발하고 있습니다.',
		industries: ['environment', 'energy'],
		techTags: ['ccus', 'carbon capture', 'materials'],
		stage: 'pre_a',
		region: 'chungnam',
		homeCenter: 'chungnam',
		seeking: ['joint_rnd', 'investment', 'poc'],
		foundedYear: 2020,
		employees: 17
	}),
	startup({
		slug: 'farmcow',
		name: '팜카우',
		nameEn: 'FarmCow',
		summary: '한우 목에 거는 IoT 센서로 발정과 질병 징후를 미리 알려줍니다.',
		description:
			'목걸이형 센서가 반추·활동량·체온을 측정하고, 머신러닝 모델이 발정 시점과 소화기 질병을 예측합니다. 홍성·예산 한우 농가 230곳, 3만 2천 두에 보급되어 수태율을 12% 높였습니다.',
		industries: ['agrifood', 'ai_data'],
		techTags: ['livestock', 'iot', 'wearable', 'machine learning'],
		stage: 'seed',
		region: 'chungnam',
		homeCenter: 'chungnam',
		seeking: ['distribution', 'investment'],
		foundedYear: 2020,
		employees: 14
	}),
	startup({
		slug: 'eduvillage',
		name: '에듀빌리지',
		nameEn: 'EduVillage',
		summary: '농촌 작은 학교를 위한 실시간 원격 방과후 수업 플랫폼을 준비하고 있습니다.',
		description:
			'도시의 강사와 농촌 학교 교실을 라이브 스트리밍으로 연결해 코딩·영어·미술 방과후 수업을 제공하려는 예비창업 팀입니다. 충남 학생 수 60명 이하 학교 5곳과 시범 수업을 협의했습니다.',
		industries: ['edutech'],
		techTags: ['lms', 'live streaming', 'coding education'],
		stage: 'idea',
		region: 'chungnam',
		homeCenter: 'chungnam',
		seeking: ['mentoring', 'investment'],
		foundedYear: 2025,
		employees: 2,
		visibility: 'private'
	}),
	startup({
		slug: 'drivesafe',
		name: '드라이브세이프',
		nameEn: 'DriveSafe',
		summary: '화물차 운전자의 졸음·부주의를 카메라로 감지하는 운전자 모니터링(DMS) 장치입니다.',
		description:
			'적외선 카메라와 엣지 AI로 눈 감김, 하품, 휴대폰 사용을 감지해 경고하고, 관제 시스템에 위험 운전 기록을 보냅니다. 화물 운송사 35곳, 차량 4,100대에 장착되어 졸음 관련 사고를 41% 줄였습니다.',
		industries: ['mobility', 'security'],
		techTags: ['driver monitoring', 'computer vision', 'edge ai', 'fleet management'],
		stage: 'seed',
		region: 'chungnam',
		homeCenter: 'chungnam',
		seeking: ['distribution', 'poc'],
		foundedYear: 2021,
		employees: 15
	})
];

const jeju: SeedStartup[] = [
	startup({
		slug: 'seomtago',
		name: '섬타고',
		nameEn: 'SeomTago',
		summary: '제주 버스·전기렌터카·공유자전거를 한 번에 검색하고 결제하는 통합 모빌리티(MaaS) 앱입니다.',
		description:
			'여행 일정에 맞춰 버스와 전기차 셰어링, 자전거를 조합한 최적 경로를 추천하고 한 번에 결제합니다. 렌터카 없이 여행하는 관광객을 겨냥하며, 동선상의 로컬 상점 예약까지 연결합니다. 월 이용자 11만 명입니다.',
		industries: ['tourism', 'mobility'],
		techTags: ['maas', 'travel platform', 'ev sharing', 'route optimization', 'local commerce'],
		stage: 'pre_a',
		region: 'jeju',
		homeCenter: 'jeju',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2020,
		employees: 22,
		traction: '월 이용자 11만 명, 제휴 상점 640곳'
	}),
	startup({
		slug: 'badasallim',
		name: '바다살림',
		nameEn: 'Badasallim',
		summary: '해양쓰레기 수거 데이터를 모으고 수거물을 업사이클링 굿즈로 만듭니다.',
		description:
			'드론 촬영과 AI 이미지 분석으로 해안별 쓰레기 분포 지도를 만들고, 주민·관광객 줍깅 참여를 앱으로 기록합니다. 수거한 폐어구와 플라스틱은 키링·트레이로 업사이클링해 판매하며, 연간 18톤을 재활용했습니다.',
		industries: ['environment', 'tourism'],
		techTags: ['marine debris', '해양쓰레기', 'upcycling', 'drone', 'computer vision'],
		stage: 'seed',
		region: 'jeju',
		homeCenter: 'jeju',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2021,
		employees: 10,
		traction: '연간 해양쓰레기 18톤 재활용, 참여자 2만 명'
	}),
	startup({
		slug: 'gyullo',
		name: '귤로',
		nameEn: 'Gyullo',
		summary: '감귤 착즙 부산물에서 식이섬유와 기능성 소재를 추출합니다.',
		description:
			'버려지던 감귤 껍질과 착즙박을 건조·발효해 펙틴과 헤스페리딘을 추출하고, 건강기능식품 원료로 공급합니다. 제주 가공공장 2곳의 부산물 전량을 받아 처리하는 업사이클링 모델입니다.',
		industries: ['agrifood', 'bio'],
		techTags: ['upcycling', 'functional food', 'citrus', 'fermentation'],
		stage: 'pre_seed',
		region: 'jeju',
		homeCenter: 'jeju',
		seeking: ['joint_rnd', 'distribution', 'mentoring'],
		foundedYear: 2023,
		employees: 5
	}),
	startup({
		slug: 'windcare',
		name: '윈드케어',
		nameEn: 'WindCare',
		summary: '풍력 블레이드를 드론으로 촬영하고 AI가 손상을 판독하는 풍력 O&M 서비스입니다.',
		description:
			'자동 비행 드론이 블레이드 세 면을 20분 안에 촬영하고, 컴퓨터 비전이 균열·침식·낙뢰 손상을 등급별로 분류합니다. 손상 이력으로 예지보전 일정을 제안하며, 제주·전남 해상·육상풍력 기 150기를 점검했습니다.',
		industries: ['energy', 'robotics', 'ai_data'],
		techTags: ['drone', 'computer vision', 'wind turbine', 'predictive maintenance'],
		stage: 'pre_a',
		region: 'jeju',
		homeCenter: 'jeju',
		seeking: ['poc', 'distribution', 'investment'],
		foundedYear: 2019,
		employees: 20
	}),
	startup({
		slug: 'workaway-jeju',
		name: '워크어웨이제주',
		nameEn: 'WorkAway Jeju',
		summary: '기업 임직원을 위한 제주 워케이션 공간 예약과 복지 프로그램을 운영합니다.',
		description:
			'제주 전역의 코워킹 공간과 숙소 90곳을 묶어 기업 단위로 예약·정산하고, 로컬 체험 프로그램을 붙여 판매합니다. IT 기업 64곳이 임직원 복지로 도입했습니다.',
		industries: ['tourism', 'proptech'],
		techTags: ['booking platform', 'coworking', 'travel platform', 'local commerce'],
		stage: 'seed',
		region: 'jeju',
		homeCenter: 'jeju',
		seeking: ['distribution', 'investment'],
		foundedYear: 2021,
		employees: 12
	}),
	startup({
		slug: 'tidegrid',
		name: '타이드그리드',
		nameEn: 'TideGrid',
		summary: 'Offshore wind and tidal power forecasting for Jeju’s island grid.',
		description:
			'Two ex-KMA meteorologists are building machine-learning models that blend ocean buoy data and weather forecasts to predict offshore wind output 48 hours ahead, helping the grid operator curb curtailment. A prototype is being validated against one offshore wind farm’s records.',
		industries: ['energy', 'marine_shipbuilding'],
		techTags: ['weather data', 'demand forecasting', 'machine learning', 'offshore wind'],
		stage: 'idea',
		region: 'jeju',
		homeCenter: 'jeju',
		seeking: ['mentoring', 'poc'],
		foundedYear: 2025,
		employees: 2
	}),
	startup({
		slug: 'sumbi',
		name: '숨비',
		nameEn: 'Sumbi',
		summary: '해녀가 잡은 뿔소라·전복을 손질해 라이브커머스와 D2C로 판매합니다.',
		description:
			'마을 어촌계와 계약해 해녀 수산물을 당일 손질·급랭하고, 해녀가 직접 출연하는 라이브 방송으로 판매합니다. HACCP 수산가공 설비를 갖췄으며 홈쇼핑과 일본 수출을 준비 중입니다.',
		industries: ['agrifood', 'retail_commerce'],
		techTags: ['seafood', 'live commerce', 'd2c', '수산가공', 'haccp'],
		stage: 'pre_seed',
		region: 'jeju',
		homeCenter: 'jeju',
		seeking: ['distribution', 'investment'],
		foundedYear: 2023,
		employees: 6
	})
];

export const startups: SeedStartup[] = [
	...gangwon,
	...bitgaram,
	...gwangju,
	...busan,
	...jeonnam,
	...jeonbuk,
	...ulsan,
	...pohang,
	...gyeongbuk,
	...daegu,
	...gyeongnam,
	...incheon,
	...gyeonggi,
	...seoul,
	...daejeon,
	...sejong,
	...chungbuk,
	...chungnam,
	...jeju
];
