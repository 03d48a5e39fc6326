/**
 * The one Korean-aware tokenizer of Innomatch: the embedded search engine indexes and queries with it,
 * and the matcher's text relevance (BM25) uses the same terms, so both agree on what a "word" is.
 *
 * Text is NFKC-normalized (full-width letters and digits, compatibility forms) and lowercased, then
 * cut into words at separators and at script boundaries (`AI기반` → `ai`, `기반`):
 * - Latin words (letters and digits together, so `5g`, `b2b`, `3d` stay whole; other alphabets too);
 * - Hangul runs, indexed three ways: the whole run, the run without its trailing particle
 *   (`연속혈당측정기를` → `연속혈당측정기`), and its overlapping syllable bigrams, so a query finds
 *   a word inside a compound (`헬스케어` in `디지털헬스케어`) without a dictionary;
 * - Han and kana runs (no spaces between words), indexed whole and as bigrams.
 *
 * Pure: no I/O, no clock, no randomness.
 */
import { isHangulSyllable, isParticle, stripParticle } from './korean';

export type Script = 'latin' | 'hangul' | 'cjk';

/** A word of a normalized text; `start`/`end` are UTF-16 offsets into the string that was split. */
export interface Word {
	text: string;
	script: Script;
	start: number;
	end: number;
}

/** Bigram terms carry this prefix so they never collide with a two-syllable whole word. */
export const BIGRAM_PREFIX = '\u0001';

/** Longer queries are cut here: more terms add cost, and people do not type them. */
export const MAX_QUERY_TERMS = 10;

/**
 * True when NFKC (and so NFC) would return the text unchanged, known without normalizing it: it is
 * made only of ASCII, Hangul syllables and a few punctuation marks. Such text (most of ours) skips
 * the costly normalization call; a plain loop, as a regular expression was measurably slower here.
 */
export function isNormalizationStable(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80 || (c >= 0xac00 && c <= 0xd7a3)) continue;
		// · – — ‘ ’ ‚ ‛ “ ” ₩
		if (c === 0xb7 || c === 0x2013 || c === 0x2014 || (c >= 0x2018 && c <= 0x201d) || c === 0x20a9) continue;
		return false;
	}
	return true;
}

/** NFKC, then lowercase: how both documents and queries are compared. */
export function normalizeText(text: string): string {
	return (isNormalizationStable(text) ? text : text.normalize('NFKC')).toLowerCase();
}

const LETTER = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const HAN_OR_KANA = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;

const enum Kind {
	Separator,
	Latin,
	Hangul,
	Cjk,
	Mark
}

const SCRIPT_OF_KIND: readonly Script[] = ['latin', 'latin', 'hangul', 'cjk', 'latin'];

/** Kinds of the characters outside ASCII and Hangul, decided once by regular expression each. */
const rareKinds = new Map<number, Kind>();

function kindOf(code: number, text: string, at: number): Kind {
	if (code < 0x80) {
		// a-z, 0-9, A-Z (upper case only reaches here from the highlighter's folded text)
		return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)
			? Kind.Latin
			: Kind.Separator;
	}
	if (isHangulSyllable(code)) return Kind.Hangul;
	const point = text.codePointAt(at)!;
	let kind = rareKinds.get(point);
	if (kind === undefined) {
		kind = classify(point);
		if (rareKinds.size < 100_000) rareKinds.set(point, kind);
	}
	return kind;
}

function classify(point: number): Kind {
	// Bare jamo (an unfinished syllable while typing, ㅋㅋ) carry no searchable meaning.
	if ((point >= 0x1100 && point <= 0x11ff) || (point >= 0x3130 && point <= 0x318f)) return Kind.Separator;
	if ((point >= 0xa960 && point <= 0xa97f) || (point >= 0xd7b0 && point <= 0xd7ff)) return Kind.Separator;
	const char = String.fromCodePoint(point);
	// Letters only: punctuation such as the middle dot also lists Han among its script extensions.
	if (LETTER.test(char)) return HAN_OR_KANA.test(char) ? Kind.Cjk : Kind.Latin;
	return MARK.test(char) ? Kind.Mark : Kind.Separator;
}

/**
 * Splits an already normalized (or case-folded, see highlight) string into words. A Hangul run that
 * is only a particle glued to a Latin word (`AI를`, `5G와`) is dropped.
 */
export function splitWords(text: string): Word[] {
	const words: Word[] = [];
	let start = -1;
	let current = Kind.Separator;
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length ? text.charCodeAt(i) : 0x20;
		let kind = code === 0x20 ? Kind.Separator : kindOf(code, text, i);
		// A combining mark belongs to the word it follows (NFKC composes most of them anyway).
		if (kind === Kind.Mark) kind = start < 0 ? Kind.Separator : current;
		if (kind !== current || kind === Kind.Separator) {
			if (start >= 0) pushWord(words, text, start, i, SCRIPT_OF_KIND[current]!);
			start = kind === Kind.Separator ? -1 : i;
			current = kind;
		}
		if (code >= 0xd800 && code <= 0xdbff) i++;
	}
	return words;
}

function pushWord(words: Word[], text: string, start: number, end: number, script: Script): void {
	const word = text.slice(start, end);
	if (script === 'hangul') {
		const previous = words[words.length - 1];
		if (previous?.end === start && previous.script === 'latin' && isParticle(word)) return;
	}
	words.push({ text: word, script, start, end });
}

/** Overlapping two-character pieces of a Hangul or CJK word (none for a single character). */
export function bigrams(word: string): string[] {
	const result: string[] = [];
	for (let i = 0; i + 2 <= word.length; i++) result.push(word.slice(i, i + 2));
	return result;
}

/**
 * Index-time terms of a text, repeated as often as they occur (term frequency): whole words, Hangul
 * stems without particles, and bigram terms (prefixed with {@link BIGRAM_PREFIX}).
 */
export function indexTerms(text: string): string[] {
	const terms: string[] = [];
	for (const word of splitWords(normalizeText(text))) {
		terms.push(word.text);
		if (word.script !== 'latin') for (const extra of extraTermsOf(word)) terms.push(extra);
	}
	return terms;
}

/**
 * Stem and bigram terms of a Hangul or CJK word, memoized: words repeat (Zipf), and building the
 * bigram strings is most of the indexing time. Bounded so a huge corpus cannot grow it forever.
 */
const extraTermsCache = new Map<string, readonly string[]>();
const EXTRA_TERMS_CACHE_LIMIT = 200_000;

function extraTermsOf(word: Word): readonly string[] {
	const cached = extraTermsCache.get(word.text);
	if (cached) return cached;
	const extra: string[] = [];
	if (word.script === 'hangul') {
		const stem = stripParticle(word.text);
		if (stem !== undefined) extra.push(stem);
	}
	for (const gram of bigrams(word.text)) extra.push(BIGRAM_PREFIX + gram);
	if (extraTermsCache.size >= EXTRA_TERMS_CACHE_LIMIT) extraTermsCache.clear();
	extraTermsCache.set(word.text, extra);
	return extra;
}

/** One word of a query, with everything the engine may match it by. */
export interface QueryTerm {
	/** the word as typed, normalized */
	text: string;
	script: Script;
	/** Hangul: the word without its particle (equal to `text` when there is none) */
	stem: string;
	/** bigrams a document must all contain to hold the word inside a compound; empty for Latin */
	bigrams: string[];
	/** the last word of the query also matches as a prefix (search as you type) */
	prefix: boolean;
	/** edit distance tolerated for Latin words: 1 from 5 characters, 2 from 9, none with digits */
	typos: 0 | 1 | 2;
}

/** Typos tolerated for a Latin word (Meilisearch's defaults, so both engines forgive the same). */
export function typoBudget(word: string): 0 | 1 | 2 {
	if (/\d/.test(word)) return 0;
	if (word.length >= 9) return 2;
	return word.length >= 5 ? 1 : 0;
}

/**
 * Query-time analysis: like {@link indexTerms}, but one entry per distinct word with its
 * alternatives, the last word marked as a prefix, and at most {@link MAX_QUERY_TERMS} words.
 */
export function queryTerms(query: string): QueryTerm[] {
	const words = splitWords(normalizeText(query));
	const seen = new Set<string>();
	const terms: QueryTerm[] = [];
	words.forEach((word, index) => {
		const isLast = index === words.length - 1;
		if (seen.has(word.text) || terms.length >= MAX_QUERY_TERMS) return;
		seen.add(word.text);
		const stem = word.script === 'hangul' ? (stripParticle(word.text) ?? word.text) : word.text;
		// The stem's bigrams when it has two syllables or more, else the whole word's (`도로` → `도로`).
		const grams = word.script === 'latin' ? [] : bigrams(stem.length >= 2 ? stem : word.text);
		terms.push({
			text: word.text,
			script: word.script,
			stem,
			bigrams: grams,
			prefix: isLast,
			typos: word.script === 'latin' ? typoBudget(word.text) : 0
		});
	});
	return terms;
}
