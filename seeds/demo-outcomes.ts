import type { Database } from '../src/lib/server/db/index';
import { corporates, startups } from './data/index';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Marks the demo's collaborations, so a second run finds them and adds nothing. */
const DEMO_NOTE = '데모 협업 (Demo collaboration)';

type Stage = 'matched' | 'meetup_held' | 'follow_up' | 'poc' | 'contract' | 'investment' | 'dropped';
interface Outcome {
	kind: 'poc' | 'contract' | 'investment' | 'hire';
	amountKrw?: number;
	jobs?: number;
	daysAgo: number;
	note: string;
	/** reported: waiting for the manager (the dashboard's "to confirm" count) */
	pending?: true;
}
interface Story {
	corporate: string;
	/** stages reached, each with how many days ago */
	path: [Stage, number][];
	dropReason?: 'timing';
	outcomes: Outcome[];
}

// A year of the Gangwon center's work in a few collaborations, from a first match to PoCs, a contract,
// an investment and hires, so a new manager's dashboard shows months, a funnel and money. Small on
// purpose: five cards, seven outcomes.
const STORIES: Story[] = [
	{
		corporate: 'kepco',
		path: [
			['matched', 290],
			['meetup_held', 275],
			['follow_up', 250],
			['poc', 215],
			['contract', 120]
		],
		outcomes: [
			{ kind: 'poc', daysAgo: 215, note: '변전소 예지정비 PoC 착수 (협약서 2호)' },
			{ kind: 'contract', amountKrw: 120_000_000, daysAgo: 120, note: '본사업 계약 (계약번호 K-24-118)' },
			{ kind: 'hire', jobs: 3, daysAgo: 95, note: '현장 엔지니어 3명 채용 (4대보험 가입 확인)' }
		]
	},
	{
		corporate: 'lotte-shopping',
		path: [
			['matched', 230],
			['meetup_held', 210],
			['follow_up', 180],
			['investment', 60]
		],
		outcomes: [
			{ kind: 'investment', amountKrw: 1_500_000_000, daysAgo: 60, note: '시리즈 A 전략적 투자 (보도자료)' },
			{ kind: 'hire', jobs: 5, daysAgo: 30, note: '투자 후 개발·영업 인력 5명 채용' }
		]
	},
	{
		corporate: 'hyundai-motor',
		path: [
			['matched', 170],
			['meetup_held', 150],
			['poc', 100]
		],
		outcomes: [{ kind: 'poc', daysAgo: 100, note: '차량 데이터 실증 PoC 착수' }]
	},
	{
		corporate: 'gs-retail',
		path: [
			['matched', 140],
			['meetup_held', 125],
			['dropped', 90]
		],
		dropReason: 'timing',
		outcomes: []
	},
	{
		corporate: 'autoen',
		path: [
			['matched', 45],
			['meetup_held', 35],
			['follow_up', 20]
		],
		outcomes: [{ kind: 'poc', daysAgo: 10, note: '후속 확인 응답: PoC 착수 예정', pending: true }]
	}
];

/**
 * Collaborations and outcomes of the Gangwon center over the past year (idempotent: nothing happens
 * when its demo collaborations exist). Written directly, as the demo's other rows are; a confirmed
 * outcome names the demo manager as the one who confirmed it.
 */
export async function loadDemoOutcomes(
	db: Database,
	now: Date,
	ids: { orgs: Map<string, string>; managerId: string }
): Promise<void> {
	const gangwon = startups.filter((s) => s.homeCenter === 'gangwon');
	const present = await db
		.selectFrom('collaborations')
		.select('id')
		.where('note', '=', DEMO_NOTE)
		.executeTakeFirst();
	if (present || gangwon.length === 0) return;
	const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);
	for (const [i, story] of STORIES.entries()) {
		const startupId = ids.orgs.get(gangwon[i % gangwon.length]!.slug);
		const corporateId = ids.orgs.get(story.corporate);
		if (!startupId || !corporateId || !corporates.some((c) => c.slug === story.corporate)) continue;
		// Someone may have opened this pair's card already (one active card per pair): leave theirs alone.
		const taken = await db
			.selectFrom('collaborations')
			.select('id')
			.where('startupId', '=', startupId)
			.where('corporateId', '=', corporateId)
			.where('challengeId', 'is', null)
			.where('stage', '<>', 'dropped')
			.executeTakeFirst();
		if (taken) continue;
		const [last, lastDaysAgo] = story.path.at(-1)!;
		const { id } = await db
			.insertInto('collaborations')
			.values({
				startupId,
				corporateId,
				source: 'mutual_match',
				stage: last,
				dropReason: story.dropReason ?? null,
				note: DEMO_NOTE,
				version: story.path.length - 1,
				createdBy: ids.managerId,
				createdAt: at(story.path[0]![1]),
				updatedAt: at(lastDaysAgo),
				stageChangedAt: at(lastDaysAgo)
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await db
			.insertInto('collaborationEvents')
			.values(
				story.path.map(([stage, daysAgo], v) => ({
					collaborationId: id,
					fromStage: v === 0 ? null : story.path[v - 1]![0],
					toStage: stage,
					reason: stage === 'dropped' ? (story.dropReason ?? null) : null,
					version: v,
					actorUserId: ids.managerId,
					at: at(daysAgo)
				}))
			)
			.execute();
		if (story.outcomes.length === 0) continue;
		await db
			.insertInto('outcomes')
			.values(
				story.outcomes.map((o) => ({
					collaborationId: id,
					startupId,
					corporateId,
					kind: o.kind,
					amountKrw: o.amountKrw ?? null,
					jobs: o.jobs ?? null,
					occurredAt: at(o.daysAgo),
					note: o.note,
					status: o.pending ? 'reported' : 'confirmed',
					recordedBy: ids.managerId,
					createdAt: at(o.daysAgo),
					decidedBy: o.pending ? null : ids.managerId,
					decidedAt: o.pending ? null : at(o.daysAgo)
				}))
			)
			.execute();
	}
}
