import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import {
	acceptNda,
	getChallenge,
	inviteStartups,
	listDisclosures,
	updateChallenge
} from '../../src/lib/server/catalog/challenges';
import { ANONYMOUS, loadViewer } from '../../src/lib/server/catalog/viewer';
import { createTestDatabase } from './helpers/db';
import { createCenter, createChallengeRow, createOrg, createUser } from './helpers/factories';

let h: DatabaseHandle;
beforeAll(async () => {
	h = await createTestDatabase();
});
afterAll(async () => {
	await h.close();
});

async function world() {
	const corpUser = await createUser(h.db);
	const corp = await createOrg(h.db, corpUser, 'corporate');
	const founder = await createUser(h.db);
	const startup = await createOrg(h.db, founder, 'startup');
	const otherFounder = await createUser(h.db);
	const otherStartup = await createOrg(h.db, otherFounder, 'startup');
	return { corpUser, corp, founder, startup, otherFounder, otherStartup };
}

describe('NDA challenges', () => {
	it('show details only after the startup accepted the current terms, and record the disclosure', async () => {
		const w = await world();
		const c = await createChallengeRow(h.db, w.corp.id, { confidentiality: 'nda', ndaTerms: '비밀유지 v1' });
		const founder = await loadViewer(h.db, w.founder);

		const before = await getChallenge(h.db, founder, c.id, { recordDisclosure: true });
		expect(before?.details).toBeUndefined();
		expect(before?.access.ndaOffered).toBe(true);
		expect(before?.ndaTerms).toBe('비밀유지 v1');
		expect(JSON.stringify(before)).not.toContain(c.details);

		await acceptNda(h.db, founder, c.id, w.startup.id);
		const after = await getChallenge(h.db, founder, c.id, { recordDisclosure: true });
		expect(after?.details).toBe(c.details);

		// Another startup's people still see nothing, and visitors neither.
		const other = await getChallenge(h.db, await loadViewer(h.db, w.otherFounder), c.id);
		expect(JSON.stringify(other)).not.toContain(c.details);
		expect(JSON.stringify(await getChallenge(h.db, ANONYMOUS, c.id))).not.toContain(c.details);

		const record = await listDisclosures(h.db, await loadViewer(h.db, w.corpUser), c.id);
		expect(record?.map((r) => r.userName)).toEqual([w.founder.name]);
	});

	it('asks for a new acceptance when the terms change', async () => {
		const w = await world();
		const c = await createChallengeRow(h.db, w.corp.id, { confidentiality: 'nda', ndaTerms: 'v1' });
		const founder = await loadViewer(h.db, w.founder);
		await acceptNda(h.db, founder, c.id, w.startup.id);
		await updateChallenge(h.db, await loadViewer(h.db, w.corpUser), c.id, { ndaTerms: 'v2: 더 엄격한 조건' });
		const view = await getChallenge(h.db, founder, c.id);
		expect(view?.details).toBeUndefined();
		expect(view?.ndaTermsVersion).toBe(2);
	});

	it('lets only members of the startup accept on its behalf', async () => {
		const w = await world();
		const c = await createChallengeRow(h.db, w.corp.id, { confidentiality: 'nda' });
		await expect(
			acceptNda(h.db, await loadViewer(h.db, w.otherFounder), c.id, w.startup.id)
		).rejects.toMatchObject({ status: 403 });
	});
});

describe('invite challenges', () => {
	it('do not exist for startups that were not invited', async () => {
		const w = await world();
		const c = await createChallengeRow(h.db, w.corp.id, { confidentiality: 'invite' });
		expect(await getChallenge(h.db, await loadViewer(h.db, w.founder), c.id)).toBeUndefined();
		expect(await getChallenge(h.db, ANONYMOUS, c.id)).toBeUndefined();
		await inviteStartups(h.db, await loadViewer(h.db, w.corpUser), c.id, [w.startup.id]);
		expect((await getChallenge(h.db, await loadViewer(h.db, w.founder), c.id))?.details).toBe(c.details);
		expect(await getChallenge(h.db, await loadViewer(h.db, w.otherFounder), c.id)).toBeUndefined();
	});
});

describe('drafts and management', () => {
	it('keeps drafts to the corporate and its host center, with details', async () => {
		const w = await world();
		const manager = await createUser(h.db);
		const center = await createCenter(h.db, manager);
		const c = await createChallengeRow(h.db, w.corp.id, { status: 'draft', hostCenterId: center.id });
		expect(await getChallenge(h.db, await loadViewer(h.db, w.founder), c.id)).toBeUndefined();
		expect((await getChallenge(h.db, await loadViewer(h.db, w.corpUser), c.id))?.details).toBe(c.details);
		expect((await getChallenge(h.db, await loadViewer(h.db, manager), c.id))?.access.manages).toBe(true);
	});

	it('refuses a stale edit with 409 and keeps the first one', async () => {
		const w = await world();
		const c = await createChallengeRow(h.db, w.corp.id);
		const corp = await loadViewer(h.db, w.corpUser);
		const seen = (await getChallenge(h.db, corp, c.id))!.updatedAt;
		await updateChallenge(h.db, corp, c.id, { title: '첫 번째 수정', expectedUpdatedAt: seen });
		await expect(
			updateChallenge(h.db, corp, c.id, { title: '두 번째 수정', expectedUpdatedAt: seen })
		).rejects.toMatchObject({
			code: 'stale',
			status: 409
		});
		expect((await getChallenge(h.db, corp, c.id))?.title).toBe('첫 번째 수정');
	});

	it('treats an edit by another company as if the challenge did not exist', async () => {
		const w = await world();
		const c = await createChallengeRow(h.db, w.corp.id);
		expect(
			await updateChallenge(h.db, await loadViewer(h.db, w.founder), c.id, { title: 'hijack' })
		).toBeUndefined();
	});
});
