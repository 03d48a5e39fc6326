/**
 * Organizations' stated availability: reading and replacing it, checking proposed times against it,
 * and suggesting times both sides can make. The arithmetic is the pure availability.ts.
 */
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import { DomainError, forbidden } from '$lib/server/errors';
import { recordAudit } from '$lib/server/audit';
import { canSeeStartup } from '$lib/server/catalog/startups';
import { canActFor, type Viewer } from '$lib/server/catalog/viewer';
import {
	ALWAYS,
	OFFICE_HOURS,
	isAvailable,
	suggestSlots,
	type Availability,
	type WeeklyRule
} from './availability';
import { findParties, listBusyPeriods, type Period } from './queries';
import { toMinutes, type AvailabilityInput, type SuggestionsQuery, MAX_SUGGESTION_DAYS } from './schema';

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_ZONE = 'Asia/Seoul';

interface Stated {
	timeZone: string;
	rules: WeeklyRule[];
	blackouts: { from: string; to: string; reason: string | null }[];
	updatedAt: Date;
}

/** What the organizations stated, by id; an organization that stated nothing is absent. */
async function loadStated(db: Database, orgIds: readonly string[]): Promise<Map<string, Stated>> {
	const out = new Map<string, Stated>();
	if (orgIds.length === 0) return out;
	const [heads, rules, blackouts] = await Promise.all([
		db
			.selectFrom('organizationAvailability')
			.select(['organizationId', 'timeZone', 'updatedAt'])
			.where('organizationId', 'in', [...orgIds])
			.execute(),
		db
			.selectFrom('availabilityRules')
			.select(['organizationId', 'weekday', 'startMinute', 'endMinute'])
			.where('organizationId', 'in', [...orgIds])
			.orderBy('weekday')
			.orderBy('startMinute')
			.execute(),
		db
			.selectFrom('availabilityBlackouts')
			.select([
				'organizationId',
				// daterange is stored canonical, [from, to + 1): give back the inclusive dates.
				sql<string>`to_char(lower(dates), 'YYYY-MM-DD')`.as('from'),
				sql<string>`to_char(upper(dates) - 1, 'YYYY-MM-DD')`.as('to'),
				'reason'
			])
			.where('organizationId', 'in', [...orgIds])
			.orderBy(sql`lower(dates)`)
			.execute()
	]);
	for (const h of heads)
		out.set(h.organizationId, { timeZone: h.timeZone, updatedAt: h.updatedAt, rules: [], blackouts: [] });
	for (const r of rules) out.get(r.organizationId)?.rules.push(r);
	for (const b of blackouts) out.get(b.organizationId)?.blackouts.push(b);
	return out;
}

/** Stated availability as the pure module takes it; hours `fallback` when no weekly hours were stated. */
function asAvailability(stated: Stated | undefined, fallback: readonly WeeklyRule[]): Availability {
	if (!stated) return { timeZone: DEFAULT_ZONE, rules: fallback, blackouts: [] };
	return {
		timeZone: stated.timeZone,
		rules: stated.rules.length ? stated.rules : fallback,
		blackouts: stated.blackouts
	};
}

const clock = (minutes: number) =>
	`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

async function findOrganization(db: Database, id: string) {
	return (await findParties(db, [id])).find((o) => o.kind === 'startup' || o.kind === 'corporate');
}

function present(organizationId: string, stated: Stated | undefined) {
	return {
		organizationId,
		timeZone: stated?.timeZone ?? DEFAULT_ZONE,
		weekly: (stated?.rules ?? []).map((r) => ({
			weekday: r.weekday,
			start: clock(r.startMinute),
			end: clock(r.endMinute)
		})),
		blackouts: (stated?.blackouts ?? []).map((b) => ({ from: b.from, to: b.to, reason: b.reason })),
		updatedAt: stated?.updatedAt.toISOString() ?? null
	};
}

export type AvailabilityView = ReturnType<typeof present>;

/**
 * An organization's availability, for anyone signed in who may see the organization (the other side
 * of a meetup plans with it). Undefined when there is no such startup or corporate for the viewer.
 */
export async function getAvailability(
	db: Database,
	viewer: Viewer,
	organizationId: string
): Promise<AvailabilityView | undefined> {
	const org = await findOrganization(db, organizationId);
	if (!org || !viewer.user) return undefined;
	if (org.kind === 'startup' && !canSeeStartup(viewer, { ...org, visibility: org.visibility ?? 'private' }))
		return undefined;
	return present(org.id, (await loadStated(db, [org.id])).get(org.id));
}

/** Replaces an organization's availability as a whole; for those who act for it. */
export async function setAvailability(
	db: Database,
	viewer: Viewer,
	organizationId: string,
	input: AvailabilityInput
): Promise<AvailabilityView | undefined> {
	const org = await findOrganization(db, organizationId);
	if (!org) return undefined;
	if (!canActFor(viewer, org)) {
		if (org.kind === 'startup' && !canSeeStartup(viewer, { ...org, visibility: org.visibility ?? 'private' }))
			return undefined;
		throw forbidden();
	}
	await db.transaction().execute(async (tx) => {
		await tx
			.insertInto('organizationAvailability')
			.values({ organizationId, timeZone: input.timeZone, updatedBy: viewer.user?.id ?? null })
			.onConflict((oc) =>
				oc.column('organizationId').doUpdateSet({
					timeZone: input.timeZone,
					updatedBy: viewer.user?.id ?? null,
					updatedAt: new Date()
				})
			)
			.execute();
		await tx.deleteFrom('availabilityRules').where('organizationId', '=', organizationId).execute();
		await tx.deleteFrom('availabilityBlackouts').where('organizationId', '=', organizationId).execute();
		if (input.weekly.length)
			await tx
				.insertInto('availabilityRules')
				.values(
					input.weekly.map((r) => ({
						organizationId,
						weekday: r.weekday,
						startMinute: toMinutes(r.start),
						endMinute: toMinutes(r.end)
					}))
				)
				.execute();
		if (input.blackouts.length)
			await tx
				.insertInto('availabilityBlackouts')
				.values(
					input.blackouts.map((b) => ({
						organizationId,
						dates: sql<string>`daterange(${b.from}::date, ${b.to}::date, '[]')`,
						reason: b.reason ?? null
					}))
				)
				.execute();
		await recordAudit(tx, {
			actorUserId: viewer.user?.id,
			action: 'availability.set',
			subjectType: 'organization',
			subjectId: organizationId
		});
	});
	return present(organizationId, (await loadStated(db, [organizationId])).get(organizationId));
}

/**
 * Refuses (422, naming the field) a proposed time outside an organization's stated weekly hours or
 * inside its blackout dates. An organization that stated no hours is not restricted by them.
 */
export async function assertAvailable(
	db: Database,
	parties: readonly { id: string; name: string }[],
	times: readonly Period[],
	fieldOf: (index: number) => string
): Promise<void> {
	const stated = await loadStated(
		db,
		parties.map((p) => p.id)
	);
	for (const party of parties) {
		const own = stated.get(party.id);
		if (!own) continue;
		const availability = asAvailability(own, ALWAYS);
		times.forEach((t, i) => {
			if (!isAvailable(availability, { start: t.start.getTime(), end: t.end.getTime() }))
				throw new DomainError('outside_availability', 422, fieldOf(i), {
					organizationId: party.id,
					organizationName: party.name
				});
		});
	}
}

/**
 * Times both organizations can make: both sides' hours (office hours for a side that stated none)
 * minus blackouts and their active meetups. For those who act for either side.
 */
export async function suggestTimes(
	db: Database,
	viewer: Viewer,
	query: SuggestionsQuery,
	now = new Date()
): Promise<{ startsAt: string; endsAt: string }[]> {
	const parties = await findParties(db, [query.startupId, query.corporateId]);
	const startup = parties.find((p) => p.id === query.startupId && p.kind === 'startup');
	const corporate = parties.find((p) => p.id === query.corporateId && p.kind === 'corporate');
	if (!startup || !canSeeStartup(viewer, { ...startup, visibility: startup.visibility ?? 'private' }))
		throw new DomainError('not_found', 422, 'startupId');
	if (!corporate) throw new DomainError('not_found', 422, 'corporateId');
	if (!canActFor(viewer, startup) && !canActFor(viewer, corporate)) throw forbidden();
	const from = query.from ? new Date(query.from) : now;
	// A longer window is cut to the maximum rather than refused: the earliest slots are what matters.
	const to = new Date(
		Math.min(
			query.to ? Date.parse(query.to) : from.getTime() + 14 * DAY_MS,
			from.getTime() + MAX_SUGGESTION_DAYS * DAY_MS
		)
	);
	const window = { start: from.getTime(), end: to.getTime() };
	const [stated, busy] = await Promise.all([
		loadStated(db, [startup.id, corporate.id]),
		listBusyPeriods(db, [startup.id, corporate.id], { start: from, end: to })
	]);
	const slots = suggestSlots({
		sides: [
			asAvailability(stated.get(startup.id), OFFICE_HOURS),
			asAvailability(stated.get(corporate.id), OFFICE_HOURS)
		],
		busy: busy.map((b) => ({ start: b.start.getTime(), end: b.end.getTime() })),
		window,
		minutes: query.minutes,
		limit: query.limit,
		now: now.getTime()
	});
	return slots.map((s) => ({
		startsAt: new Date(s.start).toISOString(),
		endsAt: new Date(s.end).toISOString()
	}));
}
