// The Paraglide compiler options, shared by the Vite plugin (vite.config.ts) and the stand-alone
// compile that `npm run check` needs before type-checking a fresh clone (scripts/i18n-compile.ts).
/** @type {{ project: string, outdir: string, strategy: ('cookie' | 'preferredLanguage' | 'baseLocale')[], cookieName: string }} */
export const paraglideOptions = {
	project: './src/lib/i18n/project.inlang',
	outdir: './src/lib/paraglide',
	// Same locale-free URLs in both languages: the user's choice (cookie), then Accept-Language.
	strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
	// Must match LOCALE_COOKIE in src/lib/i18n/locale.ts.
	cookieName: 'locale'
};
