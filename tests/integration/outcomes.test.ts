import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { DomainError } from '../../src/lib/server/errors';
import { openCollaboration } from '../../src/lib/server/outcomes/open';
import { getCollaboration, listCollaborations } from '../../src/lib/server/outcomes/board';
import { moveCollaboration } from '../../src/lib/server/outcomes/pipeline';
import { decideOutcome, recordOutcome } from '../../src/lib/server/outcomes/outcomes';
import { correctOutcome, getOutcome, listOutcomes } from '../../src/lib/server/outcomes/corrections';
import { sendDueCheckins } from '../../src/lib/server/outcomes/checkins';
import { answerCheckin, findCheckinByToken } from '../../src/lib/server/outcomes/checkin-answer';
import { moveInput, outcomeInput } from '../../src/lib/server/outcomes/schema';
import { completeMeetup } from '../../src/lib/server/meetups/transitions';
import { setInterest } from '../../src/lib/server/matching/interests';
import { createTestDatabase } from './helpers/db';
import { heldMeetup, outcomesWorld, type OutcomesWorld } from './helpers/outcomes-world';

let h: DatabaseHandle;
beforeAll(async () => {
	h = await createTestDatabase();
});
afterAll(async () => {
	await h.close();
});

const DAY = 24 * 60 * 60 * 1000;

async function rejection(p: Promise<unknown>): Promise<DomainError> {
	const e = await p.then(
		() => undefined,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(DomainError);
	return e as DomainError;
}

async function card(w: OutcomesWorld) {
	return openCollaboration(h.db, w.asManagerA, { startupId: w.startup.id, corporateId: w.corporate.id });
}

describe('pipeline', () => {
	it('moves a card along valid steps, records each move, and a manager’s PoC counts at once', async () => {
		const w = await outcomesWorld(h.db);
		const c = await card(w);
		expect(c).toMatchObject({ stage: 'matched', version: 0, allowedMoves: ['meetup_held', 'dropped'] });
		const held = await moveCollaboration(h.db, w.asPartner, c.id, { to: 'meetup_held', version: 0 });
		const poc = await moveCollaboration(h.db, w.asManagerA, c.id, { to: 'poc', version: held!.version });
		expect(poc).toMatchObject({ stage: 'poc', version: 2 });
		const detail = await getCollaboration(h.db, w.asFounder, c.id);
		expect(detail!.history.map((e) => e.to)).toEqual(['matched', 'meetup_held', 'poc']);
		const outcomes = await listOutcomes(h.db, w.asManagerA, { collaborationId: c.id, page: 1, limit: 50 });
		expect(outcomes.hits).toHaveLength(1);
		expect(outcomes.hits[0]).toMatchObject({ kind: 'poc', status: 'confirmed' });
		const board = await listCollaborations(h.db, w.asManagerA, {
			centerId: w.centerA.id,
			page: 1,
			limit: 50
		});
		expect(board.hits.map((x) => x.id)).toContain(c.id);
	});

	it('refuses an invalid move with the reason, and audits the attempt', async () => {
		const w = await outcomesWorld(h.db);
		const c = await card(w);
		const e = await rejection(moveCollaboration(h.db, w.asManagerA, c.id, { to: 'contract', version: 0 }));
		expect(e.status).toBe(409);
		expect(e.code).toBe('pipeline_move_refused');
		expect(e.details).toMatchObject({ from: 'matched', to: 'contract', why: 'not_next' });
		const audit = await h.db
			.selectFrom('auditLog')
			.select(['action', 'data'])
			.where('subjectId', '=', c.id)
			.where('action', '=', 'collaboration.move_refused')
			.execute();
		expect(audit).toHaveLength(1);
		expect((await getCollaboration(h.db, w.asManagerA, c.id))!.stage).toBe('matched');
	});

	it('drops only with a reason code, and nothing follows a drop', async () => {
		expect(moveInput.safeParse({ to: 'dropped', version: 0 }).error?.issues[0]?.path).toEqual(['reason']);
		const w = await outcomesWorld(h.db);
		const c = await card(w);
		const dropped = await moveCollaboration(h.db, w.asPartner, c.id, {
			to: 'dropped',
			reason: 'no_budget',
			version: 0
		});
		expect(dropped).toMatchObject({ stage: 'dropped', dropReason: 'no_budget' });
		const e = await rejection(moveCollaboration(h.db, w.asManagerA, c.id, { to: 'matched', version: 1 }));
		expect(e.details.why).toBe('final_stage');
		// A dropped card frees the pair for a new one.
		expect((await card(w)).stage).toBe('matched');
	});

	it('lets one of two moves from the same version win; the other is a 409', async () => {
		const w = await outcomesWorld(h.db);
		const c = await card(w);
		const results = await Promise.allSettled([
			moveCollaboration(h.db, w.asManagerA, c.id, { to: 'meetup_held', version: 0 }),
			moveCollaboration(h.db, w.asPartner, c.id, { to: 'dropped', reason: 'timing', version: 0 })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(lost.reason).toMatchObject({ code: 'stale', status: 409 });
		expect((await getCollaboration(h.db, w.asAdmin, c.id))!.version).toBe(1);
	});

	it('refuses a second active card for the same pair with 409, and hides cards from outsiders', async () => {
		const w = await outcomesWorld(h.db);
		const c = await card(w);
		expect((await rejection(card(w))).code).toBe('collaboration_exists');
		expect(await getCollaboration(h.db, w.asManagerB, c.id)).toBeUndefined();
		expect(
			await moveCollaboration(h.db, w.asManagerB, c.id, { to: 'meetup_held', version: 0 })
		).toBeUndefined();
		expect(
			(await rejection(listCollaborations(h.db, w.asManagerB, { centerId: w.centerA.id, page: 1, limit: 5 })))
				.status
		).toBe(403);
	});

	it('opens a card on a mutual match and moves it when the meetup is held', async () => {
		const w = await outcomesWorld(h.db);
		await setInterest(h.db, w.asFounder, {
			fromOrgId: w.startup.id,
			toOrgId: w.corporate.id,
			stance: 'meet'
		});
		await setInterest(h.db, w.asPartner, {
			fromOrgId: w.corporate.id,
			toOrgId: w.startup.id,
			stance: 'must_meet'
		});
		const board = await listCollaborations(h.db, w.asFounder, { startupId: w.startup.id, page: 1, limit: 5 });
		expect(board.hits).toHaveLength(1);
		expect(board.hits[0]).toMatchObject({ source: 'mutual_match', stage: 'matched' });
		const meetup = await heldMeetup(h.db, w, new Date(Date.now() - DAY), 'confirmed');
		await completeMeetup(h.db, w.asPartner, meetup.id, { outcome: 'done' });
		expect((await getCollaboration(h.db, w.asFounder, board.hits[0]!.id))!.stage).toBe('meetup_held');
		const checkins = await h.db
			.selectFrom('followupCheckins')
			.select(['wave', 'side'])
			.where('meetupId', '=', meetup.id)
			.execute();
		expect(checkins).toHaveLength(6);
	});
});

describe('outcomes', () => {
	it('checks figures at the edge: negative or fractional amounts name the field', () => {
		const base = { startupId: crypto.randomUUID(), kind: 'investment', occurredAt: new Date().toISOString() };
		expect(outcomeInput.safeParse({ ...base, amountKrw: -1 }).error?.issues[0]?.path).toEqual(['amountKrw']);
		expect(outcomeInput.safeParse({ ...base, amountKrw: 10.5 }).error?.issues[0]?.path).toEqual([
			'amountKrw'
		]);
		expect(outcomeInput.safeParse({ ...base, jobs: -2 }).error?.issues[0]?.path).toEqual(['jobs']);
	});

	it('refuses a future date and unknown organizations with 422 naming the field', async () => {
		const w = await outcomesWorld(h.db);
		const future = await rejection(
			recordOutcome(h.db, w.asManagerA, {
				startupId: w.startup.id,
				kind: 'poc',
				occurredAt: new Date(Date.now() + DAY).toISOString()
			})
		);
		expect([future.status, future.field]).toEqual([422, 'occurredAt']);
		const unknown = await rejection(
			recordOutcome(h.db, w.asManagerA, {
				startupId: crypto.randomUUID(),
				kind: 'poc',
				occurredAt: new Date().toISOString()
			})
		);
		expect([unknown.status, unknown.field]).toEqual([422, 'startupId']);
		const notCorporate = await rejection(
			recordOutcome(h.db, w.asManagerA, {
				startupId: w.startup.id,
				corporateId: w.startup.id,
				kind: 'poc',
				occurredAt: new Date().toISOString()
			})
		);
		expect(notCorporate.field).toBe('corporateId');
		expect(
			await h.db.selectFrom('outcomes').select('id').where('startupId', '=', w.startup.id).execute()
		).toHaveLength(0);
	});

	it('keeps a party’s outcome reported until a manager of its center confirms it, once', async () => {
		const w = await outcomesWorld(h.db);
		const o = await recordOutcome(h.db, w.asFounder, {
			startupId: w.startup.id,
			corporateId: w.corporate.id,
			kind: 'hire',
			jobs: 3,
			occurredAt: new Date(Date.now() - DAY).toISOString()
		});
		expect(o.status).toBe('reported');
		expect((await rejection(decideOutcome(h.db, w.asFounder, o.id, 'confirmed'))).status).toBe(403);
		expect(await decideOutcome(h.db, w.asManagerB, o.id, 'confirmed')).toBeUndefined();
		expect((await decideOutcome(h.db, w.asManagerA, o.id, 'confirmed'))!.status).toBe('confirmed');
		expect((await rejection(decideOutcome(h.db, w.asManagerA, o.id, 'rejected'))).code).toBe(
			'outcome_decided'
		);
	});

	it('keeps every version of corrected figures; of two corrections at once one wins', async () => {
		const w = await outcomesWorld(h.db);
		const o = await recordOutcome(h.db, w.asManagerA, {
			startupId: w.startup.id,
			corporateId: w.corporate.id,
			kind: 'contract',
			amountKrw: 100_000_000,
			occurredAt: new Date(Date.now() - DAY).toISOString()
		});
		const results = await Promise.allSettled([
			correctOutcome(h.db, w.asManagerA, o.id, { amountKrw: 120_000_000, reason: '계약서 재확인' }),
			correctOutcome(h.db, w.asManagerA, o.id, { amountKrw: 130_000_000, reason: 'second' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const fixed = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ id: string }>)
			.value;
		const detail = await getOutcome(h.db, w.asFounder, fixed.id);
		expect(detail!.versions.map((v) => v.amountKrw)).toEqual([100_000_000, detail!.amountKrw]);
		expect(detail!.versions[0]!.supersededBy).toBe(fixed.id);
		const current = await listOutcomes(h.db, w.asManagerA, { startupId: w.startup.id, page: 1, limit: 10 });
		expect(current.total).toBe(1);
		const all = await listOutcomes(h.db, w.asManagerA, {
			startupId: w.startup.id,
			history: true,
			page: 1,
			limit: 10
		});
		expect(all.total).toBe(2);
		expect(
			(await rejection(correctOutcome(h.db, w.asManagerA, o.id, { jobs: 1, reason: 'late' }))).code
		).toBe('stale');
	});
});

describe('follow-up check-ins', () => {
	it('comes due, is claimed once by two workers, and is answered once by its link', async () => {
		const w = await outcomesWorld(h.db);
		const ended = new Date(Date.now() - 20 * DAY);
		const meetup = await heldMeetup(h.db, w, ended);
		const before = new Date(ended.getTime() + 13 * DAY);
		expect(await sendDueCheckins(h.db, 'https://innomatch.test', before)).toBe(0);
		const due = new Date(ended.getTime() + 15 * DAY);
		const sent = await Promise.all([
			sendDueCheckins(h.db, 'https://innomatch.test', due),
			sendDueCheckins(h.db, 'https://innomatch.test', due)
		]);
		const rows = await h.db
			.selectFrom('followupCheckins')
			.select(['wave', 'sentAt', 'tokenHash'])
			.where('meetupId', '=', meetup.id)
			.execute();
		// Two sides asked at two weeks; each claimed by exactly one of the workers.
		expect(sent[0]! + sent[1]!).toBe(2);
		expect(rows.filter((r) => r.sentAt !== null).map((r) => r.wave)).toEqual(['2w', '2w']);
		const mail = await h.db
			.selectFrom('mailOutbox')
			.select('bodyText')
			.where('toAddress', '=', w.founder.email)
			.where('bodyText', 'like', '%/checkins/%')
			.execute();
		expect(mail).toHaveLength(1);
		const token = /\/checkins\/([a-z2-9]+)/.exec(mail[0]!.bodyText)![1]!;
		// The stored hash is not the token.
		expect(rows.some((r) => r.tokenHash?.toString() === token)).toBe(false);
		expect((await findCheckinByToken(h.db, token))!.answeredAt).toBeNull();
		await answerCheckin(h.db, token, {
			poc: true,
			contract: false,
			investment: true,
			investmentKrw: 500_000_000
		});
		expect(
			(await rejection(answerCheckin(h.db, token, { poc: true, contract: false, investment: false }))).code
		).toBe('checkin_answered');
		expect(
			(
				await rejection(
					answerCheckin(h.db, 'x'.repeat(32), { poc: true, contract: false, investment: false })
				)
			).status
		).toBe(404);
		const reported = await listOutcomes(h.db, w.asManagerA, {
			startupId: w.startup.id,
			status: 'reported',
			page: 1,
			limit: 10
		});
		expect(reported.hits.map((o) => o.kind).sort()).toEqual(['investment', 'poc']);
		const board = await listCollaborations(h.db, w.asManagerA, {
			startupId: w.startup.id,
			page: 1,
			limit: 5
		});
		expect(board.hits[0]).toMatchObject({ stage: 'follow_up', source: 'meetup' });
	});
});
