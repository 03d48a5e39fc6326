/**
 * Index settings and document shapes for Meilisearch, kept in code so every deployment gets the
 * same behaviour (https://www.meilisearch.com/docs/reference/api/settings).
 */
import type { Settings } from 'meilisearch';
import { challengeLabels, startupLabels } from './labels';
import { FILTER_FIELDS, TEXT_FIELDS, type DocumentOf, type IndexName } from './port';

/** Highlight markers: private-use characters, removed from every text before it is sent. */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

/** A deadline for sorting: none sorts after every real one (Meilisearch has no "nulls last"). */
const NO_DEADLINE = 8.64e15;

const clean = (text: string) => text.replace(MARKERS, '');

/** The document Meilisearch stores: ours, markers removed, plus taxonomy labels and a deadline sort key. */
export function toMeiliDocument<I extends IndexName>(index: I, doc: DocumentOf[I]): Record<string, unknown> {
	if (index === 'startups') {
		const d = doc as DocumentOf['startups'];
		return {
			...d,
			name: clean(d.name),
			nameEn: d.nameEn === null ? null : clean(d.nameEn),
			summary: clean(d.summary),
			description: clean(d.description),
			labels: startupLabels(d)
		};
	}
	const d = doc as DocumentOf['challenges'];
	return {
		...d,
		title: clean(d.title),
		teaser: clean(d.teaser),
		corporateName: clean(d.corporateName),
		labels: challengeLabels(d),
		deadlineSort: d.closesAt ?? NO_DEADLINE
	};
}

/** Searchable attributes in order of importance (Meilisearch's `attribute` ranking rule). */
const SEARCHABLE: Record<IndexName, string[]> = {
	startups: ['name', 'nameEn', 'techTags', 'labels', 'summary', 'description'],
	challenges: ['title', 'corporateName', 'techTags', 'labels', 'teaser']
};

const SORTABLE: Record<IndexName, string[]> = {
	startups: ['createdAt'],
	challenges: ['createdAt', 'deadlineSort']
};

/** The settings of one of our indexes, applied by ensureIndexes(). */
export function indexSettings(index: IndexName): Settings {
	return {
		searchableAttributes: SEARCHABLE[index],
		filterableAttributes: [...FILTER_FIELDS[index]],
		sortableAttributes: SORTABLE[index],
		displayedAttributes: ['id', ...TEXT_FIELDS[index]],
		// `sort` first: when a person picks "newest" or "deadline" the list follows it strictly; with
		// no sort parameter the rule does nothing and relevance decides.
		rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
		// The same thresholds as the embedded engine: one typo from 5 letters, two from 9.
		typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
		faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' } },
		// Totals are exact up to here (the default, 1000, would cap them).
		pagination: { maxTotalHits: 100_000 },
		// Korean and English, often mixed in one field: segment both ways rather than guess per text.
		localizedAttributes: [{ attributePatterns: ['*'], locales: ['kor', 'eng'] }]
	};
}

/** Query languages (ISO 639-3), so a short query is not mistaken for another language. */
export const QUERY_LOCALES = ['kor', 'eng'];

/** The `sort` search parameter for an order (relevance: none, newest first when browsing). */
export function sortParameter(
	index: IndexName,
	sort: 'relevance' | 'newest' | 'deadline',
	hasQuery: boolean
): string[] | undefined {
	if (sort === 'relevance') return hasQuery ? undefined : ['createdAt:desc'];
	if (sort === 'deadline' && index === 'challenges') return ['deadlineSort:asc', 'createdAt:desc'];
	return ['createdAt:desc'];
}
