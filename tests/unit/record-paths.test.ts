import { describe, expect, it } from 'vitest';
import { isMalformedRecordPath } from '../../src/lib/record-paths';

describe('isMalformedRecordPath', () => {
	it('sends a record URL with an id that cannot exist to the not-found page', () => {
		expect(isMalformedRecordPath('/startups/not-a-uuid')).toBe(true);
		expect(isMalformedRecordPath('/centers/-1/imports')).toBe(true);
		expect(isMalformedRecordPath('/events/x/__data.json')).toBe(true);
		expect(isMalformedRecordPath('/events/00000000-0000-4000-8000-000000000000/checkin/%00')).toBe(true);
	});

	it('leaves real ids, static pages, lists and other sections alone', () => {
		expect(isMalformedRecordPath('/startups/5c983e9a-001e-1000-8000-001200000002/edit')).toBe(false);
		for (const path of [
			'/startups',
			'/startups/new',
			'/organizations/mine',
			'/events/__data.json',
			'/settings',
			'/checkins/abc.def'
		])
			expect(isMalformedRecordPath(path), path).toBe(false);
	});
});
