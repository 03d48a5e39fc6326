import type { SeedCenter } from './types';

/**
 * The 19 Creative Economy Innovation Centers (창조경제혁신센터): one per metropolitan city or province,
 * plus Pohang (POSCO) and Bitgaram (KEPCO, in the Gwangju–Jeonnam innovation city at Naju).
 * The Gangwon manager is the demo login, hence the plain address.
 */
export const centers: SeedCenter[] = [
	{
		slug: 'seoul',
		name: '서울창조경제혁신센터',
		nameEn: 'Seoul Center for Creative Economy & Innovation',
		region: 'seoul',
		city: '서울',
		manager: { email: 'manager.seoul@example.com', name: '박준형' },
		anchorPartners: ['cj-cheiljedang'],
		description: {
			ko: 'CJ와 함께 푸드테크·문화콘텐츠 스타트업을 발굴하고, 서울 소재 대기업·공공기관과의 오픈이노베이션을 연결합니다.',
			en: 'Scouts food-tech and culture-content startups with CJ and brokers open innovation with Seoul-based corporates and public agencies.'
		}
	},
	{
		slug: 'busan',
		name: '부산창조경제혁신센터',
		nameEn: 'Busan Center for Creative Economy & Innovation',
		region: 'busan',
		city: '부산',
		manager: { email: 'manager.busan@example.com', name: '최민지' },
		anchorPartners: ['lotte-shopping', 'bnk-busan-bank'],
		description: {
			ko: '롯데와 함께 유통·관광·핀테크 분야 오픈이노베이션을 운영하며, 참여 스타트업의 롯데마트·롯데월드 연계 사업화를 지원합니다.',
			en: 'Runs retail, tourism and fintech open innovation with Lotte, helping startups land pilots in Lotte Mart stores and Lotte World.'
		}
	},
	{
		slug: 'daegu',
		name: '대구창조경제혁신센터',
		nameEn: 'Daegu Center for Creative Economy & Innovation',
		region: 'daegu',
		city: '대구',
		manager: { email: 'manager.daegu@example.com', name: '이도윤' },
		description: {
			ko: '삼성전자·대구광역시와 공동으로 C-Lab 액셀러레이팅을 운영하고, 살롱드대쉬 등 개방형 네트워킹으로 의료·로봇·콘텐츠 스타트업의 스케일업을 돕습니다.',
			en: 'Co-runs C-Lab acceleration with Samsung Electronics and Daegu City and scales medical, robotics and content startups through open networking such as Salon de Dash.'
		}
	},
	{
		slug: 'incheon',
		name: '인천창조경제혁신센터',
		nameEn: 'Incheon Center for Creative Economy & Innovation',
		region: 'incheon',
		city: '인천',
		manager: { email: 'manager.incheon@example.com', name: '윤서진' },
		anchorPartners: ['kt'],
		description: {
			ko: 'KT와의 SMART-X LAB으로 5G·AI 협업 과제를 발굴하고, 송도 바이오 클러스터와 공항·항만 물류 스타트업을 육성합니다.',
			en: 'Finds 5G and AI collaboration projects with KT through SMART-X LAB and grows startups around the Songdo bio cluster and airport and port logistics.'
		}
	},
	{
		slug: 'gwangju',
		name: '광주창조경제혁신센터',
		nameEn: 'Gwangju Center for Creative Economy & Innovation',
		region: 'gwangju',
		city: '광주',
		manager: { email: 'manager.gwangju@example.com', name: '정하늘' },
		anchorPartners: ['hyundai-motor', 'autoen'],
		description: {
			ko: '현대자동차와 함께 미래차·수소 모빌리티 스타트업을 육성하고, 오토앤과 자동차 애프터마켓 O2O 오픈이노베이션을 추진합니다.',
			en: 'Grows future-car and hydrogen mobility startups with Hyundai Motor and runs automotive aftermarket O2O open innovation with AutoEn.'
		}
	},
	{
		slug: 'daejeon',
		name: '대전창조경제혁신센터',
		nameEn: 'Daejeon Center for Creative Economy & Innovation',
		region: 'daejeon',
		city: '대전',
		manager: { email: 'manager.daejeon@example.com', name: '강태민' },
		description: {
			ko: 'SK와 함께 대덕연구개발특구의 기술창업을 지원하며, 반도체·우주항공·바이오 딥테크 스타트업과 대기업의 공동 R&D를 연결합니다.',
			en: 'Supports deep-tech founders from the Daedeok Innopolis with SK and links semiconductor, aerospace and bio startups to joint R&D with large companies.'
		}
	},
	{
		slug: 'ulsan',
		name: '울산창조경제혁신센터',
		nameEn: 'Ulsan Center for Creative Economy & Innovation',
		region: 'ulsan',
		city: '울산',
		manager: { email: 'manager.ulsan@example.com', name: '조은비' },
		anchorPartners: ['hd-hyundai-heavy'],
		description: {
			ko: 'HD현대중공업과 함께 조선해양·석유화학·수소 분야 스타트업을 발굴하고, 친환경 자율운항 선박 실증을 지원합니다.',
			en: 'Scouts shipbuilding, petrochemical and hydrogen startups with HD Hyundai Heavy Industries and supports eco-friendly autonomous ship trials.'
		}
	},
	{
		slug: 'sejong',
		name: '세종창조경제혁신센터',
		nameEn: 'Sejong Center for Creative Economy & Innovation',
		region: 'sejong',
		city: '세종',
		manager: { email: 'manager.sejong@example.com', name: '임재원' },
		description: {
			ko: 'SK와 함께 스마트시티·자율주행·스마트팜 실증 과제를 운영하고, 행정중심복합도시의 공공 수요와 스타트업을 연결합니다.',
			en: 'Runs smart-city, autonomous-driving and smart-farm trials with SK and connects startups to public-sector demand in the administrative capital.'
		}
	},
	{
		slug: 'gyeonggi',
		name: '경기창조경제혁신센터',
		nameEn: 'Gyeonggi Center for Creative Economy & Innovation',
		region: 'gyeonggi',
		city: '성남',
		manager: { email: 'manager.gyeonggi@example.com', name: '오세린' },
		anchorPartners: ['kt'],
		description: {
			ko: '판교 창업존에서 KT 등 파트너사와 연평균 270회의 밋업을 운영하며, AI·보안·핀테크 스타트업의 투자유치와 글로벌 진출을 지원합니다.',
			en: 'Runs about 270 partner–startup meetups a year at the Pangyo Startup Zone with KT and others, helping AI, security and fintech startups raise and go global.'
		}
	},
	{
		slug: 'gangwon',
		name: '강원창조경제혁신센터',
		nameEn: 'Gangwon Center for Creative Economy & Innovation',
		region: 'gangwon',
		city: '춘천',
		manager: { email: 'manager@example.com', name: '김서연' },
		anchorPartners: ['naver'],
		description: {
			ko: '네이버와 함께 빅데이터 기반 창업 생태계를 운영하고, 원주사무소를 중심으로 디지털헬스케어 클러스터의 스타트업과 농식품 벤처를 육성합니다.',
			en: 'Runs a data-driven startup ecosystem with Naver and, from its Wonju office, grows digital-healthcare cluster startups and agrifood ventures.'
		}
	},
	{
		slug: 'chungbuk',
		name: '충북창조경제혁신센터',
		nameEn: 'Chungbuk Center for Creative Economy & Innovation',
		region: 'chungbuk',
		city: '청주',
		manager: { email: 'manager.chungbuk@example.com', name: '신동욱' },
		anchorPartners: ['lg-energy-solution'],
		description: {
			ko: 'LG와 함께 오송 바이오·뷰티, 오창 이차전지 클러스터의 스타트업을 발굴하고 대기업 연계 사업화를 지원합니다.',
			en: 'Scouts startups around the Osong bio and beauty cluster and the Ochang battery cluster with LG and supports commercialization with large partners.'
		}
	},
	{
		slug: 'chungnam',
		name: '충남창조경제혁신센터',
		nameEn: 'Chungnam Center for Creative Economy & Innovation',
		region: 'chungnam',
		city: '천안',
		manager: { email: 'manager.chungnam@example.com', name: '장유나' },
		anchorPartners: ['hanwha-aerospace'],
		description: {
			ko: '한화와 함께 태양광·디스플레이·방산 분야 스타트업을 육성하고, 천안·아산 제조 기반과의 협업을 연결합니다.',
			en: 'Grows solar, display and defense startups with Hanwha and connects them to the manufacturing base around Cheonan and Asan.'
		}
	},
	{
		slug: 'jeonbuk',
		name: '전북창조경제혁신센터',
		nameEn: 'Jeonbuk Center for Creative Economy & Innovation',
		region: 'jeonbuk',
		city: '전주',
		manager: { email: 'manager.jeonbuk@example.com', name: '류현석' },
		description: {
			ko: '효성과 함께 탄소섬유 복합소재 스타트업을 육성하고, 농생명·새만금 수소 등 전북 특화산업의 창업을 지원합니다.',
			en: 'Grows carbon-fiber composite startups with Hyosung and supports founders in Jeonbuk’s agri-bio and Saemangeum hydrogen industries.'
		}
	},
	{
		slug: 'jeonnam',
		name: '전남창조경제혁신센터',
		nameEn: 'Jeonnam Center for Creative Economy & Innovation',
		region: 'jeonnam',
		city: '여수',
		manager: { email: 'manager.jeonnam@example.com', name: '배소영' },
		anchorPartners: ['gs-retail'],
		description: {
			ko: 'GS홈쇼핑·GS리테일 등 유통사와 함께 수산식품 수출 통합 마케팅, 우수상품 품평상담회, 농수산 창업 아카데미를 운영합니다.',
			en: 'Runs integrated seafood-export marketing, product review and buyer sessions and an agri-fisheries startup academy with GS Retail and other distributors.'
		}
	},
	{
		slug: 'gyeongbuk',
		name: '경북창조경제혁신센터',
		nameEn: 'Gyeongbuk Center for Creative Economy & Innovation',
		region: 'gyeongbuk',
		city: '구미',
		manager: { email: 'manager.gyeongbuk@example.com', name: '권민혁' },
		description: {
			ko: '삼성과 함께 구미 전자·반도체 부품 기업의 스마트공장 전환과 경북 농식품·관광 스타트업을 지원합니다.',
			en: 'Supports the smart-factory transition of Gumi electronics and semiconductor suppliers with Samsung, along with agrifood and tourism startups across Gyeongbuk.'
		}
	},
	{
		slug: 'gyeongnam',
		name: '경남창조경제혁신센터',
		nameEn: 'Gyeongnam Center for Creative Economy & Innovation',
		region: 'gyeongnam',
		city: '창원',
		manager: { email: 'manager.gyeongnam@example.com', name: '황지우' },
		anchorPartners: ['doosan-enerbility'],
		description: {
			ko: '두산과 함께 창원 기계산업의 지능화와 스마트팩토리를 지원하고, 김해 의생명·메타버스, 사천 우주항공 스타트업과 협업합니다.',
			en: 'Works with Doosan on making Changwon’s machinery industry smarter and partners with Gimhae life-science and metaverse startups and Sacheon aerospace.'
		}
	},
	{
		slug: 'jeju',
		name: '제주창조경제혁신센터',
		nameEn: 'Jeju Center for Creative Economy & Innovation',
		region: 'jeju',
		city: '제주',
		manager: { email: 'manager.jeju@example.com', name: '고은솔' },
		anchorPartners: ['kakao'],
		description: {
			ko: '카카오와 함께 관광·로컬 크리에이터 스타트업을 육성하고, 탄소없는 섬 제주의 에너지·환경 실증을 지원합니다.',
			en: 'Grows tourism and local-creator startups with Kakao and supports energy and environment trials for Jeju’s carbon-free island plan.'
		}
	},
	{
		slug: 'pohang',
		name: '포항창조경제혁신센터',
		nameEn: 'Pohang Center for Creative Economy & Innovation',
		region: 'gyeongbuk',
		city: '포항',
		manager: { email: 'manager.pohang@example.com', name: '서지훈' },
		anchorPartners: ['posco'],
		description: {
			ko: '포스코와 함께 철강·이차전지 소재·수소 분야 스타트업을 발굴하고, 포스텍 기술창업과 제철소 실증을 연결합니다.',
			en: 'Scouts steel, battery-materials and hydrogen startups with POSCO and links POSTECH spin-offs to trials at the steelworks.'
		}
	},
	{
		slug: 'bitgaram',
		name: '빛가람창조경제혁신센터',
		nameEn: 'Bitgaram Center for Creative Economy & Innovation',
		region: 'jeonnam',
		city: '나주',
		manager: { email: 'manager.bitgaram@example.com', name: '나현우' },
		anchorPartners: ['kepco'],
		description: {
			ko: '광주전남혁신도시의 한국전력과 함께 에너지밸리 스타트업을 육성하며, 전기차 충전·스마트그리드 분야 협업 기회를 마련합니다.',
			en: 'Grows Energy Valley startups with KEPCO in the Gwangju–Jeonnam innovation city, opening collaboration in EV charging and smart grids.'
		}
	}
];
