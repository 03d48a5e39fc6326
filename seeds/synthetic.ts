/**
 * Deterministic synthetic catalog for benchmarks and quality checks of the matcher and the search.
 *
 * The same options always give the same world (a seeded mulberry32 stream; no clock, no Math.random).
 * Each challenge gets up to ten *planted* startups that truly fit it — same industries, most of its tech
 * tags including its rare ones, a preferred stage, one of its regions, what it offers among what they
 * seek, and its key terms in their text — graded so the first planted startup fits best. Everything else
 * is background drawn from the same vocabulary, so a ranker has to earn its recall.
 */
import { centers } from './data/centers';
import { corporates } from './data/corporates';
import type { SeedChallenge, SeedCorporate, SeedStartup } from './data/types';
import {
	collaborationTypes,
	industries,
	regions,
	seeking,
	stages,
	type IndustryCode,
	type RegionCode
} from '../src/lib/taxonomy';

export interface SyntheticOptions {
	startups: number;
	challenges: number;
	seed: number;
}

export interface SyntheticWorld {
	startups: SeedStartup[];
	challenges: SeedChallenge[];
	/** challenge slug → slugs of the startups planted to fit it, best first */
	plantedFits: Record<string, string[]>;
}

const FITS_PER_CHALLENGE = 10;
/** The year synthetic founding dates count back from; fixed so the output never depends on the clock. */
const BASE_YEAR = 2025;

type Pair = readonly [ko: string, en: string];

interface Theme {
	/** tags most startups of the industry use */
	readonly common: readonly string[];
	/** specialised tags; a challenge always asks for two, background startups rarely have one */
	readonly rare: readonly string[];
	/** phrases for titles and text, Korean and English */
	readonly terms: readonly Pair[];
	/** industries a company in this one plausibly also works in */
	readonly related: readonly IndustryCode[];
}

// A vocabulary table reads best one row per list.
// prettier-ignore
const themes: Readonly<Record<IndustryCode, Theme>> = {
	digital_healthcare: {
		common: ['wearable', 'remote monitoring', 'samd', 'medical imaging', 'mobile app', 'ecg', 'iot', 'machine learning'],
		rare: ['cgm', '연속혈당측정', 'digital therapeutics', 'fall detection', '3d segmentation', 'sleep staging'],
		terms: [
			['원격 모니터링', 'remote monitoring'], ['연속혈당측정', 'continuous glucose monitoring'], ['의료영상 판독', 'medical image reading'],
			['디지털치료제', 'digital therapeutics'], ['만성질환 관리', 'chronic care'], ['웨어러블 심전도', 'wearable ECG']
		],
		related: ['ai_data', 'bio', 'robotics', 'other']
	},
	mobility: {
		common: ['autonomous driving', 'lidar', 'route optimization', 'maas', 'o2o', 'battery', 'sensor fusion', 'mobile app'],
		rare: ['drt', 'v2x', '자율주행', 'in-wheel motor', 'driver monitoring', 'remote operation'],
		terms: [
			['수요응답형 교통', 'demand-responsive transit'], ['자율주행 셔틀', 'autonomous shuttles'], ['자동차 애프터마켓', 'automotive aftermarket'],
			['차량 공유', 'car sharing'], ['전기차 구동계', 'EV powertrains'], ['모빌리티 플랫폼', 'mobility platforms']
		],
		related: ['energy', 'ai_data', 'logistics', 'tourism']
	},
	energy: {
		common: ['ev charging', 'smart grid', 'ess', 'solar', 'battery', 'demand forecasting', 'iot', 'hydrogen'],
		rare: ['v2g', 'ocpp', 'load balancing', '전기차 충전', 'partial discharge', 'p2p energy'],
		terms: [
			['전기차 충전', 'EV charging'], ['스마트그리드', 'smart grids'], ['에너지 저장장치', 'energy storage'],
			['수요반응', 'demand response'], ['재생에너지 발전', 'renewable generation'], ['전력 수요예측', 'load forecasting']
		],
		related: ['mobility', 'environment', 'smart_manufacturing', 'proptech']
	},
	agrifood: {
		common: ['smart farm', 'hmr', 'd2c', 'cold chain', 'functional food', 'iot', 'live commerce', 'fermentation'],
		rare: ['스마트팜', 'alternative protein', 'aquaculture', '수산가공', 'plant factory', 'livestock'],
		terms: [
			['스마트팜', 'smart farming'], ['대체단백', 'alternative protein'], ['수산식품 수출', 'seafood export'],
			['계약재배', 'contract farming'], ['밀키트', 'meal kits'], ['양식장 관리', 'aquaculture management']
		],
		related: ['retail_commerce', 'bio', 'environment', 'logistics']
	},
	fintech: {
		common: ['payments', 'mydata', 'open banking', 'machine learning', 'blockchain', 'fraud detection', 'recommendation', 'insurtech'],
		rare: ['alternative credit scoring', 'sto', 'robo-advisor', 'regtech', '정산', 'custody'],
		terms: [
			['대안신용평가', 'alternative credit scoring'], ['마이데이터', 'MyData'], ['간편결제', 'simple payments'],
			['이상거래 탐지', 'fraud detection'], ['토큰증권', 'security tokens'], ['소상공인 금융', 'small-business finance']
		],
		related: ['ai_data', 'security', 'retail_commerce', 'proptech']
	},
	retail_commerce: {
		common: ['d2c', 'live commerce', 'marketplace', 'o2o', 'retail analytics', 'kiosk', 'recommendation', 'computer vision'],
		rare: ['shelf monitoring', 'unmanned store', 'recommerce', 'people counting', 'dark store', 'personalized cosmetics'],
		terms: [
			['매대 재고관리', 'shelf inventory'], ['무인매장', 'unmanned stores'], ['라이브커머스', 'live commerce'],
			['리커머스', 'recommerce'], ['방문객 분석', 'footfall analytics'], ['판로 개척', 'new sales channels']
		],
		related: ['ai_data', 'logistics', 'agrifood', 'fintech']
	},
	smart_manufacturing: {
		common: ['predictive maintenance', 'machine vision', 'mes', 'iot', 'digital twin', 'plc', 'defect detection', 'edge ai'],
		rare: ['예지보전', 'vibration sensor', 'ndt', 'metal additive', 'ded', 'eol test'],
		terms: [
			['예지보전', 'predictive maintenance'], ['불량 검사', 'defect inspection'], ['스마트공장', 'smart factories'],
			['디지털트윈', 'digital twins'], ['비파괴검사', 'non-destructive testing'], ['금속 3D프린팅', 'metal 3D printing']
		],
		related: ['ai_data', 'robotics', 'semiconductor', 'energy']
	},
	content_metaverse: {
		common: ['metaverse', 'xr', 'unity', '3d rendering', 'generative ai', 'game engine', 'webtoon', 'vr'],
		rare: ['virtual human', 'motion capture', 'dubbing', 'k-pop', 'volumetric video', '3d scanning'],
		terms: [
			['메타버스 전시', 'metaverse exhibitions'], ['버추얼 휴먼', 'virtual humans'], ['웹툰 현지화', 'webtoon localization'],
			['XR 콘텐츠', 'XR content'], ['AI 더빙', 'AI dubbing'], ['게임 IP', 'game IP']
		],
		related: ['ai_data', 'edutech', 'tourism']
	},
	bio: {
		common: ['drug discovery', 'machine learning', 'gmp', 'bioprocess', 'fermentation', 'ngs', 'ivd', 'cell therapy'],
		rare: ['protein design', 'car-nk', 'mrna', 'lab automation', 'process analytics', 'molecular diagnostics'],
		terms: [
			['신약 후보물질', 'drug candidates'], ['세포배양 공정', 'cell-culture processes'], ['분자진단', 'molecular diagnostics'],
			['세포치료제', 'cell therapy'], ['바이오 공정 자동화', 'bioprocess automation'], ['단백질 설계', 'protein design']
		],
		related: ['digital_healthcare', 'ai_data', 'agrifood']
	},
	environment: {
		common: ['recycling', 'upcycling', 'carbon accounting', 'esg', 'water treatment', 'air quality', 'packaging', 'iot'],
		rare: ['ccus', 'marine debris', '해양쓰레기', 'biodegradable plastic', 'cbam', 'blue carbon'],
		terms: [
			['탄소 배출 측정', 'carbon measurement'], ['업사이클링', 'upcycling'], ['해양쓰레기', 'marine debris'],
			['탄소포집', 'carbon capture'], ['친환경 포장재', 'sustainable packaging'], ['자원순환', 'the circular economy']
		],
		related: ['energy', 'agrifood', 'marine_shipbuilding', 'smart_manufacturing']
	},
	logistics: {
		common: ['route optimization', 'last mile', 'wms', 'cold chain', 'tms', 'fulfillment', 'demand forecasting', 'iot'],
		rare: ['dark store', 'drone delivery', 'freight matching', 'port logistics', 'customs', 'autonomous crane'],
		terms: [
			['라스트마일 배송', 'last-mile delivery'], ['배차 최적화', 'dispatch optimization'], ['콜드체인', 'cold chain'],
			['풀필먼트', 'fulfillment'], ['항만 물류', 'port logistics'], ['화물 매칭', 'freight matching']
		],
		related: ['retail_commerce', 'mobility', 'robotics', 'ai_data']
	},
	marine_shipbuilding: {
		common: ['autonomous ship', 'marine sensor', 'lng', 'computer vision', 'iot', 'predictive maintenance', 'sensor fusion', 'radar'],
		rare: ['hull inspection', 'ballast water', 'underwater drone', 'welding', 'cryogenic', 'colreg'],
		terms: [
			['자율운항 선박', 'autonomous ships'], ['선체 검사', 'hull inspection'], ['친환경 선박', 'eco-friendly ships'],
			['조선소 자동화', 'shipyard automation'], ['선박 예지보전', 'ship predictive maintenance'], ['LNG 화물창', 'LNG cargo containment']
		],
		related: ['ai_data', 'robotics', 'environment', 'energy']
	},
	ai_data: {
		common: ['machine learning', 'computer vision', 'llm', 'big data', 'nlp', 'edge ai', 'generative ai', 'recommendation'],
		rare: ['rag', 'synthetic data', 'knowledge graph', 'speech recognition', 'stt', '5g'],
		terms: [
			['LLM 상담 자동화', 'LLM-based support automation'], ['영상 분석', 'video analytics'], ['빅데이터 분석', 'big-data analytics'],
			['합성 데이터', 'synthetic data'], ['음성인식', 'speech recognition'], ['AI 추천', 'AI recommendations']
		],
		related: ['smart_manufacturing', 'retail_commerce', 'fintech', 'digital_healthcare', 'security']
	},
	edutech: {
		common: ['lms', 'ai tutor', 'adaptive learning', 'coding education', 'vr', 'live streaming', 'llm', 'mobile app'],
		rare: ['stem education', 'safety training', 'ocr', 'experiential learning', 'learning analytics', 'digital textbook'],
		terms: [
			['AI 튜터', 'AI tutoring'], ['맞춤형 학습', 'personalized learning'], ['코딩 교육', 'coding education'],
			['디지털교과서', 'digital textbooks'], ['VR 실습', 'VR training'], ['학습 분석', 'learning analytics']
		],
		related: ['ai_data', 'content_metaverse']
	},
	proptech: {
		common: ['smart building', 'bems', 'digital twin', 'iot', 'smart city', 'real estate data', 'gis', 'big data'],
		rare: ['bim', 'modular construction', 'risk scoring', 'traffic optimization', 'coworking', 'construction materials'],
		terms: [
			['스마트시티', 'smart cities'], ['건물 에너지 관리', 'building energy management'], ['부동산 데이터', 'real-estate data'],
			['도시 디지털트윈', 'urban digital twins'], ['모듈러 건축', 'modular construction'], ['공유 오피스', 'shared workspaces']
		],
		related: ['energy', 'ai_data', 'fintech']
	},
	tourism: {
		common: ['travel platform', 'booking platform', 'local commerce', 'translation', 'recommendation', 'maas', 'ar', 'llm'],
		rare: ['medical tourism', 'ev sharing', '워케이션', 'hanok', 'festival data', 'smart tourism'],
		terms: [
			['로컬 여행', 'local travel'], ['관광 통합 모빌리티', 'tourism MaaS'], ['외국인 관광객', 'inbound travellers'],
			['워케이션', 'workations'], ['의료관광', 'medical tourism'], ['관광 빅데이터', 'tourism big data']
		],
		related: ['mobility', 'content_metaverse', 'retail_commerce']
	},
	aerospace_defense: {
		common: ['satellite', 'drone', 'uav', 'radar', 'computer vision', 'avionics', 'composite materials', 'thermal imaging'],
		rare: ['counter-drone', 'cubesat', 'propulsion', 'sar imaging', 'signal processing', 'surveillance'],
		terms: [
			['초소형 위성', 'small satellites'], ['대드론 체계', 'counter-drone systems'], ['위성 영상', 'satellite imagery'],
			['무인기 동력', 'UAV power'], ['경계 감시', 'perimeter surveillance'], ['부품 국산화', 'parts localization']
		],
		related: ['security', 'robotics', 'smart_manufacturing']
	},
	semiconductor: {
		common: ['semiconductor', 'machine vision', 'npu', 'ai chip', 'power electronics', 'fpga', 'defect detection', 'photonics'],
		rare: ['wafer inspection', 'sic', 'micro led', 'display inspection', 'silicon photonics', 'gas scrubber'],
		terms: [
			['웨이퍼 검사', 'wafer inspection'], ['전력반도체', 'power semiconductors'], ['엣지 AI 칩', 'edge AI chips'],
			['디스플레이 검사', 'display inspection'], ['실리콘 포토닉스', 'silicon photonics'], ['공정 배기가스 처리', 'process exhaust abatement']
		],
		related: ['smart_manufacturing', 'ai_data', 'energy']
	},
	robotics: {
		common: ['autonomous mobile robot', 'lidar', 'cobot', 'robot arm', 'computer vision', 'amr', 'autonomous navigation', 'edge ai'],
		rare: ['exoskeleton', 'quadruped robot', 'cleaning robot', 'welding', 'rehabilitation', 'assistive tech'],
		terms: [
			['협동로봇', 'collaborative robots'], ['자율주행 로봇', 'autonomous robots'], ['물류 로봇', 'logistics robots'],
			['웨어러블 로봇', 'wearable robots'], ['순찰 로봇', 'patrol robots'], ['서비스 로봇', 'service robots']
		],
		related: ['smart_manufacturing', 'logistics', 'ai_data', 'digital_healthcare']
	},
	security: {
		common: ['cybersecurity', 'zero trust', 'anomaly detection', 'biometrics', 'blockchain', 'computer vision', 'fraud detection', 'machine learning'],
		rare: ['ot security', 'deepfake detection', 'quantum cryptography', 'audit trail', 'e-signature', 'driver monitoring'],
		terms: [
			['산업 제어망 보안', 'OT security'], ['딥페이크 탐지', 'deepfake detection'], ['제로트러스트', 'zero trust'],
			['기술자료 보호', 'protection of technical data'], ['생체인증', 'biometric authentication'], ['보이스피싱 차단', 'voice-phishing prevention']
		],
		related: ['ai_data', 'fintech', 'smart_manufacturing']
	},
	other: {
		common: ['mobile app', 'matching', 'recommendation', 'llm', 'saas', 'platform', 'big data', 'subscription'],
		rare: ['hr tech', 'legaltech', 'pet care', 'care matching', 'govtech', 'public data'],
		terms: [
			['일자리 매칭', 'job matching'], ['리걸테크', 'legal tech'], ['반려동물 케어', 'pet care'],
			['돌봄 매칭', 'care matching'], ['공공 서비스 혁신', 'public-service innovation'], ['구독 서비스', 'subscription services']
		],
		related: ['digital_healthcare', 'ai_data', 'fintech']
	}
};

const namePrefixes: readonly Pair[] = [
	['뉴로', 'Neuro'],
	['그린', 'Green'],
	['하이', 'Hi'],
	['블루', 'Blue'],
	['에코', 'Eco'],
	['메디', 'Medi'],
	['로보', 'Robo'],
	['데이터', 'Data'],
	['클라우드', 'Cloud'],
	['바이오', 'Bio'],
	['팜', 'Farm'],
	['씨', 'Sea'],
	['모빌', 'Mobil'],
	['퀀텀', 'Quantum'],
	['볼트', 'Volt'],
	['루미', 'Lumi'],
	['노바', 'Nova'],
	['오픈', 'Open'],
	['스마트', 'Smart'],
	['딥', 'Deep'],
	['한빛', 'Hanbit'],
	['새벽', 'Saebyeok'],
	['다온', 'Daon'],
	['이음', 'Ieum'],
	['누리', 'Nuri'],
	['온새미', 'Onsaemi']
];
const nameSuffixes: readonly Pair[] = [
	['랩', 'Lab'],
	['웍스', 'Works'],
	['테크', 'Tech'],
	['링크', 'Link'],
	['브릿지', 'Bridge'],
	['핏', 'Fit'],
	['메이트', 'Mate'],
	['솔루션즈', 'Solutions'],
	['온', 'On'],
	['플러스', 'Plus'],
	['로직', 'Logic'],
	['웨이브', 'Wave'],
	['스퀘어', 'Square'],
	['허브', 'Hub'],
	['센스', 'Sense'],
	['엑스', 'X']
];
/** Every prefix × suffix, built once so 100k startups share 416 name strings instead of allocating their own. */
const displayNames: readonly Pair[] = namePrefixes.flatMap((prefix) =>
	nameSuffixes.map((suffix) => [prefix[0] + suffix[0], prefix[1] + suffix[1]] as const)
);
const customers: readonly Pair[] = [
	['기업 고객', 'enterprise customers'],
	['공공기관', 'public agencies'],
	['중소기업', 'SMEs'],
	['대기업 파트너', 'corporate partners'],
	['지자체', 'local governments'],
	['현장 운영팀', 'field operations teams']
];
const seekingPhrases: Readonly<Record<string, Pair>> = {
	poc: ['PoC', 'a proof of concept'],
	investment: ['투자 유치', 'investment'],
	distribution: ['판로 개척', 'new sales channels'],
	joint_rnd: ['공동 R&D', 'joint R&D'],
	mentoring: ['멘토링', 'mentoring']
};

const industryCodes: readonly IndustryCode[] = industries.map((entry) => entry.code);
const stageCodes: readonly string[] = stages.map((entry) => entry.code);
const regionCodes: readonly RegionCode[] = regions.map((entry) => entry.code);
const regionLabels: Readonly<Record<string, Pair>> = Object.fromEntries(
	regions.map((entry) => [entry.code, [entry.ko, entry.en] as const])
);
const seekingCodes: readonly string[] = seeking.map((entry) => entry.code);
const collaborationCodes: readonly string[] = collaborationTypes.map((entry) => entry.code);
const seekableCollaborationCodes = collaborationCodes.filter((code) => seekingCodes.includes(code));
const centersByRegion = groupBy(centers, (center) => [center.region]);
const corporatesByIndustry = groupBy(corporates, (corporate) => corporate.industries);
/** Who hosts a challenge in an industry no seeded corporate covers: one covering a related industry. */
function corporatesFor(industry: IndustryCode): readonly SeedCorporate[] {
	const own = corporatesByIndustry.get(industry);
	if (own) return own;
	for (const related of themes[industry].related) {
		const near = corporatesByIndustry.get(related);
		if (near) return near;
	}
	return corporates;
}

const STATUSES = ['open', 'screening', 'closed', 'draft'] as const;
const STATUS_WEIGHTS = [80, 10, 5, 5];
const CONFIDENTIALITIES = ['public', 'nda', 'invite'] as const;
const CONFIDENTIALITY_WEIGHTS = [70, 20, 10];
const LANGUAGES = ['ko', 'mixed', 'en'] as const;
const LANGUAGE_WEIGHTS = [55, 30, 15];
const VISIBILITIES = ['public', 'members', 'private'] as const;
const VISIBILITY_WEIGHTS = [90, 7, 3];
/** by stage index, youngest first: most catalogs are seed to Series A */
const STAGE_WEIGHTS = [4, 10, 26, 24, 20, 11, 5];

// Employees and founding age (years before BASE_YEAR) by stage index, as [min, max].
const employeesByStage: readonly (readonly [number, number])[] = [
	[1, 3],
	[2, 6],
	[3, 15],
	[8, 30],
	[15, 70],
	[40, 160],
	[100, 450]
];
// Pilots run and money raised so far (in 억 원, 100M KRW) by stage index, as [min, max].
const pilotsByStage: readonly (readonly [number, number])[] = [
	[0, 1],
	[1, 2],
	[1, 4],
	[2, 8],
	[4, 15],
	[8, 30],
	[15, 60]
];
const raisedByStage: readonly (readonly [number, number])[] = [
	[0, 0],
	[1, 3],
	[2, 10],
	[10, 40],
	[30, 150],
	[100, 400],
	[300, 1500]
];
const ageByStage: readonly (readonly [number, number])[] = [
	[0, 1],
	[0, 2],
	[1, 3],
	[2, 5],
	[3, 7],
	[5, 10],
	[7, 14]
];

/** Builds a synthetic world; identical options give an identical world. */
export function generateSynthetic(opts: SyntheticOptions): SyntheticWorld {
	const startupCount = Math.max(0, Math.floor(opts.startups));
	const challengeCount = Math.max(0, Math.floor(opts.challenges));
	const rng = new Rng(opts.seed);

	const challengeWorld = Array.from({ length: challengeCount }, (_, i) => generateChallenge(rng, i));
	const challengesOut = challengeWorld.map((entry) => entry.challenge);

	// Planted startups are spread evenly through the catalog rather than bunched at the front.
	const fitsPerChallenge =
		challengeCount === 0 ? 0 : Math.min(FITS_PER_CHALLENGE, Math.floor(startupCount / challengeCount));
	const plantedTotal = fitsPerChallenge * challengeCount;
	const fitsByChallenge = challengeWorld.map(() => new Array<string>(fitsPerChallenge));

	const startupsOut = new Array<SeedStartup>(startupCount);
	let planted = 0;
	let nextPlantedIndex = plantedTotal > 0 ? 0 : -1;
	for (let i = 0; i < startupCount; i++) {
		const slug = `syn-s-${String(i + 1).padStart(6, '0')}`;
		if (i === nextPlantedIndex) {
			const target = planted % challengeCount;
			const rank = Math.floor(planted / challengeCount);
			startupsOut[i] = generatePlantedStartup(rng, slug, at(challengeWorld, target), rank, fitsPerChallenge);
			at(fitsByChallenge, target)[rank] = slug;
			planted++;
			nextPlantedIndex = planted < plantedTotal ? Math.floor((planted * startupCount) / plantedTotal) : -1;
		} else {
			startupsOut[i] = generateBackgroundStartup(rng, slug);
		}
	}

	const plantedFits: Record<string, string[]> = {};
	challengesOut.forEach((challenge, index) => (plantedFits[challenge.slug] = at(fitsByChallenge, index)));
	return { startups: startupsOut, challenges: challengesOut, plantedFits };
}

interface ChallengeDraft {
	challenge: SeedChallenge;
	/** two phrases planted startups repeat: a theme term and a rare tag */
	keyTerms: readonly [Pair, Pair];
	commonTheme: IndustryCode;
}

function generateChallenge(rng: Rng, index: number): ChallengeDraft {
	const primary = rng.pick(industryCodes);
	const theme = themes[primary];
	const secondary = rng.chance(0.5) ? rng.pick(theme.related) : undefined;
	const challengeIndustries = secondary ? [primary, secondary] : [primary];

	// Rare tags first: planted startups with fewer tags lose them from the end, so the rare ones stay.
	const rareTags = rng.sample(theme.rare, 2);
	const commonTags = rng.sample(theme.common, rng.int(2, 3));
	const techTags = [...rareTags, ...commonTags];
	if (secondary) pushUnique(techTags, rng.pick(themes[secondary].common));

	const term = rng.pick(theme.terms);
	const rareTerm: Pair = [at(rareTags, 0), at(rareTags, 0)];
	const corporate = rng.pick(corporatesFor(primary));
	const challengeRegions = rng.sample(regionCodes, rng.int(1, 2));
	const firstRegion = at(challengeRegions, 0);
	const hostCenter = rng.pick(centersByRegion.get(firstRegion) ?? centers).slug;
	const firstStage = rng.int(0, 4);
	const preferredStages = stageCodes.slice(firstStage, firstStage + rng.int(2, 3));
	const collaboration = [rng.pick(seekableCollaborationCodes)];
	for (const extra of rng.sample(collaborationCodes, rng.int(1, 2))) pushUnique(collaboration, extra);

	const status = rng.weighted(STATUSES, STATUS_WEIGHTS);
	const closesInDays =
		status === 'open'
			? rng.int(7, 90)
			: status === 'draft'
				? rng.int(60, 90)
				: status === 'screening'
					? rng.int(-14, -1)
					: rng.int(-30, -15);
	const budgetMin = rng.int(2, 30) * 10_000_000;
	// A unique code per challenge gives leak tests a needle to search for.
	const code = `SYN-${String(index + 1).padStart(4, '0')}-${rng.int(0x1000, 0xffff).toString(16).toUpperCase()}`;
	const regionKo = regionLabels[firstRegion]?.[0] ?? firstRegion;

	const title = rng.pick([
		`${term[0]} 오픈이노베이션 (${capitalize(term[1])})`,
		`${term[0]}·${rareTerm[0]} 실증 파트너 모집`,
		`${regionKo} ${term[0]} 공동 R&D`,
		`${corporate.name} × 스타트업: ${term[0]}`
	]);
	const teaser = `${corporate.name}${josa(corporate.name, '과', '와')} 함께 ${term[0]} 분야에서 ${rareTerm[0]} 기술을 검증할 스타트업을 찾습니다.`;
	const details =
		`내부 과제 코드 ${code}. PoC 예산 ${formatKrwKo(budgetMin)}, ${BASE_YEAR + rng.int(1, 2)}년 ${rng.int(1, 4)}분기 ` +
		`시범 적용 ${rng.int(3, 40)}곳. 평가 기준: ${rareTerm[0]} 정확도 ${rng.int(85, 99)}% 이상, 기존 대비 비용 ${rng.int(10, 40)}% 절감.`;

	const challenge: SeedChallenge = {
		slug: `syn-c-${String(index + 1).padStart(4, '0')}`,
		corporate: corporate.slug,
		hostCenter,
		title,
		teaser,
		details,
		industries: challengeIndustries,
		techTags,
		collaborationTypes: collaboration,
		preferredStages,
		regions: challengeRegions,
		confidentiality: rng.weighted(CONFIDENTIALITIES, CONFIDENTIALITY_WEIGHTS),
		status,
		closesInDays
	};
	if (rng.chance(0.7)) challenge.budgetBandKrw = [budgetMin, budgetMin * rng.int(2, 4)];
	return { challenge, keyTerms: [term, rareTerm], commonTheme: primary };
}

function generateBackgroundStartup(rng: Rng, slug: string): SeedStartup {
	const primary = rng.pick(industryCodes);
	const theme = themes[primary];
	let startupIndustries: string[] = [primary];
	let techTags = rng.sample(theme.common, rng.int(3, 5));
	if (rng.chance(0.06)) techTags = withItem(techTags, rng.pick(theme.rare));
	if (rng.chance(0.3)) {
		const secondary = rng.pick(theme.related);
		startupIndustries = withItem(startupIndustries, secondary);
		if (rng.chance(0.8)) techTags = withItem(techTags, rng.pick(themes[secondary].common));
	}
	const stageIndex = rng.weightedIndex(STAGE_WEIGHTS);
	const region = rng.pick(regionCodes);
	const startupSeeking = rng.sample(seekingCodes, rng.int(1, 3));
	const term = rng.pick(theme.terms);
	return buildStartup(rng, {
		slug,
		industries: startupIndustries,
		techTags,
		stageIndex,
		region,
		seeking: startupSeeking,
		language: rng.weighted(LANGUAGES, LANGUAGE_WEIGHTS),
		summaryTerms: [term],
		descriptionTerms: [rng.pick(theme.terms)],
		visibility: rng.weighted(VISIBILITIES, VISIBILITY_WEIGHTS)
	});
}

function generatePlantedStartup(
	rng: Rng,
	slug: string,
	target: ChallengeDraft,
	rank: number,
	fits: number
): SeedStartup {
	const { challenge, keyTerms } = target;
	const [primaryTerm, rareTerm] = keyTerms;
	const theme = themes[target.commonTheme];
	const isTopHalf = rank < fits / 2;

	const startupIndustries = isTopHalf ? [...challenge.industries] : [at(challenge.industries, 0)];
	const keep = challenge.techTags.length - Math.floor((rank * challenge.techTags.length) / (2 * fits));
	let techTags = challenge.techTags.slice(0, Math.max(1, keep));
	if (rank >= 3) techTags = withItem(techTags, rng.pick(theme.common));

	const stageIndex = stageCodes.indexOf(rng.pick(challenge.preferredStages));
	const offered = challenge.collaborationTypes.filter((code) => seekingCodes.includes(code));
	let startupSeeking = isTopHalf ? offered : [rng.pick(offered)];
	if (rng.chance(0.4)) startupSeeking = withItem(startupSeeking, rng.pick(seekingCodes));

	// Text relevance is graded too: the best fits name both key terms in the summary.
	const summaryTerms = rank < fits / 3 ? [primaryTerm, rareTerm] : rank < (2 * fits) / 3 ? [primaryTerm] : [];
	const descriptionTerms = rank < (2 * fits) / 3 ? [primaryTerm, rareTerm] : [primaryTerm];

	return buildStartup(rng, {
		slug,
		industries: startupIndustries,
		techTags,
		stageIndex: Math.max(0, stageIndex),
		region: rng.pick(challenge.regions),
		seeking: startupSeeking,
		language: rng.chance(0.5) ? 'ko' : 'mixed',
		summaryTerms: summaryTerms.length > 0 ? summaryTerms : [rng.pick(theme.terms)],
		descriptionTerms,
		visibility: 'public'
	});
}

interface StartupParts {
	slug: string;
	industries: string[];
	techTags: string[];
	stageIndex: number;
	region: string;
	seeking: string[];
	language: 'ko' | 'mixed' | 'en';
	summaryTerms: readonly Pair[];
	descriptionTerms: readonly Pair[];
	visibility: SeedStartup['visibility'];
}

function buildStartup(rng: Rng, parts: StartupParts): SeedStartup {
	const [name, nameEn] = rng.pick(displayNames);
	const [minEmployees, maxEmployees] = at(employeesByStage, parts.stageIndex);
	const [minAge, maxAge] = at(ageByStage, parts.stageIndex);
	const foundedYear = BASE_YEAR - rng.int(minAge, maxAge);
	const employees = rng.int(minEmployees, maxEmployees);
	const regionLabel = regionLabels[parts.region] ?? [parts.region, parts.region];
	const customer = rng.pick(customers);
	// Tags named in the text should not repeat a key term (a rare tag can be one).
	const tagA = firstTagNotIn(parts.techTags, parts.summaryTerms, parts.descriptionTerms, undefined);
	const tagB = firstTagNotIn(parts.techTags, parts.summaryTerms, parts.descriptionTerms, tagA);
	const koTerms = joinTerms(parts.summaryTerms, 0, '·');
	const enTerms = joinTerms(parts.summaryTerms, 1, ' and ');
	// Rare tags are the same in both languages; only real translations go in the parenthesis.
	const enGloss = joinTerms(parts.summaryTerms, 1, ', ', true);
	const descKo = joinKo(parts.descriptionTerms);
	const descEn = joinTerms(parts.descriptionTerms, 1, ' and ');
	const [minPilots, maxPilots] = at(pilotsByStage, parts.stageIndex);
	const [minRaised, maxRaised] = at(raisedByStage, parts.stageIndex);
	const pilots = rng.int(minPilots, maxPilots);
	const raisedEok = rng.int(minRaised, maxRaised);
	const wanted = at(parts.seeking, 0);

	const closing = closingSentence(parts.language, customer, pilots, raisedEok, wanted);
	const year = String(foundedYear);
	let summary: string;
	let description: string;
	if (parts.language === 'en') {
		summary = flat(nameEn, ' applies ', tagA, ' and ', tagB, ' to ', enTerms, ' for ', customer[1], '.');
		const founded = flat(nameEn, ' was founded in ', regionLabel[1], ' in ', year);
		description = flat(founded, ' and applies ', tagA, ' to ', descEn, '. ', closing);
	} else if (parts.language === 'mixed') {
		const gloss = enGloss ? flat('(', enGloss, ')') : '';
		summary = flat(tagA, '·', tagB, ' 기반 ', koTerms, gloss, ' 솔루션을 ', customer[0], '에 제공합니다.');
		const founded = flat(name, josa(name, '은', '는'), ' ', year, '년 ', regionLabel[0], '에서 설립되어 ');
		description = flat(founded, descKo, ' 분야에 ', tagA, ' 기술을 적용하고 있습니다. ', closing);
	} else {
		summary = flat(tagA, ' 기술로 ', koTerms, ' 문제를 해결하는 ', regionLabel[0], ' 스타트업입니다.');
		const founded = flat(name, josa(name, '은', '는'), ' ', year, '년에 설립되어 ');
		description = flat(founded, descKo, ' 분야에 ', tagA, ', ', tagB, ' 기술을 적용하고 있습니다. ', closing);
	}

	const startup: SeedStartup = {
		slug: parts.slug,
		name,
		nameEn,
		summary,
		description,
		industries: parts.industries,
		techTags: parts.techTags,
		stage: at(stageCodes, parts.stageIndex),
		region: parts.region,
		homeCenter: rng.pick(centersByRegion.get(parts.region) ?? centers).slug,
		seeking: parts.seeking,
		foundedYear,
		employees,
		visibility: parts.visibility
	};
	if (rng.chance(0.3)) startup.website = flat('https://', parts.slug, '.example');
	if (pilots > 0 && rng.chance(0.6)) {
		startup.traction =
			raisedEok > 0
				? flat('실증 ', String(pilots), '건, 누적 투자 ', String(raisedEok), '억 원')
				: flat('실증 ', String(pilots), '건');
	}
	return startup;
}

/** Track record and what the company is looking for: the end of every description. */
function closingSentence(
	language: 'ko' | 'mixed' | 'en',
	customer: Pair,
	pilots: number,
	raisedEok: number,
	wanted: string
): string {
	const phrase = seekingPhrase(wanted);
	if (language === 'en') {
		return `${pilotsEn(pilots)} ${raisedEn(raisedEok)} It is looking for ${phrase[1]} with large partners.`;
	}
	if (language === 'mixed') return `${pilotsEn(pilots)} 대기업 파트너와의 ${phrase[0]} 기회를 찾고 있습니다.`;
	const track =
		pilots > 0 ? `지금까지 ${customer[0]} ${pilots}곳과 실증을 진행했고` : '첫 실증 파트너를 찾고 있으며';
	const raised =
		raisedEok > 0 ? `누적 투자 ${raisedEok}억 원을 유치했습니다.` : '아직 외부 투자는 받지 않았습니다.';
	return `${track} ${raised} ${phrase[0]} 기회를 찾고 있습니다.`;
}

function seekingPhrase(code: string): Pair {
	return seekingPhrases[code] ?? ['협업', 'partnerships'];
}

/** mulberry32: 32-bit state, fast, good enough for test data (not for anything secret). */
class Rng {
	private state: number;

	constructor(seed: number) {
		this.state = Math.floor(seed) >>> 0;
	}

	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** integer in [min, max], both inclusive */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		return at(items, Math.floor(this.next() * items.length));
	}

	/** `count` distinct items in random order (all of them when there are fewer). */
	sample<T>(items: readonly T[], count: number): T[] {
		if (count >= items.length) return items.slice();
		const result = new Array<T>(count);
		let taken = 0; // bitmask of chosen indices; the vocabularies here are all shorter than 32
		for (let filled = 0; filled < count;) {
			const index = Math.floor(this.next() * items.length);
			const bit = index < 31 ? 1 << index : 0;
			if (bit === 0 ? result.includes(at(items, index)) : (taken & bit) !== 0) continue;
			taken |= bit;
			result[filled++] = at(items, index);
		}
		return result;
	}

	weightedIndex(weights: readonly number[]): number {
		let total = 0;
		for (const weight of weights) total += weight;
		let roll = this.next() * total;
		for (let i = 0; i < weights.length; i++) {
			roll -= at(weights, i);
			if (roll < 0) return i;
		}
		return weights.length - 1;
	}

	weighted<T>(items: readonly T[], weights: readonly number[]): T {
		return at(items, this.weightedIndex(weights));
	}
}

/**
 * Concatenates into one flat string. A template literal builds a rope (a tree of cons strings), which for
 * 100k startups means millions of extra heap objects that survive and that the garbage collector copies;
 * join copies the parts once. Measured: about 30% less time for 100k startups.
 */
function flat(...parts: string[]): string {
	return parts.join('');
}

function at<T>(items: readonly T[], index: number): T {
	const item = items[index];
	if (item === undefined) throw new RangeError(`index ${index} out of range (length ${items.length})`);
	return item;
}

function pushUnique<T>(items: T[], item: T): void {
	if (!items.includes(item)) items.push(item);
}

function pilotsEn(pilots: number): string {
	if (pilots === 0) return 'It is preparing its first pilot.';
	return pilots === 1 ? 'It has completed one pilot.' : `It has completed ${pilots} pilots.`;
}

/** 억 원 → '₩800M' / '₩2.7B' */
function raisedEn(eok: number): string {
	if (eok === 0) return 'It is bootstrapped so far.';
	const amount = eok >= 10 ? `₩${eok / 10}B` : `₩${eok * 100}M`;
	return `It has raised ${amount}.`;
}

/** The first tag that is neither a key term in the text nor `other`; falls back to the first tag. */
function firstTagNotIn(
	tags: readonly string[],
	summaryTerms: readonly Pair[],
	descriptionTerms: readonly Pair[],
	other: string | undefined
): string {
	for (const tag of tags) {
		if (tag !== other && !mentions(summaryTerms, tag) && !mentions(descriptionTerms, tag)) return tag;
	}
	return at(tags, 0);
}

function mentions(terms: readonly Pair[], tag: string): boolean {
	for (const term of terms) {
		if (term[0] === tag || (term[1].length === tag.length && term[1].toLowerCase() === tag)) return true;
	}
	return false;
}

/** One side (0 = ko, 1 = en) of the terms joined; plain loops because this runs for every startup. */
function joinTerms(terms: readonly Pair[], side: 0 | 1, separator: string, onlyTranslated = false): string {
	let joined = '';
	for (const term of terms) {
		if (onlyTranslated && term[0] === term[1]) continue;
		joined = joined ? joined + separator + term[side] : term[side];
	}
	return joined;
}

/** `items` plus `item` when missing, as a new exact-size array (concat does not over-allocate like push). */
function withItem<T>(items: T[], item: T): T[] {
	return items.includes(item) ? items : items.concat([item]);
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Picks the Korean particle form: `withBatchim` after a final consonant (받침), else `without`. */
function josa(word: string, withBatchim: string, without: string): string {
	const last = word.charCodeAt(word.length - 1);
	const isHangulSyllable = last >= 0xac00 && last <= 0xd7a3;
	return isHangulSyllable && (last - 0xac00) % 28 !== 0 ? withBatchim : without;
}

/** Groups items under each of their keys (an item with two industries lands in both groups). */
function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of keys(item)) {
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
	}
	return groups;
}

/** Joins Korean phrases with the right form of 과/와. */
function joinKo(terms: readonly Pair[]): string {
	let joined = '';
	for (const term of terms) joined = joined ? `${joined}${josa(joined, '과', '와')} ${term[0]}` : term[0];
	return joined;
}

/** 20,000,000 → '2,000만 원'; 120,000,000 → '1.2억 원' */
function formatKrwKo(krw: number): string {
	if (krw >= 100_000_000) return `${Math.round(krw / 10_000_000) / 10}억 원`;
	return `${String(Math.round(krw / 10_000)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}만 원`;
}
