/**
 * What the meetup pages read: one meetup with the sides the viewer acts for, the viewer's meetups by
 * tab, and the two organizations of a new request with times both can make. Who may see or act is
 * decided here from the session's viewer (sidesOf, canActFor, canSeeStartup), never from the URL.
 */
import type { Database } from '$lib/server/db';
import type { MeetupPayload } from '$lib/realtime/events';
import { forbidden } from '$lib/server/errors';
import { getChallenge } from '$lib/server/catalog/challenges';
import { canSeeStartup } from '$lib/server/catalog/startups';
import { canActFor, type Viewer } from '$lib/server/catalog/viewer';
import { organizationNames } from '$lib/server/accounts/stats';
import { sidesOf, toPayload, loadMeetup, type Side } from './announce';
import { getAvailability, suggestTimes } from './availability-service';
import { findParties, listMeetupsInScope, listProposals, type MeetupFilter } from './queries';
import { suggestionsQuery } from './schema';
import { toLocalInput } from '$lib/zoned-time';

export const MEETUP_TABS = ['upcoming', 'awaiting', 'past', 'cancelled'] as const;
export type MeetupTab = (typeof MEETUP_TABS)[number];

export interface MeetupItem {
	meetup: MeetupPayload;
	sides: Side[];
}

/** One meetup and the sides the viewer acts for; undefined (404) for anyone acting for neither. */
export async function getMeetupView(db: Database, viewer: Viewer, id: string) {
	const found = await loadMeetup(db, id);
	if (!found) return undefined;
	const sides = sidesOf(viewer, found.row);
	if (sides.length === 0) return undefined;
	// The side that asked states its zone with its hours; the page shows the time there too.
	const organizer = await getAvailability(db, viewer, found.row.requestedByOrgId);
	return { meetup: found.payload, sides, organizerTimeZone: organizer?.timeZone ?? 'Asia/Seoul' };
}

const PAGE_SIZE = 20;
/** "Awaiting my answer" is computed from the unanswered requests ahead, at most this many. */
const AWAITING_SCAN = 100;

async function listScoped(
	db: Database,
	viewer: Viewer,
	filter: MeetupFilter,
	window: { page: number; limit: number }
): Promise<{ items: MeetupItem[]; total: number }> {
	const { rows, total } = await listMeetupsInScope(
		db,
		{ organizationIds: viewer.organizationIds, managedCenterIds: viewer.managedCenterIds },
		filter,
		window
	);
	const proposals = await listProposals(
		db,
		rows.filter((r) => r.status === 'proposed').map((r) => r.id)
	);
	return {
		items: rows.map((r) => ({ meetup: toPayload(r, proposals.get(r.id) ?? []), sides: sidesOf(viewer, r) })),
		total
	};
}

/** Requests ahead whose answer is the viewer's to give (their side did not make the last proposal). */
async function listAwaiting(db: Database, viewer: Viewer, now: Date): Promise<MeetupItem[]> {
	const { items } = await listScoped(
		db,
		viewer,
		{ from: now, statuses: ['proposed'] },
		{ page: 1, limit: AWAITING_SCAN }
	);
	return items.filter(({ meetup, sides }) => {
		const proposer: Side = meetup.proposedByOrganizationId === meetup.startupId ? 'startup' : 'corporate';
		return sides.some((s) => s !== proposer);
	});
}

/**
 * The viewer's meetups for one tab: upcoming (active, not yet over, earliest first), awaiting their
 * answer, past (started before now, latest first) or cancelled and declined (latest first); with the
 * number awaiting an answer for the tab's badge.
 */
export async function listMeetupTab(db: Database, viewer: Viewer, tab: MeetupTab, page: number, now: Date) {
	const awaiting = await listAwaiting(db, viewer, now);
	if (tab === 'awaiting')
		return {
			items: awaiting,
			total: awaiting.length,
			page: 1,
			limit: AWAITING_SCAN,
			awaiting: awaiting.length
		};
	const filters: Record<Exclude<MeetupTab, 'awaiting'>, MeetupFilter> = {
		upcoming: { from: now, statuses: ['proposed', 'confirmed'] },
		past: { to: now, statuses: ['proposed', 'confirmed', 'done', 'no_show'], newestFirst: true },
		cancelled: { statuses: ['cancelled', 'declined'], newestFirst: true }
	};
	const { items, total } = await listScoped(db, viewer, filters[tab], { page, limit: PAGE_SIZE });
	return { items, total, page, limit: PAGE_SIZE, awaiting: awaiting.length };
}

interface Party {
	id: string;
	name: string;
	nameEn: string | null;
}

/**
 * The two organizations of a new request as the form shows them. A side left out of the URL is
 * chosen among the viewer's own organizations of that kind (`choices`). Undefined (404) for an
 * organization the viewer may not see; 403 when they act for neither side.
 */
export async function getRequestContext(
	db: Database,
	viewer: Viewer,
	ids: { startupId?: string; corporateId?: string; challengeId?: string },
	now: Date
) {
	const startupChoices = ids.startupId ? [] : viewer.startupIds;
	const corporateChoices = ids.corporateId ? [] : viewer.corporateIds;
	const startupId = ids.startupId ?? (startupChoices.length === 1 ? startupChoices[0] : undefined);
	const corporateId = ids.corporateId ?? (corporateChoices.length === 1 ? corporateChoices[0] : undefined);
	const wanted = [startupId, corporateId].filter((id): id is string => id !== undefined);
	const found = await findParties(db, wanted);
	const startupRow = found.find((p) => p.id === startupId && p.kind === 'startup');
	const corporateRow = found.find((p) => p.id === corporateId && p.kind === 'corporate');
	if (
		startupId &&
		(!startupRow || !canSeeStartup(viewer, { ...startupRow, visibility: startupRow.visibility ?? 'private' }))
	)
		return undefined;
	if (corporateId && !corporateRow) return undefined;
	const actsFor = {
		startup: startupRow ? canActFor(viewer, startupRow) : startupChoices.length > 0,
		corporate: corporateRow ? canActFor(viewer, corporateRow) : corporateChoices.length > 0
	};
	if (!actsFor.startup && !actsFor.corporate) throw forbidden();

	const names = await organizationNames(db, [
		startupId ?? null,
		corporateId ?? null,
		...startupChoices,
		...corporateChoices
	]);
	const party = (id: string | undefined): Party | undefined => (id ? names.get(id) : undefined);
	const list = (idList: readonly string[]) => idList.flatMap((id) => names.get(id) ?? []);

	let challenge: { id: string; title: string } | undefined;
	if (ids.challengeId && corporateId) {
		const c = await getChallenge(db, viewer, ids.challengeId);
		if (c && c.corporate.id === corporateId) challenge = { id: c.id, title: c.title };
	}
	const suggestions =
		startupRow && corporateRow
			? spread(
					await suggestTimes(
						db,
						viewer,
						suggestionsQuery.parse({
							startupId: startupRow.id,
							corporateId: corporateRow.id,
							minutes: 60,
							limit: 50
						}),
						now
					),
					viewer.user?.timeZone ?? 'Asia/Seoul'
				)
			: [];
	return {
		startup: party(startupId),
		corporate: party(corporateId),
		startupChoices: list(startupChoices),
		corporateChoices: list(corporateChoices),
		actsFor,
		challenge,
		suggestions
	};
}

const SUGGESTIONS_SHOWN = 9;
const SUGGESTIONS_PER_DAY = 2;
const SUGGESTION_GAP_MS = 4 * 60 * 60 * 1000;

/**
 * The earliest free slots spread out for choosing: at most two a day (a morning and an afternoon one
 * when they exist) over several days, rather than nine back-to-back hours of the first free day.
 */
function spread<T extends { startsAt: string }>(slots: readonly T[], timeZone: string): T[] {
	const kept: T[] = [];
	const perDay = new Map<string, number[]>();
	for (const slot of slots) {
		const day = toLocalInput(slot.startsAt, timeZone).slice(0, 10);
		const at = Date.parse(slot.startsAt);
		const starts = perDay.get(day) ?? [];
		if (starts.length >= SUGGESTIONS_PER_DAY || starts.some((s) => Math.abs(at - s) < SUGGESTION_GAP_MS))
			continue;
		starts.push(at);
		perDay.set(day, starts);
		kept.push(slot);
		if (kept.length === SUGGESTIONS_SHOWN) break;
	}
	return kept;
}
