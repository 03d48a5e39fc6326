/**
 * What the embedded engine indexes of each document: weighted text groups (the BM25F fields), the
 * keyword fields filters and facets use, and the sort keys.
 */
import { challengeLabels, startupLabels } from '../labels';
import { FILTER_FIELDS, type DocumentOf, type IndexName } from '../port';

export interface TextGroup<D> {
	/** how much a match here counts against one in the description */
	weight: number;
	/** typical length in terms, the `avgdl` of BM25's length normalization (fixed, so impacts never go stale) */
	typicalLength: number;
	text(doc: D): string;
}

export interface IndexSpec<D> {
	groups: readonly TextGroup<D>[];
	keywordFields: readonly string[];
	/** keyword values of a document for a field (a single value or an array, nulls skipped) */
	values(doc: D, field: string): readonly string[];
	createdAt(doc: D): number;
	/** soonest first; documents without one sort last */
	deadline(doc: D): number | null;
}

function keywordValues(doc: object, field: string): readonly string[] {
	const value = (doc as Record<string, unknown>)[field];
	if (Array.isArray(value)) return value as string[];
	return typeof value === 'string' ? [value] : [];
}

const startups: IndexSpec<DocumentOf['startups']> = {
	groups: [
		{ weight: 5, typicalLength: 6, text: (d) => `${d.name} ${d.nameEn ?? ''}` },
		{
			weight: 3,
			typicalLength: 30,
			text: (d) => `${d.techTags.join(' ; ')} ; ${startupLabels(d).join(' ; ')}`
		},
		{ weight: 1.5, typicalLength: 40, text: (d) => d.summary },
		{ weight: 1, typicalLength: 90, text: (d) => d.description }
	],
	keywordFields: FILTER_FIELDS.startups,
	values: keywordValues,
	createdAt: (d) => d.createdAt,
	deadline: () => null
};

const challenges: IndexSpec<DocumentOf['challenges']> = {
	groups: [
		{ weight: 5, typicalLength: 15, text: (d) => d.title },
		{
			weight: 3,
			typicalLength: 30,
			text: (d) => `${d.corporateName} ; ${d.techTags.join(' ; ')} ; ${challengeLabels(d).join(' ; ')}`
		},
		{ weight: 1.5, typicalLength: 50, text: (d) => d.teaser }
	],
	keywordFields: FILTER_FIELDS.challenges,
	values: keywordValues,
	createdAt: (d) => d.createdAt,
	deadline: (d) => d.closesAt
};

export const SPECS: { [I in IndexName]: IndexSpec<DocumentOf[I]> } = { startups, challenges };
