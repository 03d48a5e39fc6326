/**
 * Answering a follow-up check-in: from the mail's one-click link (the token; the page's GET only reads,
 * its prefilled form POSTs the answer) or in the app by a member of the asked side. Each "yes" becomes
 * a reported outcome for a center manager to confirm, and the pair's card moves to follow_up.
 */
import type { Database } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import type { Viewer } from '$lib/server/catalog/viewer';
import { hashSecret } from '$lib/server/auth/secrets';
import { memberIds } from '$lib/server/matching/queries';
import { emitNotifications, notify } from '$lib/server/notifications/service';
import { loadParties } from './access';
import { hasCurrentOutcome, insertOutcome, type NewOutcome } from './outcome-queries';
import { advanceCollaboration } from './pipeline';
import type { CheckinAnswers } from './schema';

export interface CheckinView {
	id: string;
	wave: string;
	side: string;
	dueAt: string;
	answeredAt: string | null;
	answers: CheckinAnswers | null;
	meetup: { id: string; startsAt: string; startupName: string; corporateName: string };
}

function selectCheckins(db: Database) {
	return db
		.selectFrom('followupCheckins as f')
		.innerJoin('meetups as mt', 'mt.id', 'f.meetupId')
		.innerJoin('organizations as s', 's.id', 'mt.startupId')
		.innerJoin('organizations as k', 'k.id', 'mt.corporateId')
		.select([
			'f.id',
			'f.wave',
			'f.side',
			'f.dueAt',
			'f.answeredAt',
			'f.answers',
			'f.organizationId',
			'f.tokenExpiresAt',
			'mt.id as meetupId',
			'mt.startupId',
			'mt.corporateId',
			'mt.challengeId',
			's.name as startupName',
			'k.name as corporateName',
			(eb) => eb.fn<Date>('lower', [eb.ref('mt.period')]).as('startsAt')
		]);
}
type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof selectCheckins>['executeTakeFirst']>>>;

function toView(r: Row): CheckinView {
	return {
		id: r.id,
		wave: r.wave,
		side: r.side,
		dueAt: r.dueAt.toISOString(),
		answeredAt: r.answeredAt?.toISOString() ?? null,
		answers: (r.answers as CheckinAnswers | null) ?? null,
		meetup: {
			id: r.meetupId,
			startsAt: new Date(r.startsAt).toISOString(),
			startupName: r.startupName,
			corporateName: r.corporateName
		}
	};
}

/** The check-in a link's token opens (read only, for the answer page); undefined when unknown or expired. */
export async function findCheckinByToken(db: Database, token: string, now = new Date()) {
	if (!/^[a-z2-9]{32}$/.test(token)) return undefined;
	const row = await selectCheckins(db).where('f.tokenHash', '=', hashSecret(token)).executeTakeFirst();
	if (!row || !row.tokenExpiresAt || row.tokenExpiresAt <= now) return undefined;
	return toView(row);
}

/** The viewer's organizations' check-ins that were sent and are still unanswered, oldest first. */
export async function listOpenCheckins(db: Database, viewer: Viewer): Promise<CheckinView[]> {
	if (viewer.organizationIds.length === 0) return [];
	const rows = await selectCheckins(db)
		.where('f.organizationId', 'in', viewer.organizationIds)
		.where('f.sentAt', 'is not', null)
		.where('f.answeredAt', 'is', null)
		.orderBy('f.dueAt')
		.limit(100)
		.execute();
	return rows.map(toView);
}

/** Answers through the mail link's token. 404 `checkin_invalid` for an unknown or expired link, 409 once answered. */
export async function answerCheckin(db: Database, token: string, answers: CheckinAnswers, now = new Date()) {
	const view = await findCheckinByToken(db, token, now);
	if (!view) throw new DomainError('checkin_invalid', 404);
	return answer(db, view.id, answers, null, now);
}

/** Answers in the app, as a member of the asked organization; undefined (404) for anyone else. */
export async function answerCheckinAsMember(
	db: Database,
	viewer: Viewer,
	id: string,
	answers: CheckinAnswers
) {
	const row = await selectCheckins(db).where('f.id', '=', id).executeTakeFirst();
	if (!row || !viewer.organizationIds.includes(row.organizationId)) return undefined;
	return answer(db, id, answers, viewer.user?.id ?? null, new Date());
}

async function answer(db: Database, id: string, answers: CheckinAnswers, userId: string | null, now: Date) {
	const notifications = await db.transaction().execute(async (tx) => {
		// Compare-and-swap on "unanswered": a double click or two members at once answer once.
		const claimed = await tx
			.updateTable('followupCheckins')
			.set({ answeredAt: now, answeredBy: userId, answers: JSON.stringify(answers) })
			.where('id', '=', id)
			.where('answeredAt', 'is', null)
			.returning('id')
			.executeTakeFirst();
		if (!claimed) throw new DomainError('checkin_answered', 409);
		const row = (await selectCheckins(tx).where('f.id', '=', id).executeTakeFirst())!;
		const card = await tx
			.selectFrom('collaborations')
			.select('id')
			.where('startupId', '=', row.startupId)
			.where('corporateId', '=', row.corporateId)
			.where('stage', '<>', 'dropped')
			.$if(row.challengeId !== null, (q) => q.where('challengeId', '=', row.challengeId))
			.orderBy('updatedAt', 'desc')
			.executeTakeFirst();
		if (card) await advanceCollaboration(tx, card.id, 'follow_up', userId, 'checkin');
		const base = {
			collaborationId: card?.id ?? null,
			startupId: row.startupId,
			corporateId: row.corporateId,
			challengeId: row.challengeId,
			checkinId: id,
			occurredAt: now,
			note: answers.comment ?? null,
			status: 'reported',
			recordedBy: userId
		} as const;
		const found: NewOutcome[] = [];
		if (answers.poc) found.push({ ...base, kind: 'poc', amountKrw: null, jobs: null });
		if (answers.contract)
			found.push({ ...base, kind: 'contract', amountKrw: answers.contractKrw ?? null, jobs: null });
		if (answers.investment)
			found.push({ ...base, kind: 'investment', amountKrw: answers.investmentKrw ?? null, jobs: null });
		if (answers.hires) found.push({ ...base, kind: 'hire', amountKrw: null, jobs: answers.hires });
		let reported = 0;
		for (const o of found) {
			// The other side may have reported the same PoC or contract already.
			if (o.kind !== 'hire' && card && (await hasCurrentOutcome(tx, card.id, o.kind))) continue;
			await insertOutcome(tx, o);
			reported++;
		}
		await recordAudit(tx, {
			actorUserId: userId ?? undefined,
			action: 'checkin.answered',
			subjectType: 'checkin',
			subjectId: id,
			data: { wave: row.wave, side: row.side, reported, viaLink: userId === null }
		});
		if (reported === 0) return [];
		const { parties } = await loadParties(tx, row);
		return notify(tx, await memberIds(tx, parties.centerIds), 'outcome.reported', {
			checkinId: id,
			startupName: row.startupName,
			corporateName: row.corporateName,
			count: reported
		});
	});
	emitNotifications(notifications);
	return { id, answeredAt: now.toISOString() };
}
