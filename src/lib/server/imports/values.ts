/**
 * Reading the values people type into spreadsheets: taxonomy entries by code, Korean or English label
 * ("강원", "강원도", "Gangwon", "gangwon"), lists split on commas, years inside dates, counts with
 * units. Pure; the lookup tables are built once.
 */
import { regionOfficialNames, taxonomy, type TaxonomyKind } from '$lib/taxonomy';
import { normalizeHeader } from './fields';

const key = (s: string) => normalizeHeader(s);

function lookupTable(kind: TaxonomyKind): Map<string, string> {
	const table = new Map<string, string>();
	const add = (text: string, code: string) => {
		const k = key(text);
		if (k && !table.has(k)) table.set(k, code);
	};
	for (const e of taxonomy[kind]) {
		add(e.code, e.code);
		add(e.ko, e.code);
		add(e.en, e.code);
		// "농식품·푸드테크" → also "농식품" and "푸드테크"; "AI & data" → also "AI".
		for (const part of e.ko.split('·')) add(part, e.code);
		for (const part of e.en.split(/\s*[&/]\s*/)) add(part, e.code);
	}
	return table;
}

const TABLES = new Map<TaxonomyKind, Map<string, string>>(
	(['industries', 'stages', 'seeking'] as const).map((k) => [k, lookupTable(k)])
);

// Stages as people write them beyond the labels.
for (const [alias, code] of [
	['예비', 'idea'],
	['예비창업자', 'idea'],
	['창업준비', 'idea'],
	['prea', 'pre_a'],
	['seriesc', 'series_c_plus'],
	['시리즈c', 'series_c_plus'],
	['seriesd', 'series_c_plus'],
	['ipo', 'series_c_plus']
] as const)
	TABLES.get('stages')!.set(alias, code);

const CITIES: Record<string, readonly string[]> = {
	gangwon: ['춘천', '원주', '강릉', '속초', '동해', '삼척', '태백'],
	gyeonggi: [
		'수원',
		'성남',
		'용인',
		'고양',
		'안산',
		'안양',
		'화성',
		'평택',
		'부천',
		'시흥',
		'파주',
		'김포',
		'의정부',
		'판교'
	],
	chungbuk: ['청주', '충주', '제천'],
	chungnam: ['천안', '아산', '서산', '당진', '공주', '논산'],
	jeonbuk: ['전주', '익산', '군산', '정읍', '남원', '김제'],
	jeonnam: ['목포', '여수', '순천', '나주', '광양'],
	gyeongbuk: ['포항', '구미', '경주', '안동', '김천', '경산', '영주'],
	gyeongnam: ['창원', '김해', '진주', '양산', '거제', '통영', '사천'],
	jeju: ['제주', '서귀포']
};

const REGIONS = (() => {
	const table = lookupTable('regions');
	for (const [code, names] of Object.entries(regionOfficialNames)) {
		table.set(key(names.ko), code);
		table.set(key(names.en), code);
	}
	// Names still in everyday use: the provinces before they became 특별자치도, "서울시", "경기도".
	for (const e of taxonomy.regions) {
		table.set(key(`${e.ko}도`), e.code);
		table.set(key(`${e.ko}시`), e.code);
	}
	for (const [name, code] of [
		['강원도', 'gangwon'],
		['전라북도', 'jeonbuk'],
		['제주도', 'jeju'],
		['충청북도', 'chungbuk'],
		['충청남도', 'chungnam'],
		['경상북도', 'gyeongbuk'],
		['경상남도', 'gyeongnam'],
		['전라남도', 'jeonnam']
	] as const)
		table.set(key(name), code);
	// Longest first, so "전라남도 순천시" is read as 전라남도, not as a shorter name it starts with.
	return { table, prefixes: [...table.keys()].sort((a, b) => b.length - a.length) };
})();

/** A region code from a label, an official name or an address that starts with one. */
export function regionCode(text: string): string | undefined {
	const k = key(text);
	if (!k) return undefined;
	const exact = REGIONS.table.get(k);
	if (exact) return exact;
	const prefix = REGIONS.prefixes.find((p) => p.length >= 2 && k.startsWith(p));
	if (prefix) return REGIONS.table.get(prefix);
	// A city only as the whole cell or the address's first word ("춘천시", "원주 문막읍"), never as the
	// start of another word ("화성시티" is not 화성).
	return CITY_REGIONS.get(k) ?? CITY_REGIONS.get(key(text.trim().split(/\s+/)[0] ?? ''));
}

/**
 * Cities a spreadsheet often gives instead of the province, where the name means one province only
 * (경기 광주시 is left out: "광주" is the metropolitan city).
 */
const CITY_REGIONS = new Map(
	Object.entries(CITIES).flatMap(([code, cities]) =>
		cities.flatMap((city) => [
			[key(city), code],
			[key(`${city}시`), code]
		])
	)
);

/** A code of `kind` from its code or label, in Korean or English. */
export function taxonomyCode(kind: 'industries' | 'stages' | 'seeking', text: string): string | undefined {
	return TABLES.get(kind)!.get(key(text));
}

/** The parts of a list cell: "AI, 바이오; 핀테크" → three. Not split on "·", which labels contain. */
export function splitList(text: string, separators = /[,;|\n\r]+/): string[] {
	return text
		.split(separators)
		.map((s) => s.trim())
		.filter((s) => s !== '');
}

/** The year in "2019", "2019년", "2019-03-01", "2019.3.1"; undefined when there is none. */
export function yearOf(text: string): number | undefined {
	const match = /^\s*(\d{4})(?:\s*년|[-./]\d{1,2}(?:[-./]\d{1,2})?\.?|)\s*$/.exec(text);
	return match ? Number(match[1]) : undefined;
}

/** A whole count in "12", "12명", "1,200"; undefined when it is not one. */
export function countOf(text: string): number | undefined {
	const match = /^\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(?:명|people|persons)?\s*$/i.exec(text);
	return match ? Number(match[1]!.replace(/,/g, '')) : undefined;
}

/** "example.kr" → "https://example.kr"; anything with a scheme is kept as it is. */
export function withScheme(text: string): string {
	return /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
}
