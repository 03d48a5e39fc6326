/** Small helpers for the matcher's bilingual sentences. */
import { label, type TaxonomyKind } from '../../taxonomy';
import type { Localized } from './types';

/** A sentence in both languages. */
export const say = (ko: string, en: string): Localized => ({ ko, en });

const list = (kind: TaxonomyKind, codes: readonly string[], locale: 'ko' | 'en') =>
	codes.map((code) => label(kind, code, locale)).join(', ');

/** The display labels of codes, joined, in both languages. */
export const labels = (kind: TaxonomyKind, codes: readonly string[]): Localized =>
	say(list(kind, codes, 'ko'), list(kind, codes, 'en'));

/** Tags as the challenge spells them, joined. */
export function names(tags: readonly { tag: string }[]): string {
	return tags.map((tag) => tag.tag).join(', ');
}

/** `1 tech tag`, `3 tech tags`. */
export function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
