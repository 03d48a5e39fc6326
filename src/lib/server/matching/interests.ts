/**
 * Stances (`PUT /interests` and the match cards' buttons): one organization's must_meet / meet /
 * no_thanks on another or on a challenge, and the mutual matches two positive stances make.
 */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import { DomainError, forbidden } from '$lib/server/errors';
import { getChallenge } from '$lib/server/catalog/challenges';
import { canSeeStartup } from '$lib/server/catalog/startups';
import { asStartup, canActFor, type Viewer } from '$lib/server/catalog/viewer';
import { emitNotifications, notify, type NotificationRow } from '$lib/server/notifications/service';
import { emitTo } from '$lib/server/realtime/emit';
import { onMutualMatch } from '$lib/server/outcomes/hooks';
import type { MatchMutualPayload } from '$lib/realtime/events';
import { interestsBetween, loadMatchChallenge, memberIds } from './queries';
import type { InterestInput } from './schema';
import { StanceIndex, isMutual, type Interest } from './stances';
import type { MatchChallenge, Stance } from './types';

const unknownTarget = (field: 'toOrgId' | 'challengeId' | 'fromOrgId') =>
	new DomainError('not_found', 422, field);

interface Pair {
	startupId: string;
	corporateId: string;
	/** where the stance goes in `interests` */
	row: { toOrgId: string | null; challengeId: string | null };
}

/** Checks the target of a stance and returns the startup–corporate pair it is about. */
async function resolvePair(
	db: Database,
	viewer: Viewer,
	from: { id: string; kind: string },
	input: InterestInput
): Promise<Pair> {
	if (input.toOrgId === from.id) throw new DomainError('self_stance', 422, 'toOrgId');
	const challenge = input.challengeId ? await loadMatchChallenge(db, input.challengeId) : undefined;
	if (input.challengeId && !challenge) throw unknownTarget('challengeId');
	if (from.kind === 'startup') {
		if (challenge) {
			// The startup's stance on a challenge it may see; its corporate is implied.
			if (!(await getChallenge(db, asStartup(viewer, from.id), challenge.id)))
				throw unknownTarget('challengeId');
			if (input.toOrgId !== undefined && input.toOrgId !== challenge.corporateId)
				throw unknownTarget('toOrgId');
			return {
				startupId: from.id,
				corporateId: challenge.corporateId,
				row: { toOrgId: null, challengeId: challenge.id }
			};
		}
		const to = await db
			.selectFrom('organizations')
			.select('id')
			.where('id', '=', input.toOrgId!)
			.where('kind', '=', 'corporate')
			.executeTakeFirst();
		if (!to) throw unknownTarget('toOrgId');
		return { startupId: from.id, corporateId: to.id, row: { toOrgId: to.id, challengeId: null } };
	}
	// A corporate's stance on a startup it may see, in general or for one of its challenges.
	if (challenge && challenge.corporateId !== from.id) throw unknownTarget('challengeId');
	if (input.toOrgId === undefined) throw unknownTarget('toOrgId');
	const to = await db
		.selectFrom('organizations')
		.innerJoin('startupProfiles', 'startupProfiles.organizationId', 'organizations.id')
		.select(['organizations.id', 'organizations.stewardCenterId', 'startupProfiles.visibility'])
		.where('organizations.id', '=', input.toOrgId)
		.where('organizations.kind', '=', 'startup')
		.executeTakeFirst();
	if (!to || !canSeeStartup(viewer, to)) throw unknownTarget('toOrgId');
	return {
		startupId: to.id,
		corporateId: from.id,
		row: { toOrgId: to.id, challengeId: challenge?.id ?? null }
	};
}

/** The contexts (a challenge id, or '' for the organizations themselves) in which the pair is mutual. */
function mutualContexts(pair: Pair, interests: Interest[]): Set<string> {
	const stances = new StanceIndex(interests);
	const contexts = new Set<string>(['']);
	for (const i of interests) if (i.challengeId) contexts.add(i.challengeId);
	const result = new Set<string>();
	for (const id of contexts) {
		const at = { id, corporateId: pair.corporateId } as MatchChallenge;
		if (isMutual(stances.between(pair.startupId, at))) result.add(id);
	}
	return result;
}

/**
 * Records the viewer's organization's stance (replacing an earlier one on the same target). When it
 * makes a new mutual match, both sides' members are notified and both organizations' rooms hear
 * `match:mutual`, after the commit.
 */
export async function setInterest(
	db: Database,
	viewer: Viewer,
	input: InterestInput
): Promise<{ stance: Stance; mutual: boolean }> {
	const from = await db
		.selectFrom('organizations')
		.select(['id', 'kind', 'stewardCenterId'])
		.where('id', '=', input.fromOrgId)
		.executeTakeFirst();
	if (!from) throw viewer.isAdmin ? unknownTarget('fromOrgId') : forbidden();
	if (!canActFor(viewer, from)) throw forbidden();
	if (input.toOrgId === from.id) throw new DomainError('self_stance', 422, 'toOrgId');
	if (from.kind !== 'startup' && from.kind !== 'corporate') throw unknownTarget('fromOrgId');
	const pair = await resolvePair(db, viewer, from, input);

	const { mutual, fresh, notifications } = await db.transaction().execute(async (tx) => {
		// One pair at a time, so two sides saying yes together both see the other's stance.
		await tx.executeQuery(
			sql`select pg_advisory_xact_lock(hashtext(${pair.startupId + pair.corporateId}))`.compile(tx)
		);
		const before = mutualContexts(pair, await interestsBetween(tx, pair.startupId, pair.corporateId));
		await tx
			.insertInto('interests')
			.values({
				fromOrgId: from.id,
				toOrgId: pair.row.toOrgId,
				challengeId: pair.row.challengeId,
				stance: input.stance,
				createdBy: viewer.user?.id ?? null
			})
			.onConflict((oc) =>
				oc.columns(['fromOrgId', 'toOrgId', 'challengeId']).doUpdateSet({
					stance: input.stance,
					createdBy: viewer.user?.id ?? null,
					updatedAt: new Date()
				})
			)
			.execute();
		const after = mutualContexts(pair, await interestsBetween(tx, pair.startupId, pair.corporateId));
		const fresh: MatchMutualPayload[] = [...after]
			.filter((id) => !before.has(id))
			.map((id) => ({ startupId: pair.startupId, corporateId: pair.corporateId, challengeId: id || null }));
		let notifications: NotificationRow[] = [];
		if (fresh.length) {
			const users = await memberIds(tx, [pair.startupId, pair.corporateId]);
			const named = await mutualNames(tx, pair, fresh);
			for (const payload of fresh)
				notifications = notifications.concat(
					await notify(tx, users, 'match.mutual', { ...payload, ...named(payload.challengeId) })
				);
		}
		return { mutual: after.size > 0, fresh, notifications };
	});

	emitNotifications(notifications);
	for (const payload of fresh)
		emitTo([`org:${pair.startupId}`, `org:${pair.corporateId}`], 'match:mutual', payload);
	for (const payload of fresh) await onMutualMatch(db, viewer, payload); // opens a pipeline card; never throws
	return { stance: input.stance, mutual };
}

/**
 * Names for a mutual-match notice (both organizations, in both languages, and the challenge's public
 * title), so the inbox can say who matched without another lookup.
 */
async function mutualNames(
	db: Database,
	pair: { startupId: string; corporateId: string },
	fresh: readonly MatchMutualPayload[]
) {
	const orgs = await db
		.selectFrom('organizations')
		.select(['id', 'name', 'nameEn'])
		.where('id', 'in', [pair.startupId, pair.corporateId])
		.execute();
	const challengeIds = fresh.flatMap((f) => (f.challengeId ? [f.challengeId] : []));
	const titles =
		challengeIds.length > 0
			? await db.selectFrom('challenges').select(['id', 'title']).where('id', 'in', challengeIds).execute()
			: [];
	const startup = orgs.find((o) => o.id === pair.startupId);
	const corporate = orgs.find((o) => o.id === pair.corporateId);
	return (challengeId: string | null) => ({
		startupName: startup?.name ?? '',
		startupNameEn: startup?.nameEn ?? null,
		corporateName: corporate?.name ?? '',
		corporateNameEn: corporate?.nameEn ?? null,
		challengeTitle: titles.find((t) => t.id === challengeId)?.title ?? null
	});
}
