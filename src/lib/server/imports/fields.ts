/**
 * The fields a startup import can fill, the header names that suggest them (Korean and English, as
 * centers' own spreadsheets name them), and how a header is normalized before it is compared.
 * Pure data and functions.
 */

export const IMPORT_FIELDS = [
	'name',
	'nameEn',
	'businessNumber',
	'region',
	'industries',
	'techTags',
	'stage',
	'seeking',
	'foundedYear',
	'employees',
	'website',
	'summary',
	'description'
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Field → column index in the spreadsheet (0-based); unmapped fields are absent. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Header names per field, already normalized (see normalizeHeader). */
const ALIASES: Record<ImportField, readonly string[]> = {
	name: [
		'기업명',
		'회사명',
		'업체명',
		'상호',
		'상호명',
		'스타트업명',
		'법인명',
		'기업',
		'name',
		'company',
		'companyname',
		'startup',
		'startupname'
	],
	nameEn: ['영문명', '영문기업명', '영문회사명', '영문상호', 'nameen', 'englishname', 'nameinenglish'],
	businessNumber: [
		'사업자등록번호',
		'사업자번호',
		'사업자',
		'brn',
		'businessnumber',
		'businessregistrationnumber',
		'registrationnumber',
		'bizno'
	],
	region: ['지역', '소재지', '시도', '광역시도', '지역구분', 'region', 'province', 'location'],
	industries: ['업종', '산업', '산업분야', '분야', '업종분야', 'industry', 'industries', 'sector', 'sectors'],
	techTags: [
		'기술',
		'기술분야',
		'핵심기술',
		'기술태그',
		'키워드',
		'태그',
		'tech',
		'techtags',
		'technology',
		'technologies',
		'tags',
		'keywords'
	],
	stage: ['단계', '투자단계', '성장단계', '기업단계', 'stage', 'fundingstage', 'investmentstage'],
	seeking: ['희망협력', '협력희망', '희망지원', '필요지원', 'seeking', 'lookingfor', 'needs'],
	foundedYear: [
		'설립연도',
		'설립년도',
		'창업연도',
		'설립년',
		'설립일',
		'설립일자',
		'founded',
		'foundedyear',
		'yearfounded',
		'established'
	],
	employees: [
		'직원수',
		'임직원수',
		'종업원수',
		'고용인원',
		'인원',
		'employees',
		'headcount',
		'staff',
		'numberofemployees'
	],
	website: ['웹사이트', '홈페이지', '홈페이지주소', '사이트', 'website', 'homepage', 'url', 'web'],
	summary: [
		'소개',
		'한줄소개',
		'기업소개',
		'요약',
		'사업요약',
		'주요사업',
		'summary',
		'oneliner',
		'tagline',
		'about'
	],
	description: ['상세소개', '상세설명', '사업내용', '설명', 'description', 'details']
};

/** Lowercase, without spaces, punctuation and bracketed notes: "직원 수(명)" → "직원수". */
export function normalizeHeader(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/\([^)]*\)|\[[^\]]*\]/g, '')
		.replace(/[\s\p{P}\p{S}]/gu, '');
}

const FIELD_BY_ALIAS = new Map<string, ImportField>(
	IMPORT_FIELDS.flatMap((f) => ALIASES[f].map((a) => [a, f] as const))
);

/** The field a header names, if it is one we know. */
export function fieldForHeader(header: string): ImportField | undefined {
	return FIELD_BY_ALIAS.get(normalizeHeader(header));
}

/** A mapping suggested from the headers: each known field takes the first column that names it. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
	const mapping: ColumnMapping = {};
	headers.forEach((header, index) => {
		const field = fieldForHeader(header);
		if (field && mapping[field] === undefined) mapping[field] = index;
	});
	return mapping;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
	let n = index + 1;
	let out = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		out = String.fromCharCode(65 + r) + out;
		n = Math.floor((n - 1) / 26);
	}
	return out;
}
