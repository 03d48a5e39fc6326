import type { Locale } from '$lib/i18n/locale';

const HANGUL = /[\uac00-\ud7a3]/g;
const LATIN = /[a-z]/gi;

/**
 * The `lang` to put on user-written text when it is not in the page's language, so screen readers
 * pronounce it right: Korean text on an English page gets `ko`, English text on a Korean page `en`.
 * Mixed text is judged by which script has more letters; undefined means "same as the page".
 */
export function langOf(text: string | null | undefined, locale: Locale): Locale | undefined {
	if (!text) return undefined;
	const hangul = text.match(HANGUL)?.length ?? 0;
	const latin = text.match(LATIN)?.length ?? 0;
	const written: Locale = hangul * 2 >= latin && hangul > 0 ? 'ko' : 'en';
	return written === locale ? undefined : written;
}

/** An organization's name in the page's language: the English name on English pages when there is one. */
export function displayName(org: { name: string; nameEn?: string | null }, locale: Locale): string {
	return locale === 'en' && org.nameEn ? org.nameEn : org.name;
}
