import { describe, expect, it } from 'vitest';
import { regionCode } from '../../src/lib/server/imports/values';

describe('regionCode', () => {
	it('reads provinces, old province names, addresses and the cities that name one province', () => {
		expect(regionCode('강원특별자치도 원주시 혁신로 1')).toBe('gangwon');
		expect(regionCode('강원도')).toBe('gangwon');
		expect(regionCode('춘천시')).toBe('gangwon');
		expect(regionCode('원주')).toBe('gangwon');
		expect(regionCode('창원시 성산구')).toBe('gyeongnam');
		expect(regionCode('Seoul')).toBe('seoul');
		// 광주 is the metropolitan city, not 경기 광주시; an unknown place stays unknown.
		expect(regionCode('광주')).toBe('gwangju');
		expect(regionCode('아틀란티스')).toBeUndefined();
		expect(regionCode('화성시티')).toBeUndefined();
	});
});
