/**
 * Searchable words for a document's taxonomy codes: industries and regions in Korean and English,
 * so `헬스케어` or `Busan` finds a startup by its classification even when its own text never says
 * so. Both engines index these, the embedded one as a text field and Meilisearch as extra attributes.
 */
import { label } from '../../taxonomy';
import type { ChallengeDocument, StartupDocument } from './port';

function labelsOf(kind: 'industries' | 'regions', codes: readonly (string | null)[]): string[] {
	const labels: string[] = [];
	for (const code of codes) {
		if (!code) continue;
		labels.push(label(kind, code, 'ko'), label(kind, code, 'en'));
	}
	return labels;
}

/** Industry and region labels of a startup, ko and en. */
export function startupLabels(doc: StartupDocument): string[] {
	return [...labelsOf('industries', doc.industries), ...labelsOf('regions', [doc.region])];
}

/** Industry and region labels of a challenge, ko and en. */
export function challengeLabels(doc: ChallengeDocument): string[] {
	return [...labelsOf('industries', doc.industries), ...labelsOf('regions', doc.regions)];
}
