import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors } from '../../src/lib/server/http/messages';

const schema = z.object({ amount: z.int().min(0), name: z.string() });

describe('fieldErrors', () => {
	it('tells a missing field from a wrong value and a fraction from a whole number', () => {
		const missing = schema.safeParse({});
		expect(fieldErrors(missing.error!, 'en')).toEqual({
			amount: ['This field is required.'],
			name: ['This field is required.']
		});
		const wrong = schema.safeParse({ amount: 1.5, name: 5 });
		expect(fieldErrors(wrong.error!, 'en').amount).toEqual(['Enter a whole number.']);
		expect(fieldErrors(wrong.error!, 'en').name).not.toEqual(['This field is required.']);
		expect(fieldErrors(wrong.error!, 'ko').amount).toEqual(['정수로 입력하세요.']);
	});
});
