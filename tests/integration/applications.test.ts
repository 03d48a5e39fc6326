import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import {
	apply,
	listApplicationsForChallenge,
	updateApplication
} from '../../src/lib/server/catalog/applications';
import { loadViewer } from '../../src/lib/server/catalog/viewer';
import { createTestDatabase } from './helpers/db';
import { createChallengeRow, createOrg, createUser } from './helpers/factories';

let h: DatabaseHandle;
beforeAll(async () => {
	h = await createTestDatabase();
});
afterAll(async () => {
	await h.close();
});

async function world(challenge: Parameters<typeof createChallengeRow>[2] = {}) {
	const corpUser = await createUser(h.db);
	const corp = await createOrg(h.db, corpUser, 'corporate');
	const founder = await createUser(h.db);
	const startup = await createOrg(h.db, founder, 'startup');
	const c = await createChallengeRow(h.db, corp.id, challenge);
	return {
		corp: await loadViewer(h.db, corpUser),
		founder: await loadViewer(h.db, founder),
		startup,
		c,
		corpUser,
		founderUser: founder
	};
}

describe('applications', () => {
	it('accepts one application per startup and challenge, even when two arrive together', async () => {
		const w = await world();
		const results = await Promise.allSettled([
			apply(h.db, w.founder, w.c.id, { startupId: w.startup.id, proposal: '제안 A' }),
			apply(h.db, w.founder, w.c.id, { startupId: w.startup.id, proposal: '제안 B' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
			code: 'already_applied',
			status: 409
		});
		expect(await listApplicationsForChallenge(h.db, w.corp, w.c.id)).toHaveLength(1);
	});

	it('refuses applications to a challenge that is not open', async () => {
		const w = await world({ status: 'screening' });
		await expect(
			apply(h.db, w.founder, w.c.id, { startupId: w.startup.id, proposal: 'p' })
		).rejects.toMatchObject({ code: 'challenge_closed' });
	});

	it('moves through screening, tells the startup why it was declined, and refuses stale or invalid moves', async () => {
		const w = await world();
		const app = (await apply(h.db, w.founder, w.c.id, { startupId: w.startup.id, proposal: 'PoC 제안' }))!;
		await updateApplication(h.db, w.corp, app.id, { status: 'shortlisted', expectedStatus: 'submitted' });
		await expect(
			updateApplication(h.db, w.corp, app.id, {
				status: 'declined',
				reason: 'budget',
				expectedStatus: 'submitted'
			})
		).rejects.toMatchObject({
			status: 409
		});
		await expect(updateApplication(h.db, w.corp, app.id, { status: 'contract' })).rejects.toMatchObject({
			code: 'invalid_transition'
		});
		const declined = await updateApplication(h.db, w.corp, app.id, {
			status: 'declined',
			reason: 'too_early'
		});
		expect(declined).toMatchObject({ status: 'declined', declineReason: 'too_early' });
		const notes = await h.db
			.selectFrom('notifications')
			.select(['kind', 'data'])
			.where('userId', '=', w.founderUser.id)
			.execute();
		expect(notes.map((n) => n.kind)).toContain('application.updated');
	});

	it('lets the startup withdraw but not shortlist itself', async () => {
		const w = await world();
		const app = (await apply(h.db, w.founder, w.c.id, { startupId: w.startup.id, proposal: 'p' }))!;
		await expect(updateApplication(h.db, w.founder, app.id, { status: 'shortlisted' })).rejects.toMatchObject(
			{ status: 403 }
		);
		expect(await updateApplication(h.db, w.founder, app.id, { status: 'withdrawn' })).toMatchObject({
			status: 'withdrawn'
		});
	});

	it('hides the applications list from anyone but the challenge managers', async () => {
		const w = await world();
		expect(await listApplicationsForChallenge(h.db, w.founder, w.c.id)).toBeUndefined();
	});
});
