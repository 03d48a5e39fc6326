/**
 * The benchmark's data and queries: synthetic startups as search documents, and 200 mixed
 * Korean/English queries drawn deterministically from the same vocabulary — particles attached,
 * parts of compounds, prefixes, typos, names, and Korean and English together.
 */
import { generateSynthetic } from '../seeds/synthetic';
import type { StartupDocument } from '../src/lib/server/search/port';
import { stripParticle } from '../src/lib/server/search/korean';

/** A fixed start for synthetic creation times, one second apart, so sorting never depends on the clock. */
const EPOCH_MS = Date.UTC(2025, 0, 1);

export function syntheticStartupDocuments(count: number, seed: number): StartupDocument[] {
	const { startups } = generateSynthetic({ startups: count, challenges: 0, seed });
	return startups.map((s, i) => ({
		id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
		name: s.name,
		nameEn: s.nameEn ?? null,
		summary: s.summary,
		description: s.description,
		industries: s.industries,
		techTags: s.techTags,
		stage: s.stage,
		region: s.region,
		seeking: s.seeking,
		homeCenterId: s.homeCenter,
		stewardCenterId: null,
		visibility: s.visibility,
		createdAt: EPOCH_MS + i * 1000,
		updatedAt: EPOCH_MS + i * 1000
	}));
}

/** mulberry32, as in the synthetic generator: same seed, same queries. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PARTICLES = ['를', '을', '에서', '의', '와', '으로', '는', '이', '에'];
const HANGUL_WORD = /^[\uac00-\ud7a3]{2,}$/;
/** Verb and ending forms (설립되어, 있습니다, 해결하는): people search for nouns. */
const VERB_LIKE = /(다|고|어|여|며|해|한|하는|되는|습니|입니)$|습니|되어|하고/;
const LATIN_WORD = /^[a-z]{5,}$/;

export type QueryKind = 'particle' | 'compound' | 'tag' | 'prefix' | 'typo' | 'mixed' | 'name' | 'korean';
const KINDS: readonly QueryKind[] = [
	'particle',
	'compound',
	'tag',
	'prefix',
	'typo',
	'mixed',
	'name',
	'korean'
];

/** `count` queries (default 200), an equal share of each kind, in a fixed order. */
export function benchmarkQueries(
	docs: readonly StartupDocument[],
	count = 200,
	seed = 42
): { q: string; kind: QueryKind }[] {
	const next = random(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	const words = (text: string) => text.split(/[\s·(),.]+/).filter(Boolean);
	const hangul = (doc: StartupDocument) =>
		words(`${doc.summary} ${doc.description}`)
			.map((w) => stripParticle(w) ?? w)
			.filter((w) => HANGUL_WORD.test(w) && !VERB_LIKE.test(w));
	const latin = (doc: StartupDocument) =>
		words(`${doc.summary} ${doc.description} ${doc.techTags.join(' ')}`.toLowerCase()).filter((w) =>
			LATIN_WORD.test(w)
		);

	const queries: { q: string; kind: QueryKind }[] = [];
	while (queries.length < count) {
		const kind = KINDS[queries.length % KINDS.length]!;
		const doc = pick(docs);
		const ko = hangul(doc);
		const en = latin(doc);
		let q: string | undefined;
		if (kind === 'particle' && ko.length) q = pick(ko) + pick(PARTICLES);
		else if (kind === 'compound') {
			const long = ko.filter((w) => w.length >= 4);
			const word = long.length ? pick(long) : undefined;
			// the tail of a compound: 헬스케어 of 디지털헬스케어
			if (word) q = word.slice(-(2 + Math.floor(next() * 2)));
		} else if (kind === 'tag') q = pick(doc.techTags);
		else if (kind === 'prefix' && en.length) q = pick(en).slice(0, 3 + Math.floor(next() * 2));
		else if (kind === 'typo' && en.length) q = typo(pick(en), next);
		else if (kind === 'mixed' && en.length && ko.length) q = `${pick(en)} ${pick(ko)}`;
		else if (kind === 'name') q = next() < 0.5 ? doc.name : (doc.nameEn ?? doc.name);
		else if (kind === 'korean' && ko.length >= 2) q = `${pick(ko)} ${pick(ko)}`;
		if (q) queries.push({ q, kind });
	}
	return queries;
}

/** One typo inside the word: a character dropped, doubled, or two swapped. */
function typo(word: string, next: () => number): string {
	const at = 1 + Math.floor(next() * (word.length - 2));
	const roll = next();
	if (roll < 0.34) return word.slice(0, at) + word.slice(at + 1);
	if (roll < 0.67) return word.slice(0, at) + word[at] + word.slice(at);
	return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}
