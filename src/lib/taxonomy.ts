/**
 * The shared vocabularies of the catalog: industries, funding stages, regions, what a startup seeks and
 * what a corporate offers in a challenge. Codes are stable ASCII identifiers stored in the database and
 * used in URLs and filters; labels are for display only and may change.
 *
 * Pure data and lookups — safe to import from the browser, the server, seeds and benchmarks.
 */

export interface TaxonomyEntry {
	readonly code: string;
	readonly ko: string;
	readonly en: string;
}

/** Industries as Korean startup programs usually slice them (K-Startup, TIPS, the centers' own calls). */
export const industries = [
	{ code: 'digital_healthcare', ko: '디지털헬스케어', en: 'Digital healthcare' },
	{ code: 'mobility', ko: '모빌리티', en: 'Mobility' },
	{ code: 'energy', ko: '에너지', en: 'Energy' },
	{ code: 'agrifood', ko: '농식품·푸드테크', en: 'Agrifood & food tech' },
	{ code: 'fintech', ko: '핀테크', en: 'Fintech' },
	{ code: 'retail_commerce', ko: '유통·커머스', en: 'Retail & commerce' },
	{ code: 'smart_manufacturing', ko: '스마트제조', en: 'Smart manufacturing' },
	{ code: 'content_metaverse', ko: '콘텐츠·메타버스', en: 'Content & metaverse' },
	{ code: 'bio', ko: '바이오·제약', en: 'Bio & pharma' },
	{ code: 'environment', ko: '환경·탄소중립', en: 'Environment & climate' },
	{ code: 'logistics', ko: '물류', en: 'Logistics' },
	{ code: 'marine_shipbuilding', ko: '해양·조선', en: 'Marine & shipbuilding' },
	{ code: 'ai_data', ko: 'AI·빅데이터', en: 'AI & data' },
	{ code: 'edutech', ko: '에듀테크', en: 'Edtech' },
	{ code: 'proptech', ko: '프롭테크·스마트시티', en: 'Proptech & smart city' },
	{ code: 'tourism', ko: '관광·레저', en: 'Tourism & leisure' },
	{ code: 'aerospace_defense', ko: '우주항공·방산', en: 'Aerospace & defense' },
	{ code: 'semiconductor', ko: '반도체·디스플레이', en: 'Semiconductors & displays' },
	{ code: 'robotics', ko: '로봇', en: 'Robotics' },
	{ code: 'security', ko: '사이버보안', en: 'Security' },
	{ code: 'other', ko: '기타', en: 'Other' }
] as const satisfies readonly TaxonomyEntry[];

/** Funding stages, youngest first: index order is meaningful (the matcher measures stage distance). */
export const stages = [
	{ code: 'idea', ko: '예비창업', en: 'Idea / pre-founding' },
	{ code: 'pre_seed', ko: '프리시드', en: 'Pre-seed' },
	{ code: 'seed', ko: '시드', en: 'Seed' },
	{ code: 'pre_a', ko: '프리A', en: 'Pre-Series A' },
	{ code: 'series_a', ko: '시리즈A', en: 'Series A' },
	{ code: 'series_b', ko: '시리즈B', en: 'Series B' },
	{ code: 'series_c_plus', ko: '시리즈C 이상', en: 'Series C+' }
] as const satisfies readonly TaxonomyEntry[];

/** Korea's 17 first-level divisions, short labels as used in everyday Korean (서울, 강원, 전북 …). */
export const regions = [
	{ code: 'seoul', ko: '서울', en: 'Seoul' },
	{ code: 'busan', ko: '부산', en: 'Busan' },
	{ code: 'daegu', ko: '대구', en: 'Daegu' },
	{ code: 'incheon', ko: '인천', en: 'Incheon' },
	{ code: 'gwangju', ko: '광주', en: 'Gwangju' },
	{ code: 'daejeon', ko: '대전', en: 'Daejeon' },
	{ code: 'ulsan', ko: '울산', en: 'Ulsan' },
	{ code: 'sejong', ko: '세종', en: 'Sejong' },
	{ code: 'gyeonggi', ko: '경기', en: 'Gyeonggi' },
	{ code: 'gangwon', ko: '강원', en: 'Gangwon' },
	{ code: 'chungbuk', ko: '충북', en: 'Chungbuk' },
	{ code: 'chungnam', ko: '충남', en: 'Chungnam' },
	{ code: 'jeonbuk', ko: '전북', en: 'Jeonbuk' },
	{ code: 'jeonnam', ko: '전남', en: 'Jeonnam' },
	{ code: 'gyeongbuk', ko: '경북', en: 'Gyeongbuk' },
	{ code: 'gyeongnam', ko: '경남', en: 'Gyeongnam' },
	{ code: 'jeju', ko: '제주', en: 'Jeju' }
] as const satisfies readonly TaxonomyEntry[];

/** What a startup is looking for on the platform. */
export const seeking = [
	{ code: 'poc', ko: 'PoC(기술검증)', en: 'Proof of concept' },
	{ code: 'investment', ko: '투자 유치', en: 'Investment' },
	{ code: 'distribution', ko: '판로 개척', en: 'Sales channels' },
	{ code: 'joint_rnd', ko: '공동 R&D', en: 'Joint R&D' },
	{ code: 'mentoring', ko: '멘토링', en: 'Mentoring' }
] as const satisfies readonly TaxonomyEntry[];

/**
 * What a corporate offers in a challenge. Codes shared with `seeking` mean the same thing on both
 * sides, which is what lets the matcher compare them directly.
 */
export const collaborationTypes = [
	{ code: 'poc', ko: 'PoC(기술검증)', en: 'Proof of concept' },
	{ code: 'joint_rnd', ko: '공동 R&D', en: 'Joint R&D' },
	{ code: 'investment', ko: '전략적 투자', en: 'Strategic investment' },
	{ code: 'distribution', ko: '판로·유통 연계', en: 'Distribution' },
	{ code: 'procurement', ko: '구매·납품', en: 'Procurement' },
	{ code: 'licensing', ko: '기술 라이선싱', en: 'Technology licensing' },
	{ code: 'open_data', ko: '데이터·인프라 개방', en: 'Open data & infrastructure' }
] as const satisfies readonly TaxonomyEntry[];

export type IndustryCode = (typeof industries)[number]['code'];
export type StageCode = (typeof stages)[number]['code'];
export type RegionCode = (typeof regions)[number]['code'];
export type SeekingCode = (typeof seeking)[number]['code'];
export type CollaborationTypeCode = (typeof collaborationTypes)[number]['code'];

/** Official names of the regions (since 2023–24 Gangwon and Jeonbuk are 특별자치도). */
export const regionOfficialNames: Readonly<Record<RegionCode, { readonly ko: string; readonly en: string }>> =
	{
		seoul: { ko: '서울특별시', en: 'Seoul' },
		busan: { ko: '부산광역시', en: 'Busan' },
		daegu: { ko: '대구광역시', en: 'Daegu' },
		incheon: { ko: '인천광역시', en: 'Incheon' },
		gwangju: { ko: '광주광역시', en: 'Gwangju' },
		daejeon: { ko: '대전광역시', en: 'Daejeon' },
		ulsan: { ko: '울산광역시', en: 'Ulsan' },
		sejong: { ko: '세종특별자치시', en: 'Sejong Special Self-Governing City' },
		gyeonggi: { ko: '경기도', en: 'Gyeonggi Province' },
		gangwon: { ko: '강원특별자치도', en: 'Gangwon State' },
		chungbuk: { ko: '충청북도', en: 'North Chungcheong Province' },
		chungnam: { ko: '충청남도', en: 'South Chungcheong Province' },
		jeonbuk: { ko: '전북특별자치도', en: 'Jeonbuk State' },
		jeonnam: { ko: '전라남도', en: 'South Jeolla Province' },
		gyeongbuk: { ko: '경상북도', en: 'North Gyeongsang Province' },
		gyeongnam: { ko: '경상남도', en: 'South Gyeongsang Province' },
		jeju: { ko: '제주특별자치도', en: 'Jeju Special Self-Governing Province' }
	};

export const taxonomy = { industries, stages, regions, seeking, collaborationTypes } as const;

export type TaxonomyKind = keyof typeof taxonomy;

const taxonomyKinds = Object.keys(taxonomy) as TaxonomyKind[];

// One map per kind, built once, so lookups stay O(1) inside hot loops (scoring, CSV import).
const entriesByCode: ReadonlyMap<TaxonomyKind, ReadonlyMap<string, TaxonomyEntry>> = new Map(
	taxonomyKinds.map((kind) => {
		const entries: readonly TaxonomyEntry[] = taxonomy[kind];
		return [kind, new Map(entries.map((entry) => [entry.code, entry]))] as const;
	})
);

/** The entry for `code` in `kind`, or undefined when the code is not part of that vocabulary. */
export function findEntry(kind: TaxonomyKind, code: string): TaxonomyEntry | undefined {
	return entriesByCode.get(kind)?.get(code);
}

/** Whether `code` belongs to the vocabulary `kind`. */
export function isCode(kind: TaxonomyKind, code: string): boolean {
	return findEntry(kind, code) !== undefined;
}

/** The display label of `code` in `locale`; an unknown code is shown as itself rather than hidden. */
export function label(kind: TaxonomyKind, code: string, locale: 'ko' | 'en'): string {
	return findEntry(kind, code)?.[locale] ?? code;
}

/** Position of a stage, youngest = 0; -1 for an unknown code. */
export function stageIndex(code: string): number {
	return stages.findIndex((stage) => stage.code === code);
}
