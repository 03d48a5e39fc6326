/**
 * Highlights for the hits on one page: a field's text cut into segments, the parts the query matched
 * marked. Segments are substrings of the text (NFC, which looks the same), so the page shows exactly
 * what was stored; matching runs on a case-folded copy of the same length, so offsets carry over.
 */
import { stripParticle } from '../korean';
import type { Segment } from '../port';
import { isNormalizationStable, splitWords } from '../tokenizer';
import type { MatchedTerms } from './matching';

const foldCache = new Map<string, string>();

/** Lowercase and NFKC per UTF-16 unit, keeping the length: a unit that would expand stays as it is. */
function fold(text: string): string {
	// ASCII and Hangul (most text here) lowercase without changing length
	if (isNormalizationStable(text)) return text.toLowerCase();
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) {
			out += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : text[i];
			continue;
		}
		if (code >= 0xd800 && code <= 0xdfff) {
			out += text[i];
			continue;
		}
		const char = text[i]!;
		let folded = foldCache.get(char);
		if (folded === undefined) {
			const candidate = char.normalize('NFKC').toLowerCase();
			folded = candidate.length === 1 ? candidate : char;
			if (foldCache.size < 10_000) foldCache.set(char, folded);
		}
		out += folded;
	}
	return out;
}

/** The text cut into matched and unmatched segments (one unmatched segment when nothing matched). */
export function highlightText(text: string, matched: MatchedTerms): Segment[] {
	const display = isNormalizationStable(text) ? text : text.normalize('NFC');
	const ranges: [number, number][] = [];
	for (const word of splitWords(fold(display))) {
		if (matched.words.has(word.text)) {
			ranges.push([word.start, word.end]);
			continue;
		}
		if (word.script === 'latin') continue;
		const stem = word.script === 'hangul' ? stripParticle(word.text) : undefined;
		if (stem !== undefined && matched.words.has(stem)) ranges.push([word.start, word.start + stem.length]);
		for (const needle of matched.needles) {
			for (let at = word.text.indexOf(needle); at >= 0; at = word.text.indexOf(needle, at + 1)) {
				ranges.push([word.start + at, word.start + at + needle.length]);
			}
		}
	}
	return toSegments(display, ranges);
}

function toSegments(text: string, ranges: [number, number][]): Segment[] {
	ranges.sort((a, b) => a[0] - b[0]);
	const segments: Segment[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		if (end <= at) continue;
		const from = Math.max(start, at);
		if (from > at) segments.push({ text: text.slice(at, from), match: false });
		const last = segments[segments.length - 1];
		if (last?.match && from === at) last.text += text.slice(from, end);
		else segments.push({ text: text.slice(from, end), match: true });
		at = end;
	}
	if (at < text.length) segments.push({ text: text.slice(at), match: false });
	return segments;
}
