import { describe, expect, it } from 'vitest';
import { quoteFilterValue, toMeiliFilter } from '../../src/lib/server/search/meilisearch-filter';
import { toSegments } from '../../src/lib/server/search/meilisearch';
import {
	HIGHLIGHT_POST,
	HIGHLIGHT_PRE,
	sortParameter,
	toMeiliDocument
} from '../../src/lib/server/search/meilisearch-settings';
import { ANONYMOUS, visibilityFilter } from '../../src/lib/server/search/visibility';

// The Meilisearch adapter cannot run here without a server; its pure parts are checked instead.

describe('Meilisearch filters', () => {
	it('quotes and escapes every value', () => {
		expect(quoteFilterValue('public')).toBe('"public"');
		expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"');
		expect(() => quoteFilterValue('x\ny')).toThrow(RangeError);
	});

	it('translates in / and / or / not with parentheses', () => {
		expect(
			toMeiliFilter({
				and: [
					{ field: 'industries', in: ['energy', 'mobility'] },
					{ or: [{ field: 'stage', in: ['seed'] }, { not: { field: 'region', in: ['seoul'] } }] }
				]
			})
		).toBe('(industries IN ["energy", "mobility"]) AND ((stage = "seed") OR (NOT (region = "seoul")))');
	});

	it('folds constants: an empty IN matches nothing, an empty AND everything', () => {
		expect(toMeiliFilter({ field: 'id', in: [] })).toBe(false);
		expect(toMeiliFilter({ and: [] })).toBeUndefined();
		expect(
			toMeiliFilter({
				or: [
					{ field: 'id', in: [] },
					{ field: 'stage', in: ['seed'] }
				]
			})
		).toBe('stage = "seed"');
	});

	it('turns a visitor visibility rule into a filter that mentions no empty list', () => {
		expect(toMeiliFilter(visibilityFilter('startups', ANONYMOUS))).toBe('visibility = "public"');
		const challenges = toMeiliFilter(visibilityFilter('challenges', ANONYMOUS));
		expect(challenges).toBe(
			'(status IN ["open", "screening", "closed"]) AND (confidentiality IN ["public", "nda"])'
		);
	});

	it('rejects a field name that is not a plain identifier', () => {
		expect(() => toMeiliFilter({ field: 'id = "x" OR id', in: ['y'] })).toThrow(RangeError);
	});
});

describe('Meilisearch highlights', () => {
	it('maps _formatted markers to segments', () => {
		const formatted = `디지털${HIGHLIGHT_PRE}헬스케어${HIGHLIGHT_POST} 플랫폼 <b>`;
		expect(toSegments(formatted)).toEqual([
			{ text: '디지털', match: false },
			{ text: '헬스케어', match: true },
			{ text: ' 플랫폼 <b>', match: false }
		]);
	});

	it('never lets a marker from the text itself reach the index', () => {
		const doc = toMeiliDocument('challenges', {
			id: 'c1',
			title: `x${HIGHLIGHT_PRE}y`,
			teaser: '',
			corporateId: 'k',
			corporateName: 'K',
			hostCenterId: null,
			industries: ['energy'],
			techTags: [],
			collaborationTypes: [],
			preferredStages: [],
			regions: ['busan'],
			status: 'open',
			confidentiality: 'public',
			invitedStartupIds: [],
			closesAt: null,
			createdAt: 1
		});
		expect(doc.title).toBe('xy');
		expect(doc.labels).toEqual(['에너지', 'Energy', '부산', 'Busan']);
		expect(doc.deadlineSort).toBeGreaterThan(Date.UTC(9999, 0, 1));
		expect(doc).not.toHaveProperty('details');
	});

	it('sorts browsing by newest and deadlines soonest first', () => {
		expect(sortParameter('startups', 'relevance', false)).toEqual(['createdAt:desc']);
		expect(sortParameter('startups', 'relevance', true)).toBeUndefined();
		expect(sortParameter('challenges', 'deadline', true)).toEqual(['deadlineSort:asc', 'createdAt:desc']);
	});
});
