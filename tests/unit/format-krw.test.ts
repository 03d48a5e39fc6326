import { describe, expect, it } from 'vitest';
import { formatKrw, formatKrwCompact } from '../../src/lib/format-krw';

describe('formatKrw', () => {
	it('reads Korean amounts in 억 and 만', () => {
		expect(formatKrw(1_500_000_000, 'ko')).toBe('15억원');
		expect(formatKrw(350_000_000, 'ko')).toBe('3억 5,000만원');
		expect(formatKrw(1_234_567_890, 'ko')).toBe('12억 3,456만 7,890원');
		expect(formatKrw(50_000_000, 'ko')).toBe('5,000만원');
		expect(formatKrw(7_890, 'ko')).toBe('7,890원');
		expect(formatKrw(0, 'ko')).toBe('0원');
		expect(formatKrw(1_000_000_000_000, 'ko')).toBe('10,000억원');
	});

	it('writes English amounts with the won sign and separators', () => {
		expect(formatKrw(1_500_000_000, 'en')).toBe('₩1,500,000,000');
		expect(formatKrw(0, 'en')).toBe('₩0');
	});

	it('keeps the sign of a negative difference', () => {
		expect(formatKrw(-350_000_000, 'ko')).toBe('-3억 5,000만원');
		expect(formatKrw(-5, 'en')).toBe('-₩5');
	});
});

describe('formatKrwCompact', () => {
	it('rounds Korean amounts to one decimal of 억, or to 만', () => {
		expect(formatKrwCompact(1_234_567_890, 'ko')).toBe('12.3억원');
		expect(formatKrwCompact(1_500_000_000, 'ko')).toBe('15억원');
		expect(formatKrwCompact(34_560_000, 'ko')).toBe('3,456만원');
		expect(formatKrwCompact(9_999, 'ko')).toBe('9,999원');
	});

	it('uses K, M and B in English', () => {
		expect(formatKrwCompact(1_234_567_890, 'en')).toBe('₩1.2B');
		expect(formatKrwCompact(34_560_000, 'en')).toBe('₩34.6M');
		expect(formatKrwCompact(50_000, 'en')).toBe('₩50K');
		expect(formatKrwCompact(7_890, 'en')).toBe('₩7,890');
	});
});
