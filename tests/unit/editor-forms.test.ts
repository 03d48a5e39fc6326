import { describe, expect, it } from 'vitest';
import { startupEditForm } from '../../src/routes/startups/startup-form';
import { challengeEditForm } from '../../src/routes/challenges/challenge-form';

// In a form, an unticked checkbox group sends nothing, which the editors read as "none". A post that
// is not the whole editor form must therefore be refused, or it would empty the record's lists.

describe('editor forms', () => {
	it('refuse a startup edit without the name instead of emptying its lists', () => {
		const empty = startupEditForm.safeParse({});
		expect(empty.success).toBe(false);
		expect(empty.error?.issues.map((i) => i.path.join('.'))).toContain('name');
		const whole = startupEditForm.safeParse({ name: 'GlucoFit' });
		expect(whole.success && whole.data.industries).toEqual([]);
	});

	it('refuse a challenge edit without the title or the version it started from', () => {
		const form = challengeEditForm('Asia/Seoul');
		const paths = form.safeParse({}).error?.issues.map((i) => i.path.join('.'));
		expect(paths).toEqual(expect.arrayContaining(['title', 'expectedUpdatedAt']));
		const whole = form.safeParse({ title: 'EV', expectedUpdatedAt: '2026-11-22T00:00:00Z' });
		expect(whole.success).toBe(true);
	});
});
