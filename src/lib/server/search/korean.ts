/**
 * Korean helpers for the tokenizer: which characters are Hangul syllables, and the particles (조사)
 * that attach to the end of a word without a space (`헬스케어를`, `대구에서`, `AI와`).
 *
 * Pure data and string functions, no I/O.
 */

/** Particles and common particle chains, longest first so `에서는` wins over `는` and `으로` over `로`. */
const PARTICLES: readonly string[] = [
	'으로부터',
	'에서부터',
	'에게서',
	'한테서',
	'에서는',
	'에서도',
	'에서의',
	'으로는',
	'으로도',
	'으로의',
	'에게는',
	'에게도',
	'까지는',
	'까지도',
	'부터는',
	'부터도',
	'에서',
	'에게',
	'한테',
	'으로',
	'까지',
	'부터',
	'이나',
	'하고',
	'이랑',
	'처럼',
	'보다',
	'마다',
	'에는',
	'에도',
	'과의',
	'와의',
	'로의',
	'을',
	'를',
	'이',
	'가',
	'은',
	'는',
	'의',
	'에',
	'와',
	'과',
	'로',
	'도',
	'만',
	'나',
	'랑',
	'께'
].sort((a, b) => b.length - a.length);

const PARTICLE_SET: ReadonlySet<string> = new Set(PARTICLES);

/** Particles by their last syllable (still longest first): a word is checked against a handful, not all. */
const PARTICLES_BY_LAST = new Map<string, string[]>();
for (const particle of PARTICLES) {
	const last = particle[particle.length - 1]!;
	const list = PARTICLES_BY_LAST.get(last);
	if (list) list.push(particle);
	else PARTICLES_BY_LAST.set(last, [particle]);
}

/** Whether a UTF-16 code unit is a precomposed Hangul syllable (가 … 힣). */
export function isHangulSyllable(code: number): boolean {
	return code >= 0xac00 && code <= 0xd7a3;
}

/** True when the whole run is one particle, e.g. the `를` of `AI를`. */
export function isParticle(run: string): boolean {
	return PARTICLE_SET.has(run);
}

/**
 * The word without its trailing particle, or undefined when nothing can be stripped.
 *
 * The stem keeps at least one syllable. Two-syllable words whose last syllable merely looks like a
 * particle (`도로`, `회의`, `사과`) also yield a one-syllable stem (`도`, `회`, `사`): the tokenizer
 * always keeps the whole word next to the stem, and the engine weighs a one-syllable stem far below
 * the whole word, so such a word still ranks its own exact matches first.
 *
 * A plural `들` left in front of the particle goes too (`기업들을` → `기업`) when two syllables remain.
 */
export function stripParticle(word: string): string | undefined {
	let stem: string | undefined;
	for (const particle of PARTICLES_BY_LAST.get(word[word.length - 1] ?? '') ?? []) {
		if (word.length > particle.length && word.endsWith(particle)) {
			stem = word.slice(0, word.length - particle.length);
			break;
		}
	}
	const base = stem ?? word;
	if (base.length >= 3 && base.endsWith('들')) stem = base.slice(0, -1);
	return stem;
}
