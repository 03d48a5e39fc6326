import type { SeedChallenge } from './types';

/*
 * Demo challenges. `teaser` is public; `details` is confidential and deliberately full of specific figures
 * and internal code names, so a leak test can search every page, API response, socket event and search
 * document for them. Figures are invented for the demo.
 */

const M = 1_000_000; // KRW

export const challenges: SeedChallenge[] = [
	{
		slug: 'kepco-ev-smart-charging',
		corporate: 'kepco',
		hostCenter: 'bitgaram',
		title: '공동주택 전기차 충전 부하분산·스마트충전 실증 (EV Smart Charging PoC)',
		teaser:
			'아파트 완속충전기 보급이 늘면서 저녁 시간대 변압기 과부하가 반복되고 있습니다. 배전망 데이터와 연동해 충전 부하를 분산할 스마트충전 솔루션을 찾습니다.',
		details:
			'광주·전남 공동주택 12개 단지(충전기 약 640기)에서 2026년 하반기 6개월간 실증 예정. 변압기 이용률 85% 초과 구간 데이터(15분 단위, 2023~2025)를 제공합니다. 내부 PoC 예산 2억 4천만 원, 실증 성공 시 2027년 전국 200개 단지 확대와 구매 연계를 검토합니다. 내부 과제명 "빛길(BITGIL)".',
		industries: ['energy', 'mobility'],
		techTags: ['ev charging', 'load balancing', 'smart grid', 'demand forecasting', 'ocpp'],
		collaborationTypes: ['poc', 'procurement', 'joint_rnd'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['jeonnam', 'gwangju'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 42,
		budgetBandKrw: [100 * M, 300 * M]
	},
	{
		slug: 'kepco-distribution-drone-inspection',
		corporate: 'kepco',
		hostCenter: 'bitgaram',
		title: '배전설비 드론·AI 자동 점검 솔루션',
		teaser:
			'산간·도서 지역 배전선로의 애자 파손과 과열 접속부를 드론 영상과 AI로 찾아내는 점검 자동화 기술을 모집합니다.',
		details:
			'현행 순시 점검은 선로 1km당 연 2.4회, 인력 약 1,100명이 투입됩니다. 2025년 고장 원인의 31%가 접속부 과열로 확인되어 열화상 기반 탐지 정확도 90% 이상을 목표로 합니다. 전남본부 관내 선로 380km에서 3개월 PoC, 예산 3억 5천만 원. 비공개 고장 이력 데이터 42,000건은 NDA 체결 후 제공합니다.',
		industries: ['energy', 'robotics', 'ai_data'],
		techTags: ['drone', 'thermal imaging', 'computer vision', 'anomaly detection'],
		collaborationTypes: ['poc', 'procurement'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['jeonnam', 'gwangju', 'jeonbuk'],
		confidentiality: 'nda',
		status: 'open',
		closesInDays: 60,
		budgetBandKrw: [150 * M, 500 * M]
	},
	{
		slug: 'kepco-power-data-open',
		corporate: 'kepco',
		hostCenter: 'bitgaram',
		title: '전력 데이터 개방 기반 에너지 효율화 서비스 공모',
		teaser:
			'한전이 보유한 AMI 전력 사용 데이터를 활용해 건물과 소상공인의 에너지 절감 서비스를 만들 스타트업을 모집합니다.',
		details:
			'가명처리된 AMI 데이터(고객 약 30만 호, 15분 단위) 샌드박스 접근을 제공합니다. 선정 5개사에 각 2천만 원 사업화 지원금, 우수 1개사는 에너지신산업 펀드에서 최대 5억 원 투자를 검토합니다. 1차 서류 평가 43개사 중 12개사 발표평가 진행 중.',
		industries: ['energy', 'ai_data', 'proptech'],
		techTags: ['big data', 'demand forecasting', 'smart building', 'bems', 'machine learning'],
		collaborationTypes: ['open_data', 'poc', 'investment'],
		preferredStages: ['pre_seed', 'seed', 'pre_a'],
		regions: ['jeonnam', 'gwangju', 'seoul', 'gyeonggi'],
		confidentiality: 'public',
		status: 'screening',
		closesInDays: -6,
		budgetBandKrw: [20 * M, 100 * M]
	},
	{
		slug: 'autoen-aftermarket-o2o',
		corporate: 'autoen',
		hostCenter: 'gwangju',
		title: '자동차 애프터마켓 O2O 플랫폼 협업 스타트업 모집',
		teaser:
			'정비·세차·용품 장착을 온라인에서 예약하고 오프라인 매장에서 받는 자동차 O2O 서비스를 함께 키울 스타트업을 찾습니다.',
		details:
			'제휴 정비 네트워크 1,800곳과 카드사 제휴 회원 약 120만 명 대상 프로모션 채널을 제공합니다. 2026년 4분기 광주·전남 200개 매장 시범 연동, 거래액 목표 월 15억 원. 우수 기업에는 전략적 투자 최대 10억 원을 검토합니다(내부 승인 전).',
		industries: ['mobility', 'retail_commerce'],
		techTags: ['o2o', 'car maintenance', '자동차 애프터마켓', 'marketplace', 'mobile app'],
		collaborationTypes: ['distribution', 'poc', 'investment'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['gwangju', 'jeonnam', 'seoul'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 35,
		budgetBandKrw: [50 * M, 150 * M]
	},
	{
		slug: 'hyundai-motor-drt-autonomous',
		corporate: 'hyundai-motor',
		hostCenter: 'gwangju',
		title: '수요응답형 모빌리티(DRT)·자율주행 셔틀 서비스 실증',
		teaser:
			'산업단지와 도심 간 출퇴근 수요를 잇는 DRT·자율주행 셔틀 서비스 모델과 핵심 기술을 함께 검증할 파트너를 찾습니다.',
		details:
			'PBV 기반 12인승 차량 6대를 2026년 11월부터 6개월간 빛그린산단 노선에 투입합니다(내부 코드명 MOVE-G). 배차 알고리즘은 평균 대기시간 8분 이하, 차량당 일 탑승 140명을 목표로 합니다. 공동 R&D 예산 6억 원, 라이다 인지 SW는 별도 라이선스 계약을 검토합니다. 차량 CAN 데이터와 운행 로그는 NDA 후 공유.',
		industries: ['mobility', 'ai_data'],
		techTags: ['drt', 'autonomous driving', 'route optimization', 'lidar', 'sensor fusion'],
		collaborationTypes: ['poc', 'joint_rnd', 'licensing'],
		preferredStages: ['pre_a', 'series_a', 'series_b'],
		regions: ['gwangju', 'sejong'],
		confidentiality: 'nda',
		status: 'open',
		closesInDays: 55,
		budgetBandKrw: [200 * M, 800 * M]
	},
	{
		slug: 'hyundai-motor-ev-battery-second-life',
		corporate: 'hyundai-motor',
		hostCenter: 'gwangju',
		title: '사용후 전기차 배터리 재사용(ESS) 사업모델 공동 개발',
		teaser: '초청된 스타트업과 함께 사용후 배터리의 잔존가치(SOH) 진단과 ESS 재사용 사업모델을 설계합니다.',
		details:
			'2025년 회수 예정 사용후 배터리 팩 약 2,300개(초기형 전용 전기차). SOH 진단 오차 ±3% 이내를 요구합니다. 광주 빛그린산단 인근 부지에 1MWh급 재사용 ESS 실증 설비 구축 계획, 총 예산 9억 원. 초청 대상 5개사, 2차 기술실사 진행 중.',
		industries: ['energy', 'mobility', 'environment'],
		techTags: ['second-life battery', 'battery', 'bms', 'soh diagnostics', 'ess'],
		collaborationTypes: ['joint_rnd', 'licensing', 'investment'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['gwangju', 'jeonnam', 'ulsan'],
		confidentiality: 'invite',
		status: 'screening',
		closesInDays: -4,
		budgetBandKrw: [300 * M, 900 * M]
	},
	{
		slug: 'lotte-ai-shelf-analytics',
		corporate: 'lotte-shopping',
		hostCenter: 'busan',
		title: 'AI 매대 재고관리·방문객 분석 솔루션 (Smart Shelf AI)',
		teaser:
			'매대 결품과 진열 오류를 실시간으로 잡아내고, 매장 방문객 동선을 분석해 진열을 바꿀 수 있는 AI 솔루션을 찾습니다.',
		details:
			'내부 PoC 예산 2억 원, 2027년 1분기 시범 적용 매장 30곳(부산·경남권 우선). 현재 결품률 4.7%를 2% 이하로 낮추는 것이 목표이며, 기존 CCTV(점포당 평균 64대) 재활용 가능 여부가 핵심 평가 항목입니다. 개인정보 비식별 처리 필수. 내부 과제명 "SHELF-Z".',
		industries: ['retail_commerce', 'ai_data'],
		techTags: ['computer vision', 'shelf monitoring', 'retail analytics', 'edge ai', 'people counting'],
		collaborationTypes: ['poc', 'procurement', 'joint_rnd'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['busan', 'gyeongnam', 'seoul'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 28,
		budgetBandKrw: [100 * M, 200 * M]
	},
	{
		slug: 'lotte-unmanned-recommerce',
		corporate: 'lotte-shopping',
		hostCenter: 'busan',
		title: '매장 내 무인 중고거래·리커머스 키오스크 협업',
		teaser: '마트 유휴 공간을 활용한 비대면 중고거래·자원순환 서비스를 함께 운영할 스타트업을 모집했습니다.',
		details:
			'부산 4개 점포 1층 고객센터 옆 3.3㎡ 공간을 무상 제공하고, 월 거래 500건 달성 시 10개 점포로 확대합니다. 임대료 대신 거래 수수료 5% 정산 조건. 최종 1개사 선정 완료, 계약 협의 중.',
		industries: ['retail_commerce', 'environment'],
		techTags: ['kiosk', 'recommerce', 'iot', 'unmanned store'],
		collaborationTypes: ['poc', 'distribution'],
		preferredStages: ['pre_seed', 'seed', 'pre_a'],
		regions: ['busan'],
		confidentiality: 'public',
		status: 'closed',
		closesInDays: -21,
		budgetBandKrw: [30 * M, 80 * M]
	},
	{
		slug: 'lotte-pb-eco-packaging',
		corporate: 'lotte-shopping',
		hostCenter: 'busan',
		title: 'PB 신선식품 친환경 포장재 전환',
		teaser: '신선식품 자체 브랜드(PB) 포장재를 생분해·재활용 가능 소재로 바꿀 기술을 찾습니다.',
		details:
			'초안 — 연간 PB 포장재 사용량 약 1,800톤 중 2028년까지 40% 전환 목표. 1차 대상은 트레이·랩 필름 12개 SKU, 단가 상승 허용폭 8% 이내. 예산 미확정.',
		industries: ['environment', 'retail_commerce'],
		techTags: ['biodegradable plastic', 'packaging', 'upcycling', 'lca'],
		collaborationTypes: ['joint_rnd', 'procurement'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['busan', 'jeonnam', 'jeonbuk'],
		confidentiality: 'public',
		status: 'draft',
		closesInDays: 80
	},
	{
		slug: 'gs-jeonnam-seafood-export',
		corporate: 'gs-retail',
		hostCenter: 'jeonnam',
		title: '전남 수산식품 홈쇼핑·글로벌 판로 개척 (GS SHOP × 전남)',
		teaser:
			'전남의 전복·김·해조류 등 수산식품을 홈쇼핑 방송과 해외 온라인몰에 함께 선보일 스타트업을 찾습니다.',
		details:
			'2026년 추석 시즌 GS SHOP 특별 편성 3회(회당 목표 매출 2억 원)를 확보했습니다. 미국·싱가포르 온라인몰 입점 수수료 50% 지원. 품평상담회 통과 기준은 HACCP 인증과 월 생산능력 5톤 이상. 상세 MD 수수료율(28%)은 비공개.',
		industries: ['agrifood', 'retail_commerce'],
		techTags: ['seafood', '수산가공', 'export', 'live commerce', 'haccp', 'cold chain'],
		collaborationTypes: ['distribution', 'investment'],
		preferredStages: ['pre_seed', 'seed', 'pre_a'],
		regions: ['jeonnam', 'jeju'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 30,
		budgetBandKrw: [20 * M, 100 * M]
	},
	{
		slug: 'gs-quick-commerce-lastmile',
		corporate: 'gs-retail',
		hostCenter: 'seoul',
		title: '도심 퀵커머스 라스트마일 배송 최적화',
		teaser: '주문 후 30분 안에 배송하기 위한 배차·경로 최적화와 수요예측 기술을 모집합니다.',
		details:
			'서울 동남권 18개 점포의 퀵커머스 주문(일 평균 3,400건) 데이터로 8주 PoC. 현재 평균 배송시간 41분, 라이더당 시간당 2.1건이며 목표는 32분·2.8건. PoC 예산 1억 2천만 원.',
		industries: ['logistics', 'retail_commerce', 'ai_data'],
		techTags: ['last mile', 'route optimization', 'demand forecasting', 'dark store'],
		collaborationTypes: ['poc', 'procurement'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['seoul', 'gyeonggi'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 21,
		budgetBandKrw: [80 * M, 250 * M]
	},
	{
		slug: 'gs-jeonbuk-live-commerce',
		corporate: 'gs-retail',
		hostCenter: 'jeonbuk',
		title: '전북 농특산물 라이브커머스 상품화',
		teaser: '전북 농특산물을 라이브커머스로 소개할 로컬 브랜드와 콘텐츠 스타트업을 모집했습니다.',
		details:
			'선정 8개 브랜드에 방송 제작비 각 500만 원 지원, 총 10회 방송. 누적 거래액 3억 1천만 원(목표 대비 124%). 후속 정규 편성 2개 브랜드 확정.',
		industries: ['agrifood', 'retail_commerce'],
		techTags: ['live commerce', '농산물 유통', 'd2c', 'influencer marketing'],
		collaborationTypes: ['distribution'],
		preferredStages: ['idea', 'pre_seed', 'seed'],
		regions: ['jeonbuk', 'jeonnam'],
		confidentiality: 'public',
		status: 'closed',
		closesInDays: -28,
		budgetBandKrw: [10 * M, 50 * M]
	},
	{
		slug: 'kt-smart-x-lab',
		corporate: 'kt',
		hostCenter: 'incheon',
		title: 'SMART-X LAB: 5G·MEC 기반 AI 솔루션 공동 사업화',
		teaser:
			'5G·MEC 인프라 위에서 동작하는 AI 영상분석·IoT 솔루션을 함께 사업화하고 B2B 플랫폼에 탑재합니다.',
		details:
			'지금까지 54개사를 발굴해 19개사와 협업 중입니다. 올해 선발 8개사에 MEC 테스트베드(송도·판교) 6개월 무상 제공, 과제당 최대 3천만 원. 플랫폼 탑재 시 기업고객 영업 채널(B2B 영업 인력 약 2,000명)을 연계합니다. 내부 목표: 연 매출 30억 원 이상 공동 상품 2건.',
		industries: ['ai_data', 'smart_manufacturing'],
		techTags: ['5g', 'edge computing', 'edge ai', 'computer vision', 'iot'],
		collaborationTypes: ['poc', 'distribution', 'joint_rnd'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['incheon', 'gyeonggi', 'seoul'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 50,
		budgetBandKrw: [30 * M, 300 * M]
	},
	{
		slug: 'kt-ai-contact-center',
		corporate: 'kt',
		hostCenter: 'gyeonggi',
		title: 'AI 컨택센터: LLM 상담 자동화·상담 품질 분석',
		teaser: '고객센터 통화를 실시간으로 이해하고 상담사를 돕는 한국어 LLM·음성 AI 기술을 찾습니다.',
		details:
			'고객센터 월 통화량 약 1,100만 건 중 단순 문의 38%를 자동 응대로 전환하는 것이 목표입니다. 금융권 고객사 2곳(사명 비공개)과 공동 실증 예정. 온프레미스 구축 필수, 개인정보 마스킹 정확도 99.5% 이상. 예산 5억 원, 2차 기술평가 대상 6개사.',
		industries: ['ai_data', 'fintech'],
		techTags: ['llm', 'speech recognition', 'stt', 'chatbot', 'nlp'],
		collaborationTypes: ['poc', 'licensing', 'procurement'],
		preferredStages: ['pre_a', 'series_a', 'series_b'],
		regions: ['gyeonggi', 'seoul', 'incheon'],
		confidentiality: 'nda',
		status: 'screening',
		closesInDays: -9,
		budgetBandKrw: [200 * M, 500 * M]
	},
	{
		slug: 'kt-sejong-smart-city',
		corporate: 'kt',
		hostCenter: 'sejong',
		title: '세종 스마트시티 교통·안전 데이터 서비스 실증',
		teaser: '스마트시티 국가 시범도시의 교통·안전 데이터를 활용한 서비스를 함께 실증할 스타트업을 모집합니다.',
		details:
			'교차로 42곳의 영상·신호 데이터와 도시 통합 플랫폼 API를 제공합니다. 실증 기간 2026년 9월~2027년 2월, 과제당 최대 1억 원. 시 교통정책 부서와 공동 평가하며, 우수 과제는 2027년 본사업(약 18억 원) 입찰 참여 자격을 얻습니다.',
		industries: ['proptech', 'mobility', 'ai_data'],
		techTags: ['smart city', 'digital twin', 'traffic optimization', 'iot', 'computer vision'],
		collaborationTypes: ['poc', 'open_data'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['sejong', 'daejeon', 'chungbuk'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 64,
		budgetBandKrw: [50 * M, 100 * M]
	},
	{
		slug: 'kt-ai-tutor-edutech',
		corporate: 'kt',
		hostCenter: 'daegu',
		title: 'AI 튜터·디지털교과서 연계 에듀테크 협업',
		teaser: '초·중등 학습자의 수준을 진단하고 맞춤형 문제를 내주는 AI 튜터 서비스를 교육 플랫폼과 함께 만듭니다.',
		details:
			'대구·경기 시범학교 24개교(학생 약 9,600명)에서 2학기에 적용합니다. 학습 로그 데이터를 공유하고, 클라우드 보안 인증(CSAP) 취득 비용 일부를 지원합니다. 연간 라이선스 구매 예산 1억 8천만 원 책정.',
		industries: ['edutech', 'ai_data'],
		techTags: ['ai tutor', 'llm', 'adaptive learning', 'lms'],
		collaborationTypes: ['distribution', 'poc', 'investment'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['daegu', 'gyeonggi', 'seoul'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 38,
		budgetBandKrw: [50 * M, 180 * M]
	},
	{
		slug: 'naver-gangwon-bigdata-tourism',
		corporate: 'naver',
		hostCenter: 'gangwon',
		title: '빅데이터 기반 강원 관광·소상공인 상생 서비스',
		teaser:
			'검색·지도 빅데이터를 활용해 강원을 찾는 관광객과 지역 소상공인을 연결하는 서비스를 찾습니다.',
		details:
			'강원 18개 시군 관광지 검색량·리뷰 데이터(2019~2025) 분석 환경을 제공합니다. 춘천·강릉·속초 소상공인 1,200곳과 연계 실증. 과제당 최대 5천만 원과 클라우드 크레딧 3천만 원.',
		industries: ['tourism', 'ai_data', 'retail_commerce'],
		techTags: ['big data', 'recommendation', 'travel platform', 'local commerce', '상권분석'],
		collaborationTypes: ['open_data', 'distribution', 'poc'],
		preferredStages: ['pre_seed', 'seed', 'pre_a'],
		regions: ['gangwon'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 45,
		budgetBandKrw: [30 * M, 80 * M]
	},
	{
		slug: 'naver-wonju-digital-healthcare',
		corporate: 'naver',
		hostCenter: 'gangwon',
		title: '원주 디지털헬스케어 클러스터: 클라우드 기반 원격 모니터링 서비스',
		teaser:
			'원주 의료기기 클러스터 기업과 함께 연속혈당·심전도 등 웨어러블 데이터를 클라우드에서 분석하는 원격 모니터링 서비스를 만듭니다.',
		details:
			'원주의료기기테크노타워 입주사를 우선 선발합니다. 원주 소재 상급병원 2곳과 연계한 임상 PoC(환자 300명, 12주). 헬스케어 전용 클라우드 리전을 활용하고 의료데이터 비식별 가이드를 준수해야 합니다. 과제 예산 4억 원, 2027년 디지털헬스케어 규제자유특구 실증과 연계.',
		industries: ['digital_healthcare', 'ai_data'],
		techTags: ['remote monitoring', 'cgm', '연속혈당측정', 'wearable', 'ecg', 'samd'],
		collaborationTypes: ['poc', 'joint_rnd', 'investment'],
		preferredStages: ['seed', 'pre_a', 'series_a', 'series_b'],
		regions: ['gangwon'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 70,
		budgetBandKrw: [100 * M, 400 * M]
	},
	{
		slug: 'celltrion-bioprocess-ai',
		corporate: 'celltrion',
		hostCenter: 'incheon',
		title: '바이오의약품 배양공정 데이터 AI 최적화',
		teaser: '세포배양 공정 데이터를 분석해 수율과 배치 편차를 개선할 AI·디지털트윈 기술을 찾습니다.',
		details:
			'15,000L 배양기 4기의 3년치 공정 데이터(배치 약 420건)를 제공합니다. 역가(titer) 5% 향상, 배치 실패율 1% 이하가 목표입니다. 공동 R&D 예산 8억 원, 결과물 IP는 공동 소유 원칙(협의). 데이터는 사내 보안 구역에서만 열람할 수 있습니다.',
		industries: ['bio', 'ai_data', 'smart_manufacturing'],
		techTags: ['bioprocess', 'digital twin', 'machine learning', 'process analytics', 'lab automation'],
		collaborationTypes: ['joint_rnd', 'poc', 'licensing'],
		preferredStages: ['seed', 'pre_a', 'series_a', 'series_b'],
		regions: ['incheon', 'chungbuk', 'gyeonggi'],
		confidentiality: 'nda',
		status: 'open',
		closesInDays: 48,
		budgetBandKrw: [300 * M, 800 * M]
	},
	{
		slug: 'posco-predictive-maintenance',
		corporate: 'posco',
		hostCenter: 'pohang',
		title: '제철 설비 AI 예지보전(Predictive Maintenance) 실증',
		teaser:
			'압연·연주 설비의 진동·전류 데이터를 분석해 고장을 미리 알려주는 AI 예지보전 기술을 제철소 현장에서 검증합니다.',
		details:
			'열연공장 모터·감속기 86대에 센서를 설치해 4개월 PoC를 진행합니다. 2024년 비계획 정지 손실 약 72억 원, 30% 절감이 목표입니다. PoC 예산 2억 8천만 원, 성공 시 광양 확산(설비 약 900대) 구매 연계와 벤처펀드 투자를 검토합니다.',
		industries: ['smart_manufacturing', 'ai_data'],
		techTags: ['predictive maintenance', '예지보전', 'vibration sensor', 'digital twin', 'anomaly detection'],
		collaborationTypes: ['poc', 'procurement', 'investment'],
		preferredStages: ['seed', 'pre_a', 'series_a', 'series_b'],
		regions: ['gyeongbuk', 'gyeongnam', 'ulsan'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 40,
		budgetBandKrw: [100 * M, 300 * M]
	},
	{
		slug: 'posco-hydrogen-carbon',
		corporate: 'posco',
		hostCenter: 'pohang',
		title: '수소환원제철·탄소저감 기술 협력 (초청)',
		teaser: '탄소중립 제철을 위한 수소·탄소포집·탄소회계 기술을 가진 스타트업을 초청해 공동 연구 과제를 기획합니다.',
		details:
			'HyREX 데모플랜트 연계 과제 3건을 기획합니다(2026~2028). 과제당 연 5억 원 내외, 기술연구원 공동 연구원 파견. CBAM 대응 제품 탄소발자국(PCF) 산정 자동화는 2027년 EU 수출 물량 약 280만 톤이 대상입니다.',
		industries: ['environment', 'energy'],
		techTags: ['hydrogen', 'ccus', 'carbon capture', 'carbon accounting', 'process simulation'],
		collaborationTypes: ['joint_rnd', 'investment', 'licensing'],
		preferredStages: ['pre_seed', 'seed', 'pre_a', 'series_a'],
		regions: ['gyeongbuk', 'chungnam', 'jeonnam'],
		confidentiality: 'invite',
		status: 'open',
		closesInDays: 75,
		budgetBandKrw: [500 * M, 2_000 * M]
	},
	{
		slug: 'hd-hhi-autonomous-ship',
		corporate: 'hd-hyundai-heavy',
		hostCenter: 'ulsan',
		title: '친환경 자율운항 선박 핵심기술 (Autonomous Ship Tech)',
		teaser:
			'충돌회피, 접·이안 자동화, 선박 에너지 최적화 등 자율운항 선박 기술을 실선에서 함께 검증할 스타트업을 찾습니다.',
		details:
			'2026년 인도 예정 LNG 운반선 2척에 시험 탑재합니다(선주사 동의 완료). 카메라·레이더 융합 인지 정확도 야간 95% 이상을 요구합니다. 공동 R&D 5억 원, 실선 시험비 별도. 선형·엔진 데이터는 NDA 후 제공.',
		industries: ['marine_shipbuilding', 'ai_data'],
		techTags: ['autonomous ship', 'sensor fusion', 'computer vision', 'radar', 'lidar', 'lng'],
		collaborationTypes: ['joint_rnd', 'poc'],
		preferredStages: ['pre_a', 'series_a', 'series_b'],
		regions: ['ulsan', 'busan', 'gyeongnam'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 58,
		budgetBandKrw: [200 * M, 700 * M]
	},
	{
		slug: 'hd-hhi-welding-robot',
		corporate: 'hd-hyundai-heavy',
		hostCenter: 'ulsan',
		title: '조선소 블록 용접 자동화 로봇',
		teaser: '협소한 이중선체 블록 내부 용접을 자동화할 이동형 협동로봇 기술을 모집합니다.',
		details:
			'용접 인력 부족률 18%(2025), 외국인 근로자 비중 40% 초과. 블록 조립장에서 협동로봇 4대로 3개월 시범 운영하며, 용접 품질 합격률 98% 이상을 요구합니다. 예산 3억 원, 2027년 20대 추가 구매 검토.',
		industries: ['robotics', 'marine_shipbuilding', 'smart_manufacturing'],
		techTags: ['welding', 'cobot', 'computer vision', '3d scanning'],
		collaborationTypes: ['poc', 'procurement'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['ulsan', 'busan', 'gyeongnam'],
		confidentiality: 'nda',
		status: 'screening',
		closesInDays: -3,
		budgetBandKrw: [150 * M, 300 * M]
	},
	{
		slug: 'bnk-alternative-credit',
		corporate: 'bnk-busan-bank',
		hostCenter: 'busan',
		title: '소상공인 대안신용평가 모델 공동 개발',
		teaser: '매출·정산·상권 데이터로 금융이력이 부족한 동남권 소상공인의 신용을 평가하는 모델을 함께 만듭니다.',
		details:
			'부산·경남 개인사업자 대출 고객 약 6만 명의 가명 데이터로 모델을 검증합니다. 기존 CB 대비 지니계수 8%p 이상 개선 시 2027년 비대면 대출 상품에 적용. 개발비 2억 원, 계열 벤처캐피털 후속 투자 검토.',
		industries: ['fintech', 'ai_data'],
		techTags: ['alternative credit scoring', 'mydata', 'machine learning', 'open banking', 'payments'],
		collaborationTypes: ['joint_rnd', 'poc', 'investment'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['busan', 'gyeongnam', 'ulsan'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 33,
		budgetBandKrw: [100 * M, 200 * M]
	},
	{
		slug: 'bnk-security-token',
		corporate: 'bnk-busan-bank',
		hostCenter: 'busan',
		title: '토큰증권(STO) 발행·유통 인프라 협업',
		teaser: '블록체인 규제자유특구와 연계한 토큰증권 발행·수탁 인프라 협력사를 찾습니다.',
		details:
			'초안 — 부동산·선박 조각투자 2개 상품 파일럿, 발행 규모 각 30억 원 내외. 법무 검토와 혁신금융서비스 신청 일정은 미정.',
		industries: ['fintech', 'security'],
		techTags: ['blockchain', 'sto', 'custody', 'regtech'],
		collaborationTypes: ['joint_rnd', 'investment'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['busan', 'seoul'],
		confidentiality: 'public',
		status: 'draft',
		closesInDays: 85
	},
	{
		slug: 'cj-future-protein',
		corporate: 'cj-cheiljedang',
		hostCenter: 'seoul',
		title: '대체단백·발효 소재 공동 R&D (Future Protein)',
		teaser:
			'식감과 맛을 개선한 식물성·균사체·정밀발효 단백 소재를 함께 개발하고 글로벌 제품에 적용할 파트너를 찾습니다.',
		details:
			'2027년 미국 출시 예정 냉동 만두 라인(내부명 PLANT-M)의 단백 소재 20% 대체가 목표입니다. 원가 kg당 6,000원 이하, 단백질 함량 60% 이상. 공동 R&D 5억 원, 진천 파일럿 설비 활용.',
		industries: ['agrifood', 'bio'],
		techTags: ['alternative protein', 'fermentation', 'mycelium', 'functional food'],
		collaborationTypes: ['joint_rnd', 'licensing', 'investment'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['seoul', 'gyeonggi', 'jeonbuk', 'chungbuk'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 52,
		budgetBandKrw: [200 * M, 500 * M]
	},
	{
		slug: 'cj-smartfarm-sourcing',
		corporate: 'cj-cheiljedang',
		hostCenter: 'jeonbuk',
		title: '스마트팜 데이터 기반 원료 농산물 계약재배',
		teaser: '가공용 원료 농산물을 스마트팜 데이터 기반 계약재배로 안정적으로 조달할 파트너를 모집했습니다.',
		details:
			'고추·마늘 계약재배 면적 120ha, 수확량 예측 오차 10% 이내가 목표입니다. 선정 3개사와 2026 작기 실증을 진행하며, 조달 단가 3% 절감이 확인되면 연 40억 원 규모로 물량을 늘립니다.',
		industries: ['agrifood', 'ai_data'],
		techTags: ['smart farm', '스마트팜', 'iot', 'demand forecasting', 'traceability'],
		collaborationTypes: ['procurement', 'poc'],
		preferredStages: ['pre_seed', 'seed', 'pre_a'],
		regions: ['jeonbuk', 'jeonnam', 'chungnam', 'gyeongbuk'],
		confidentiality: 'public',
		status: 'closed',
		closesInDays: -17,
		budgetBandKrw: [50 * M, 200 * M]
	},
	{
		slug: 'doosan-ndt-ai',
		corporate: 'doosan-enerbility',
		hostCenter: 'gyeongnam',
		title: '발전설비 비파괴검사(NDT) AI 자동판독',
		teaser: '터빈·보일러 용접부의 초음파·방사선 검사 결과를 AI로 판독해 검사 시간을 줄일 기술을 찾습니다.',
		details:
			'연간 검사 영상 약 18만 장, 판독 인력 27명. 결함 검출 재현율 99% 이상(미검출 0건 원칙), 판독 시간 50% 단축이 목표입니다. SMR 주기기 검사에 적용하려면 원자력 규제 대응이 필요합니다. 예산 3억 2천만 원.',
		industries: ['energy', 'smart_manufacturing', 'ai_data'],
		techTags: ['ndt', 'ultrasonic testing', 'defect detection', 'machine learning', 'x-ray'],
		collaborationTypes: ['poc', 'licensing', 'procurement'],
		preferredStages: ['pre_a', 'series_a', 'series_b'],
		regions: ['gyeongnam', 'busan', 'daejeon'],
		confidentiality: 'nda',
		status: 'open',
		closesInDays: 44,
		budgetBandKrw: [150 * M, 320 * M]
	},
	{
		slug: 'doosan-metal-3d-printing',
		corporate: 'doosan-enerbility',
		hostCenter: 'gyeongnam',
		title: '가스터빈 부품 금속 3D프린팅 보수·제작 (초청)',
		teaser: '초청 기업과 함께 가스터빈 고온부품의 금속 적층 보수·제조 기술을 검증합니다.',
		details:
			'380MW급 가스터빈 블레이드·베인 보수 수요는 연 1,400개이며 해외 OEM 의존도가 90%입니다. DED 보수 부품의 인장강도는 모재 대비 95% 이상이어야 합니다. 2단계 공동개발 10억 원, 성공 시 5년 장기공급계약 검토.',
		industries: ['smart_manufacturing', 'aerospace_defense', 'energy'],
		techTags: ['3d printing', 'metal additive', 'ded', 'repair'],
		collaborationTypes: ['joint_rnd', 'procurement', 'licensing'],
		preferredStages: ['pre_a', 'series_a', 'series_b'],
		regions: ['gyeongnam', 'daejeon', 'gyeongbuk'],
		confidentiality: 'invite',
		status: 'open',
		closesInDays: 66,
		budgetBandKrw: [300 * M, 1_000 * M]
	},
	{
		slug: 'kakao-jeju-maas',
		corporate: 'kakao',
		hostCenter: 'jeju',
		title: '제주 관광 통합 모빌리티(MaaS)·로컬 커머스',
		teaser: '버스·전기렌터카·공유자전거와 로컬 상점을 하나의 여정으로 묶는 제주형 MaaS 서비스를 찾습니다.',
		details:
			'제주 지역 모빌리티·지도 이용 데이터(월 활성 약 90만 명)를 제한적 API로 제공합니다. 2026년 성수기(7~8월) 4주 실증, 렌터카 없는 여행 비율 12%→20%가 목표입니다. 과제 예산 1억 5천만 원.',
		industries: ['tourism', 'mobility'],
		techTags: ['maas', 'travel platform', 'ev sharing', 'route optimization', 'local commerce'],
		collaborationTypes: ['poc', 'distribution', 'open_data'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['jeju'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 26,
		budgetBandKrw: [50 * M, 150 * M]
	},
	{
		slug: 'kakao-jeju-marine-debris',
		corporate: 'kakao',
		hostCenter: 'jeju',
		title: '제주 해양쓰레기 수거·업사이클링 데이터 플랫폼',
		teaser: '드론·AI로 해안 쓰레기 분포를 파악하고 수거물을 업사이클링 상품으로 만드는 모델을 모집합니다.',
		details:
			'제주 해안 253km 중 취약구간 40km가 대상입니다. 연간 수거량 약 2만 톤 중 재활용률은 17%. 선정 3개사에 각 2천만 원과 커머스 입점을 연계합니다. 서류 통과 9개사 현장 평가 중.',
		industries: ['environment', 'tourism'],
		techTags: ['marine debris', '해양쓰레기', 'upcycling', 'drone', 'computer vision'],
		collaborationTypes: ['poc', 'distribution'],
		preferredStages: ['idea', 'pre_seed', 'seed'],
		regions: ['jeju', 'jeonnam'],
		confidentiality: 'public',
		status: 'screening',
		closesInDays: -5,
		budgetBandKrw: [20 * M, 60 * M]
	},
	{
		slug: 'hanwha-space-components',
		corporate: 'hanwha-aerospace',
		hostCenter: 'daejeon',
		title: '위성·발사체 핵심 부품 국산화 공동개발',
		teaser: '소형 위성 버스와 발사체 부품의 국산화를 함께할 우주 스타트업을 찾습니다.',
		details:
			'2027년 발사 예정 500kg급 위성 3기의 자세제어·전력 부품 국산화율을 60%에서 85%로 높이는 것이 목표입니다. 부품별 단가 목표와 우주 인증(TRL 6) 일정을 공유합니다. 과제당 최대 4억 원, 양산 시 3년 구매 계약.',
		industries: ['aerospace_defense', 'smart_manufacturing'],
		techTags: ['satellite', 'cubesat', 'avionics', 'propulsion', 'composite materials'],
		collaborationTypes: ['joint_rnd', 'procurement'],
		preferredStages: ['pre_a', 'series_a', 'series_b'],
		regions: ['daejeon', 'chungnam', 'gyeongnam'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 88,
		budgetBandKrw: [300 * M, 400 * M]
	},
	{
		slug: 'hanwha-counter-drone',
		corporate: 'hanwha-aerospace',
		hostCenter: 'chungnam',
		title: '대드론(Counter-UAS) 탐지·식별 기술',
		teaser: '주요 시설을 위협하는 소형 드론을 조기에 탐지·식별하는 레이더·영상·RF 융합 기술을 찾습니다.',
		details:
			'탐지 거리 3km, 오경보 시간당 0.1회 이하를 요구합니다. 충남 소재 국가중요시설 2곳과 실증 협의 중(시설명 비공개). 공동개발 5억 원, 신속시범사업 연계 검토.',
		industries: ['aerospace_defense', 'security'],
		techTags: ['counter-drone', 'radar', 'drone', 'signal processing', 'computer vision'],
		collaborationTypes: ['joint_rnd', 'poc'],
		preferredStages: ['seed', 'pre_a', 'series_a'],
		regions: ['chungnam', 'daejeon', 'gyeongnam'],
		confidentiality: 'nda',
		status: 'open',
		closesInDays: 50,
		budgetBandKrw: [200 * M, 500 * M]
	},
	{
		slug: 'lges-battery-inspection-safety',
		corporate: 'lg-energy-solution',
		hostCenter: 'chungbuk',
		title: '배터리 셀 불량 검사 AI·ESS 열폭주 조기 감지',
		teaser:
			'셀 공정의 미세 불량을 AI로 검사하고, ESS 현장에서 열폭주 징후를 조기에 감지하는 기술을 찾습니다.',
		details:
			'파우치 셀 라인 2개에서 X-ray·비전 검사 이미지가 하루 약 120만 장 발생하며, 과검률 6%를 2% 이하로 낮추는 것이 목표입니다. ESS 화재 조기감지는 국내 사이트 14곳의 BMS 로그로 검증합니다. PoC 예산 분야별 1억 5천만 원.',
		industries: ['energy', 'smart_manufacturing', 'ai_data'],
		techTags: ['battery', 'machine vision', 'x-ray', 'defect detection', 'thermal runaway detection', 'bms'],
		collaborationTypes: ['poc', 'procurement', 'joint_rnd'],
		preferredStages: ['seed', 'pre_a', 'series_a', 'series_b'],
		regions: ['chungbuk', 'daejeon', 'sejong', 'chungnam'],
		confidentiality: 'public',
		status: 'open',
		closesInDays: 36,
		budgetBandKrw: [150 * M, 300 * M]
	}
];
