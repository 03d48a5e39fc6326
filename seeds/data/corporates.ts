import type { SeedCorporate } from './types';

/**
 * Corporate partners in the spirit of the centers' anchor companies. Names are real; focus areas and
 * descriptions are demo text written for this seed, not statements by the companies.
 */
export const corporates: SeedCorporate[] = [
	{
		slug: 'kepco',
		name: '한국전력공사',
		nameEn: 'KEPCO',
		region: 'jeonnam',
		industries: ['energy', 'mobility', 'ai_data'],
		focusAreas: {
			ko: '전기차 충전 인프라, 스마트그리드, 배전설비 점검 자동화, 전력 데이터 개방',
			en: 'EV charging infrastructure, smart grid, automated inspection of distribution assets, open power data'
		},
		description: {
			ko: '나주 에너지밸리에 본사를 둔 전력 공기업으로, 빛가람혁신센터와 함께 에너지 신산업 스타트업과의 협업을 추진합니다.',
			en: 'The national power utility, headquartered in Naju’s Energy Valley, partnering with the Bitgaram center on new-energy startups.'
		},
		website: 'https://home.kepco.co.kr'
	},
	{
		slug: 'hyundai-motor',
		name: '현대자동차',
		nameEn: 'Hyundai Motor Company',
		region: 'seoul',
		industries: ['mobility', 'energy', 'ai_data'],
		focusAreas: {
			ko: 'PBV·수요응답형 모빌리티, 자율주행 센서, 사용후 배터리 재사용, 수소 모빌리티',
			en: 'PBV and demand-responsive mobility, autonomous-driving sensors, second-life batteries, hydrogen mobility'
		},
		description: {
			ko: '광주창조경제혁신센터의 전담 기업으로 미래차 스타트업 발굴과 실증을 지원합니다.',
			en: 'Anchor partner of the Gwangju center, scouting and piloting future-mobility startups.'
		},
		website: 'https://www.hyundai.com'
	},
	{
		slug: 'autoen',
		name: '오토앤',
		nameEn: 'AutoEn',
		region: 'seoul',
		industries: ['mobility', 'retail_commerce'],
		focusAreas: {
			ko: '자동차 애프터마켓, 정비·용품 O2O, 차량 관리 구독 서비스',
			en: 'Automotive aftermarket, maintenance and accessories O2O, car-care subscriptions'
		},
		description: {
			ko: '자동차 애프터마켓 전문기업으로, 광주혁신센터와 협약해 관련 스타트업의 판로 확대와 대기업 연계를 지원합니다.',
			en: 'An automotive aftermarket company that partners with the Gwangju center to open sales channels and corporate links for aftermarket startups.'
		}
	},
	{
		slug: 'lotte-shopping',
		name: '롯데쇼핑',
		nameEn: 'Lotte Shopping',
		region: 'busan',
		industries: ['retail_commerce', 'ai_data', 'environment'],
		focusAreas: {
			ko: '매장 AI(재고·결품·방문객 분석), 무인·비대면 리테일, 친환경 포장, 리커머스',
			en: 'In-store AI (stock, out-of-shelf, footfall analytics), unmanned retail, sustainable packaging, recommerce'
		},
		description: {
			ko: '롯데마트·롯데백화점을 운영하며 부산혁신센터와 함께 리테일 테크 스타트업의 매장 실증을 지원합니다.',
			en: 'Operator of Lotte Mart and Lotte Department Store, hosting retail-tech pilots with the Busan center.'
		},
		website: 'https://www.lotteshopping.com'
	},
	{
		slug: 'gs-retail',
		name: 'GS리테일',
		nameEn: 'GS Retail',
		region: 'seoul',
		industries: ['retail_commerce', 'agrifood', 'logistics'],
		focusAreas: {
			ko: 'GS샵 홈쇼핑·라이브커머스 입점, 지역 특산물·수산식품 상품화, 퀵커머스 라스트마일',
			en: 'GS SHOP home-shopping and live-commerce listings, regional specialty and seafood products, quick-commerce last mile'
		},
		description: {
			ko: 'GS25·GS더프레시·GS샵을 운영하며 전남혁신센터와 지역 특산물 산업 육성 프로그램을 함께 진행합니다.',
			en: 'Runs GS25, GS THE FRESH and GS SHOP, and co-runs the regional specialty-products program with the Jeonnam center.'
		},
		website: 'https://www.gsretail.com'
	},
	{
		slug: 'kt',
		name: 'KT',
		nameEn: 'KT Corporation',
		region: 'gyeonggi',
		industries: ['ai_data', 'proptech', 'edutech'],
		focusAreas: {
			ko: '5G·MEC 기반 B2B 서비스, AI 컨택센터, 스마트시티, AI 교육',
			en: '5G and MEC-based B2B services, AI contact centers, smart cities, AI in education'
		},
		description: {
			ko: '경기·인천혁신센터의 파트너로 SMART-X LAB 등 상시 협업 프로그램을 운영하며 스타트업 솔루션의 플랫폼 탑재를 지원합니다.',
			en: 'Partner of the Gyeonggi and Incheon centers, running standing programs such as SMART-X LAB and putting startup solutions on KT platforms.'
		},
		website: 'https://corp.kt.com'
	},
	{
		slug: 'naver',
		name: '네이버',
		nameEn: 'NAVER',
		region: 'gyeonggi',
		industries: ['ai_data', 'digital_healthcare', 'tourism'],
		focusAreas: {
			ko: '빅데이터 분석·시각화, 클라우드 헬스케어, 로컬 관광·소상공인 디지털 전환',
			en: 'Big-data analytics and visualization, cloud healthcare, local tourism and small-merchant digitalization'
		},
		description: {
			ko: '강원창조경제혁신센터의 전담 기업으로 빅데이터 랩과 크라우드 소싱 플랫폼을 통해 데이터 기반 창업을 지원합니다.',
			en: 'Anchor partner of the Gangwon center, supporting data-driven startups through its big-data lab and crowdsourcing platform.'
		},
		website: 'https://www.navercorp.com'
	},
	{
		slug: 'posco',
		name: '포스코',
		nameEn: 'POSCO',
		region: 'gyeongbuk',
		industries: ['smart_manufacturing', 'environment', 'energy'],
		focusAreas: {
			ko: '제철 공정 AI·예지보전, 수소환원제철, 탄소 배출 측정, 이차전지 소재',
			en: 'Steelmaking AI and predictive maintenance, hydrogen-reduction steelmaking, carbon measurement, battery materials'
		},
		description: {
			ko: '포항창조경제혁신센터의 전담 기업으로 제철소 현장 실증과 벤처펀드 투자를 연계합니다.',
			en: 'Anchor partner of the Pohang center, pairing trials at its steelworks with venture-fund investment.'
		},
		website: 'https://www.posco.co.kr'
	},
	{
		slug: 'hd-hyundai-heavy',
		name: 'HD현대중공업',
		nameEn: 'HD Hyundai Heavy Industries',
		region: 'ulsan',
		industries: ['marine_shipbuilding', 'robotics', 'smart_manufacturing'],
		focusAreas: {
			ko: '친환경·자율운항 선박, 조선소 용접 자동화, 스마트 야드',
			en: 'Eco-friendly and autonomous ships, shipyard welding automation, smart yard'
		},
		description: {
			ko: '울산창조경제혁신센터의 전담 기업으로 조선해양 분야 스타트업의 실증과 기술 협력을 지원합니다.',
			en: 'Anchor partner of the Ulsan center, supporting trials and technical collaboration with marine and shipbuilding startups.'
		},
		website: 'https://www.hhi.co.kr'
	},
	{
		slug: 'bnk-busan-bank',
		name: 'BNK부산은행',
		nameEn: 'BNK Busan Bank',
		region: 'busan',
		industries: ['fintech', 'security'],
		focusAreas: {
			ko: '소상공인 대안신용평가, 이상거래·보이스피싱 탐지, 디지털 자산',
			en: 'Alternative credit scoring for small merchants, fraud and voice-phishing detection, digital assets'
		},
		description: {
			ko: '부산 지역 대표 은행으로 지역 핀테크 스타트업과의 협업 및 투자를 확대하고 있습니다.',
			en: 'Busan’s leading regional bank, expanding collaboration with and investment in local fintech startups.'
		},
		website: 'https://www.busanbank.co.kr'
	},
	{
		slug: 'celltrion',
		name: '셀트리온',
		nameEn: 'Celltrion',
		region: 'incheon',
		industries: ['bio', 'ai_data', 'smart_manufacturing'],
		focusAreas: {
			ko: '바이오의약품 생산공정 디지털화, QC 자동화, 공정 데이터 AI',
			en: 'Digital biomanufacturing, QC automation, AI on process data'
		},
		description: {
			ko: '송도에 생산시설을 둔 바이오의약품 기업으로 공정 혁신 기술을 가진 스타트업과의 공동 개발을 모색합니다.',
			en: 'A biopharmaceutical company with plants in Songdo, looking for startups to co-develop process innovations.'
		},
		website: 'https://www.celltrion.com'
	},
	{
		slug: 'cj-cheiljedang',
		name: 'CJ제일제당',
		nameEn: 'CJ CheilJedang',
		region: 'seoul',
		industries: ['agrifood', 'bio', 'environment'],
		focusAreas: {
			ko: '대체단백·발효 소재, 식품 부산물 업사이클링, 스마트팜 원료 조달',
			en: 'Alternative protein and fermentation ingredients, food by-product upcycling, smart-farm sourcing'
		},
		description: {
			ko: '서울창조경제혁신센터의 전담 기업으로 푸드테크 스타트업과의 공동 R&D와 상품화를 추진합니다.',
			en: 'Anchor partner of the Seoul center, pursuing joint R&D and product launches with food-tech startups.'
		},
		website: 'https://www.cj.co.kr'
	},
	{
		slug: 'doosan-enerbility',
		name: '두산에너빌리티',
		nameEn: 'Doosan Enerbility',
		region: 'gyeongnam',
		industries: ['energy', 'smart_manufacturing', 'aerospace_defense'],
		focusAreas: {
			ko: '발전설비 비파괴검사 AI, 가스터빈 부품 금속 3D프린팅, 풍력·SMR 공급망',
			en: 'AI for non-destructive testing of power equipment, metal 3D printing of gas-turbine parts, wind and SMR supply chain'
		},
		description: {
			ko: '창원에 본사를 둔 발전설비 기업으로 경남혁신센터와 함께 제조 혁신 스타트업을 발굴합니다.',
			en: 'A power-equipment maker headquartered in Changwon, scouting manufacturing-innovation startups with the Gyeongnam center.'
		},
		website: 'https://www.doosanenerbility.com'
	},
	{
		slug: 'kakao',
		name: '카카오',
		nameEn: 'Kakao',
		region: 'jeju',
		industries: ['tourism', 'mobility', 'environment'],
		focusAreas: {
			ko: '제주 관광·로컬 커머스, 통합 모빌리티(MaaS), 해양 환경 보전',
			en: 'Jeju tourism and local commerce, integrated mobility (MaaS), marine conservation'
		},
		description: {
			ko: '제주에 본사를 둔 플랫폼 기업으로 제주창조경제혁신센터와 함께 로컬 스타트업을 육성합니다.',
			en: 'A platform company headquartered in Jeju, growing local startups with the Jeju center.'
		},
		website: 'https://www.kakaocorp.com'
	},
	{
		slug: 'hanwha-aerospace',
		name: '한화에어로스페이스',
		nameEn: 'Hanwha Aerospace',
		region: 'gyeongnam',
		industries: ['aerospace_defense', 'security', 'robotics'],
		focusAreas: {
			ko: '위성·발사체 부품 국산화, 대드론 체계, 무인지상차량',
			en: 'Localizing satellite and launcher parts, counter-drone systems, unmanned ground vehicles'
		},
		description: {
			ko: '우주항공·방산 기업으로 충남·대전 지역 딥테크 스타트업과의 기술 협력을 확대하고 있습니다.',
			en: 'An aerospace and defense company widening technical collaboration with deep-tech startups in Chungnam and Daejeon.'
		},
		website: 'https://www.hanwhaaerospace.com'
	},
	{
		slug: 'lg-energy-solution',
		name: 'LG에너지솔루션',
		nameEn: 'LG Energy Solution',
		region: 'chungbuk',
		industries: ['energy', 'smart_manufacturing', 'environment'],
		focusAreas: {
			ko: '배터리 셀 불량 검사 AI, ESS 안전(열폭주 조기 감지), 배터리 재활용',
			en: 'AI for battery-cell defect inspection, ESS safety (early thermal-runaway detection), battery recycling'
		},
		description: {
			ko: '오창 에너지플랜트를 운영하는 배터리 기업으로 충북혁신센터와 함께 공정·안전 분야 스타트업을 찾고 있습니다.',
			en: 'A battery maker running the Ochang Energy Plant, looking for process and safety startups with the Chungbuk center.'
		},
		website: 'https://www.lgensol.com'
	}
];
