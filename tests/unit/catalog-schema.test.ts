import { describe, expect, it } from 'vitest';
import {
	applicationUpdate,
	challengeInput,
	startupInput,
	startupPatch
} from '../../src/lib/server/catalog/schema';

describe('catalog input schemas', () => {
	it('leaves fields out of a PATCH when the caller left them out (no defaults sneak in)', () => {
		expect(startupPatch.parse({ name: '새 이름' })).toEqual({ name: '새 이름' });
	});

	it('fills defaults when creating', () => {
		expect(startupInput.parse({ name: 'x' })).toMatchObject({
			summary: '',
			techTags: [],
			visibility: 'public'
		});
	});

	it('refuses unknown taxonomy codes with the unknown_code message at the right path', () => {
		const r = startupInput.safeParse({ name: 'x', industries: ['mobility', 'teleportation'] });
		expect(r.success).toBe(false);
		expect(r.error?.issues[0]).toMatchObject({ path: ['industries', 1], message: 'unknown_code' });
	});

	it('lowercases tech tags and refuses markup in them', () => {
		expect(startupInput.parse({ name: 'x', techTags: ['LiDAR'] }).techTags).toEqual(['lidar']);
		expect(startupInput.safeParse({ name: 'x', techTags: ['<script>'] }).success).toBe(false);
	});

	it('normalizes a business registration number and refuses a malformed one', () => {
		expect(startupInput.parse({ name: 'x', businessNumber: '123-45-67890' }).businessNumber).toBe(
			'1234567890'
		);
		expect(startupInput.safeParse({ name: 'x', businessNumber: '12-34' }).success).toBe(false);
	});

	it('refuses a budget whose maximum is below its minimum', () => {
		const r = challengeInput.safeParse({
			corporateId: crypto.randomUUID(),
			title: 't',
			budgetMinKrw: 100,
			budgetMaxKrw: 10
		});
		expect(r.error?.issues[0]).toMatchObject({ path: ['budgetMaxKrw'], message: 'budget_order' });
	});

	it('needs a reason to decline an application', () => {
		expect(applicationUpdate.safeParse({ status: 'declined' }).success).toBe(false);
		expect(applicationUpdate.safeParse({ status: 'declined', reason: 'too_early' }).success).toBe(true);
	});
});
