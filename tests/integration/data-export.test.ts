import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { DomainError } from '../../src/lib/server/errors';
import { exportFileName, exportOrganization } from '../../src/lib/server/accounts/export';
import { createOrganization } from '../../src/lib/server/accounts/organizations';
import { recordOutcome } from '../../src/lib/server/outcomes/outcomes';
import { setInterest } from '../../src/lib/server/matching/interests';
import { createTestDatabase } from './helpers/db';
import { createChallengeRow, createOrg, createUser } from './helpers/factories';
import { heldMeetup, outcomesWorld, type OutcomesWorld } from './helpers/outcomes-world';

let h: DatabaseHandle;
let w: OutcomesWorld;
const marker = (what: string) => `MKR-${what}-${Math.random().toString(36).slice(2, 8)}`;
const SECRET = marker('challenge-details');
const OTHER_SECRET = marker('other-corporate-details');
const PROPOSAL = marker('proposal');
const MEETUP_NOTE = marker('meetup-note');
const OUTCOME_NOTE = marker('outcome-note');
let challengeId: string;

beforeAll(async () => {
	h = await createTestDatabase();
	w = await outcomesWorld(h.db);
	const challenge = await createChallengeRow(h.db, w.corporate.id, {
		confidentiality: 'nda',
		details: SECRET
	});
	challengeId = challenge.id;
	await h.db
		.insertInto('applications')
		.values({ challengeId, startupId: w.startup.id, proposal: PROPOSAL })
		.execute();
	const meetup = await heldMeetup(h.db, w, new Date(Date.now() - 86_400_000));
	await h.db.updateTable('meetups').set({ note: MEETUP_NOTE }).where('id', '=', meetup.id).execute();
	await recordOutcome(h.db, w.asManagerA, {
		startupId: w.startup.id,
		corporateId: w.corporate.id,
		kind: 'investment',
		amountKrw: 300_000_000,
		occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
		note: OUTCOME_NOTE
	});
	// The corporate's one-sided stance on the startup is the corporate's, not the startup's.
	await setInterest(h.db, w.asPartner, {
		fromOrgId: w.corporate.id,
		toOrgId: w.startup.id,
		stance: 'must_meet'
	});
	// Another corporate's confidential challenge, which nobody here may export.
	const otherOwner = await createUser(h.db);
	const other = await createOrg(h.db, otherOwner, 'corporate');
	await createChallengeRow(h.db, other.id, { confidentiality: 'invite', details: OTHER_SECRET });
});
afterAll(async () => {
	await h.close();
});

async function refusal(p: Promise<unknown>): Promise<number> {
	const e = await p.then(
		() => undefined,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(DomainError);
	return (e as DomainError).status;
}

/** Every key anywhere in a JSON value, to prove no credential column slipped in. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
	if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
	else if (value && typeof value === 'object' && !(value instanceof Date))
		for (const [k, v] of Object.entries(value)) {
			into.add(k);
			keysOf(v, into);
		}
	return into;
}

describe('organization data export', () => {
	it('gives a corporate owner its challenges in full, the applications, meetups and outcomes — and nothing of others', async () => {
		const data = await exportOrganization(h.db, w.partner, w.corporate.id);
		const text = JSON.stringify(data);
		expect(data.organization.id).toBe(w.corporate.id);
		expect(data.challenges.find((c) => c.id === challengeId)?.details).toBe(SECRET);
		expect(data.applications.map((a) => a.proposal)).toContain(PROPOSAL);
		expect(data.meetups.map((m) => m.note)).toContain(MEETUP_NOTE);
		expect(data.outcomes.map((o) => o.note)).toContain(OUTCOME_NOTE);
		expect(data.interests).toEqual([expect.objectContaining({ toOrgId: w.startup.id, stance: 'must_meet' })]);
		expect(data.members.map((m) => m.email)).toEqual([w.partner.email]);
		expect(text).not.toContain(OTHER_SECRET);
		expect(data.center).toBeNull();
	});

	it("gives the startup its side, without the corporate's confidential details or its one-sided stance", async () => {
		const data = await exportOrganization(h.db, w.founder, w.startup.id);
		const text = JSON.stringify(data);
		expect(data.applications.map((a) => a.proposal)).toContain(PROPOSAL);
		expect(data.meetups.map((m) => m.note)).toContain(MEETUP_NOTE);
		expect(data.outcomes.map((o) => Number(o.amountKrw))).toContain(300_000_000);
		expect(text).not.toContain(SECRET);
		expect(text).not.toContain(OTHER_SECRET);
		expect(data.interests).toEqual([]);
	});

	it('never carries a credential', async () => {
		const data = await exportOrganization(h.db, w.partner, w.corporate.id);
		const keys = [...keysOf(JSON.parse(JSON.stringify(data)))];
		for (const forbidden of ['passwordHash', 'secretHash', 'tokenHash', 'checkinCode', 'file'])
			expect(keys).not.toContain(forbidden);
	});

	it('is for owners and stewards only: a member and an admin get 403, an outsider 404', async () => {
		const member = await createUser(h.db);
		await h.db
			.insertInto('memberships')
			.values({ organizationId: w.corporate.id, userId: member.id, role: 'member' })
			.execute();
		expect(await refusal(exportOrganization(h.db, member, w.corporate.id))).toBe(403);
		const admin = await createUser(h.db, { isAdmin: true });
		expect(await refusal(exportOrganization(h.db, admin, w.corporate.id))).toBe(403);
		expect(await refusal(exportOrganization(h.db, w.founder, w.corporate.id))).toBe(404);
		expect(await refusal(exportOrganization(h.db, w.partner, '00000000-0000-4000-8000-000000000000'))).toBe(
			404
		);
	});

	it("lets a center's manager export a company it stewards, and a center its own days and imports", async () => {
		const stewarded = await createOrganization(h.db, w.asManagerA.user!, {
			kind: 'startup',
			name: `스튜어드-${Math.random().toString(36).slice(2, 6)}`,
			stewardCenterId: w.centerA.id
		});
		const manager = w.asManagerA.user!;
		const data = await exportOrganization(h.db, manager, stewarded.id);
		expect(data.organization.stewardCenterId).toBe(w.centerA.id);
		const center = await exportOrganization(h.db, manager, w.centerA.id);
		expect(center.center?.stewardedOrganizations.map((o) => o.id)).toContain(stewarded.id);
		expect(await refusal(exportOrganization(h.db, manager, w.centerB.id))).toBe(404);
	});

	it('is audited, and named for a download', async () => {
		await exportOrganization(h.db, w.partner, w.corporate.id);
		const entries = await h.db
			.selectFrom('auditLog')
			.select(['actorUserId'])
			.where('action', '=', 'organization.exported')
			.where('subjectId', '=', w.corporate.id)
			.execute();
		expect(entries.length).toBeGreaterThan(0);
		expect(entries.every((e) => e.actorUserId === w.partner.id)).toBe(true);
		expect(exportFileName({ id: 'x', slug: '강원 "센터"/../' }, new Date('2026-11-22T00:00:00Z'))).toBe(
			'innomatch-x-2026-11-22.json'
		);
	});
});
