import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripParticle } from '../../src/lib/server/search/korean';
import {
	BIGRAM_PREFIX,
	MAX_QUERY_TERMS,
	indexTerms,
	normalizeText,
	queryTerms,
	splitWords,
	typoBudget
} from '../../src/lib/server/search/tokenizer';

const words = (text: string) => splitWords(normalizeText(text)).map((w) => w.text);
const gram = (g: string) => BIGRAM_PREFIX + g;

describe('normalizing and splitting', () => {
	it('folds full-width letters and case (NFKC, then lowercase)', () => {
		expect(words('ＡＩ Ｓｔａｒｔｕｐ　ＧＯ')).toEqual(['ai', 'startup', 'go']);
	});

	it('splits mixed tokens at script boundaries', () => {
		expect(words('AI기반 ESG경영')).toEqual(['ai', '기반', 'esg', '경영']);
	});

	it('keeps letters and digits together in Latin words', () => {
		expect(words('B2B 3D프린팅 5G·IoT')).toEqual(['b2b', '3d', '프린팅', '5g', 'iot']);
	});

	it('drops a particle glued to a Latin word, but not a real word', () => {
		expect(words('AI를 활용한 5G와 AI기반')).toEqual(['ai', '활용한', '5g', 'ai', '기반']);
	});

	it('treats bare jamo (an unfinished syllable) as a separator', () => {
		expect(words('ㅋㅋ 헬ㅅ')).toEqual(['헬']);
	});

	it('gives offsets into the string it split', () => {
		const text = normalizeText('Hello, 디지털헬스케어를 봐요');
		for (const w of splitWords(text)) expect(text.slice(w.start, w.end)).toBe(w.text);
	});
});

describe('Korean particles', () => {
	it.each([
		['헬스케어를', '헬스케어'],
		['연속혈당측정기를', '연속혈당측정기'],
		['대구에서', '대구'],
		['방법으로', '방법'],
		['서울로', '서울'],
		['스마트팜이나', '스마트팜'],
		['기업들을', '기업'],
		['물류센터에서는', '물류센터'],
		['병원과의', '병원']
	])('strips the particle of %s', (word, stem) => {
		expect(stripParticle(word)).toBe(stem);
	});

	it('never strips a word down to nothing', () => {
		expect(stripParticle('를')).toBeUndefined();
		expect(stripParticle('에서')).toBeUndefined();
		expect(stripParticle('기술')).toBeUndefined();
	});

	it('indexes a two-syllable word that ends like a particle whole, with its one-syllable stem beside it', () => {
		const terms = indexTerms('도로');
		expect(terms).toContain('도로');
		expect(terms).toContain('도');
	});
});

describe('index terms', () => {
	it('holds the whole word, its stem and its bigrams', () => {
		expect(indexTerms('연속혈당측정기를')).toEqual([
			'연속혈당측정기를',
			'연속혈당측정기',
			...['연속', '속혈', '혈당', '당측', '측정', '정기', '기를'].map(gram)
		]);
	});

	it('lets a word be found inside a compound: every bigram of 헬스케어 is in 디지털헬스케어', () => {
		const terms = new Set(indexTerms('디지털헬스케어 플랫폼'));
		for (const g of queryTerms('헬스케어')[0]!.bigrams) expect(terms).toContain(gram(g));
	});

	it('indexes Han and kana runs whole and as bigrams', () => {
		expect(indexTerms('東京タワー')).toEqual(['東京タワー', ...['東京', '京タ', 'タワ', 'ワー'].map(gram)]);
	});

	it('counts repeated words once per occurrence (term frequency)', () => {
		expect(indexTerms('battery battery').filter((t) => t === 'battery')).toHaveLength(2);
	});
});

describe('query terms', () => {
	it('strips the particle of a Korean query word and matches it by its stem bigrams', () => {
		const [term] = queryTerms('헬스케어를');
		expect(term).toMatchObject({
			text: '헬스케어를',
			stem: '헬스케어',
			bigrams: ['헬스', '스케', '케어'],
			script: 'hangul'
		});
	});

	it('marks only the last word as a prefix', () => {
		expect(queryTerms('logistics batt').map((t) => [t.text, t.prefix])).toEqual([
			['logistics', false],
			['batt', true]
		]);
	});

	it('uses the whole word for bigrams when the stem is one syllable (도로 inside 고속도로)', () => {
		expect(queryTerms('도로')[0]).toMatchObject({ stem: '도', bigrams: ['도로'] });
	});

	it('reads mixed Korean and English queries', () => {
		expect(queryTerms('AI 재고').map((t) => [t.text, t.script])).toEqual([
			['ai', 'latin'],
			['재고', 'hangul']
		]);
	});

	it('tolerates one typo from 5 letters and two from 9, none in words with digits', () => {
		expect([
			typoBudget('batt'),
			typoBudget('logistcs'),
			typoBudget('logistics'),
			typoBudget('covid19')
		]).toEqual([0, 1, 2, 0]);
		expect(queryTerms('logistcs')[0]!.typos).toBe(1);
		expect(queryTerms('재고관리')[0]!.typos).toBe(0);
	});

	it('drops repeated words and stops at the maximum', () => {
		expect(queryTerms('ai ai 재고').map((t) => t.text)).toEqual(['ai', '재고']);
		const many = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
		expect(queryTerms(many)).toHaveLength(MAX_QUERY_TERMS);
	});

	it('has no terms for an empty or punctuation-only query', () => {
		expect(queryTerms('')).toEqual([]);
		expect(queryTerms('  ·!? ')).toEqual([]);
	});
});

/** Text from pieces that exercise every branch: particles, compounds, scripts, width, jamo, marks. */
const catalogText = fc
	.array(
		fc.constantFrom(
			'헬스케어',
			'를',
			'에서',
			'디지털',
			'AI',
			'ai',
			'기반',
			' ',
			'  ',
			'·',
			'-',
			'ＡＩ',
			'５Ｇ',
			'도로',
			'들을',
			'ㅋ',
			'ㅅ',
			'東京',
			'タワー',
			'é',
			'e\u0301',
			'İ',
			'ß',
			'🙂',
			'\u0000',
			'\n',
			'logistics',
			'3d',
			'으로'
		),
		{ maxLength: 24 }
	)
	.map((parts) => parts.join(''));

const anyText = fc.oneof(
	catalogText,
	fc.string({ unit: 'binary', maxLength: 60 }),
	fc.string({ unit: 'grapheme', maxLength: 40 })
);

describe('tokenizer properties', () => {
	it('never throws, and every term is a non-empty string without whitespace', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				for (const term of indexTerms(text)) {
					expect(term.length).toBeGreaterThan(term.startsWith(BIGRAM_PREFIX) ? 1 : 0);
					expect(term).not.toMatch(/\s/u);
				}
				for (const q of queryTerms(text)) {
					expect(q.text.length).toBeGreaterThan(0);
					expect(q.stem.length).toBeGreaterThan(0);
					for (const g of q.bigrams) expect(g).toHaveLength(2);
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('is deterministic', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				expect(indexTerms(text)).toEqual(indexTerms(text));
				expect(queryTerms(text)).toEqual(queryTerms(text));
			}),
			{ numRuns: 300 }
		);
	});

	it('always finds a text by its own words: every query alternative is among the index terms', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const terms = new Set(indexTerms(text));
				for (const q of queryTerms(text)) {
					expect(terms).toContain(q.text);
					expect(terms).toContain(q.stem);
					for (const g of q.bigrams) expect(terms).toContain(gram(g));
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('gives word offsets that slice the split string back into the words', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const normalized = normalizeText(text);
				for (const w of splitWords(normalized)) expect(normalized.slice(w.start, w.end)).toBe(w.text);
			}),
			{ numRuns: 300 }
		);
	});
});
