import type { Database } from '../../../src/lib/server/db/index';

/**
 * A small catalog for the search contract, written straight to Postgres (the search port reads rows,
 * not services): startups of every visibility, challenges of every confidentiality and status.
 */
export interface Catalog {
	center: string;
	corporate: string;
	otherCorporate: string;
	startups: Record<
		'gluco' | 'careLink' | 'logistics' | 'volt' | 'secret' | 'members' | 'stewarded' | 'careBot' | 'farm',
		string
	>;
	challenges: Record<'battery' | 'nda' | 'invite' | 'draft' | 'closed', string>;
	/** the public startups as the index sees them (for expected facet counts and orders) */
	publicStartups: {
		id: string;
		region: string | null;
		industries: string[];
		stage: string | null;
		createdAt: number;
	}[];
}

interface StartupSeed {
	name: string;
	nameEn?: string;
	summary: string;
	description?: string;
	industries: string[];
	techTags?: string[];
	stage: string;
	region: string;
	seeking: string[];
	visibility: 'public' | 'members' | 'private';
	stewardCenterId?: string;
}

const BASE = Date.UTC(2026, 0, 5, 9, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

export async function insertCatalog(db: Database): Promise<Catalog> {
	const org = async (kind: 'center' | 'corporate', name: string) =>
		(await db.insertInto('organizations').values({ kind, name }).returning('id').executeTakeFirstOrThrow())
			.id;
	const center = await org('center', '강원창조경제혁신센터');
	const corporate = await org('corporate', 'K에너지');
	const otherCorporate = await org('corporate', 'L물산');

	let minute = 0;
	const publicStartups: Catalog['publicStartups'] = [];
	const startup = async (s: StartupSeed) => {
		const createdAt = new Date(BASE + ++minute * 60_000);
		const { id } = await db
			.insertInto('organizations')
			.values({
				kind: 'startup',
				name: s.name,
				nameEn: s.nameEn ?? null,
				region: s.region,
				description: s.description ?? '',
				homeCenterId: s.stewardCenterId ?? null,
				stewardCenterId: s.stewardCenterId ?? null,
				createdAt,
				updatedAt: createdAt
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await db
			.insertInto('startupProfiles')
			.values({
				organizationId: id,
				summary: s.summary,
				industries: s.industries,
				techTags: s.techTags ?? [],
				stage: s.stage,
				seeking: s.seeking,
				visibility: s.visibility
			})
			.execute();
		if (s.visibility === 'public') {
			publicStartups.push({
				id,
				region: s.region,
				industries: s.industries,
				stage: s.stage,
				createdAt: createdAt.getTime()
			});
		}
		return id;
	};

	const startups: Catalog['startups'] = {
		gluco: await startup({
			name: '글루코헬스',
			nameEn: 'GlucoHealth',
			summary: '연속혈당측정기를 개발하는 디지털헬스케어 스타트업',
			description: 'Continuous glucose monitoring wearables.',
			industries: ['digital_healthcare'],
			techTags: ['cgm', 'wearable'],
			stage: 'seed',
			region: 'seoul',
			seeking: ['poc'],
			visibility: 'public'
		}),
		careLink: await startup({
			name: '케어링크',
			nameEn: 'CareLink',
			summary: '헬스케어 데이터 플랫폼 <실증>',
			description: 'Remote monitoring for chronic care.',
			industries: ['digital_healthcare', 'ai_data'],
			techTags: ['remote monitoring'],
			stage: 'series_a',
			region: 'busan',
			seeking: ['investment'],
			visibility: 'public'
		}),
		logistics: await startup({
			name: '로지패스',
			nameEn: 'Logipath',
			summary: 'AI 기반 재고 관리와 물류 최적화',
			description: 'Last-mile logistics and route optimization for retailers.',
			industries: ['logistics', 'ai_data'],
			techTags: ['route optimization', 'wms'],
			stage: 'pre_a',
			region: 'busan',
			seeking: ['poc', 'distribution'],
			visibility: 'public'
		}),
		volt: await startup({
			name: '볼트박스',
			nameEn: 'VoltBox',
			summary: 'EV battery swapping stations',
			description: 'Battery management systems and ESS.',
			industries: ['energy', 'mobility'],
			techTags: ['battery', 'ess'],
			stage: 'seed',
			region: 'gyeonggi',
			seeking: ['joint_rnd'],
			visibility: 'public'
		}),
		secret: await startup({
			name: '시크릿메드',
			summary: '헬스케어 비공개 스타트업',
			industries: ['digital_healthcare'],
			stage: 'seed',
			region: 'jeju',
			seeking: ['poc'],
			visibility: 'private'
		}),
		members: await startup({
			name: '멤버팜',
			summary: '스마트팜 환경 모니터링',
			industries: ['agrifood'],
			stage: 'pre_seed',
			region: 'jeonnam',
			seeking: ['mentoring'],
			visibility: 'members'
		}),
		stewarded: await startup({
			name: '돌봄로봇',
			summary: '시니어 돌봄 로봇',
			industries: ['robotics'],
			stage: 'seed',
			region: 'gangwon',
			seeking: ['poc'],
			visibility: 'private',
			stewardCenterId: center
		}),
		careBot: await startup({
			name: '케어봇',
			nameEn: 'CareBot',
			summary: '시니어 디지털헬스케어 로봇',
			industries: ['robotics'],
			techTags: ['robot'],
			stage: 'pre_a',
			region: 'daejeon',
			seeking: ['investment'],
			visibility: 'public'
		}),
		farm: await startup({
			name: '그린팜',
			summary: '대구에서 시작한 스마트팜 기업',
			industries: ['agrifood'],
			techTags: ['smart farm'],
			stage: 'seed',
			region: 'gyeongbuk',
			seeking: ['distribution'],
			visibility: 'public'
		})
	};

	const now = Date.now();
	const challenge = async (values: {
		corporateId: string;
		title: string;
		teaser: string;
		details?: string;
		status: string;
		confidentiality: string;
		closesInDays: number | null;
		hostCenterId?: string;
	}) =>
		(
			await db
				.insertInto('challenges')
				.values({
					corporateId: values.corporateId,
					hostCenterId: values.hostCenterId ?? null,
					title: values.title,
					teaser: values.teaser,
					details: values.details ?? '',
					industries: ['energy'],
					status: values.status,
					confidentiality: values.confidentiality,
					closesAt: values.closesInDays === null ? null : new Date(now + values.closesInDays * DAY)
				})
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;

	const challenges: Catalog['challenges'] = {
		battery: await challenge({
			corporateId: corporate,
			title: '전기차 배터리 재사용 실증',
			teaser: '배터리 진단 스타트업을 찾습니다',
			status: 'open',
			confidentiality: 'public',
			closesInDays: 10
		}),
		nda: await challenge({
			corporateId: corporate,
			title: '스마트팜 데이터 협업',
			teaser: 'NDA 체결 후 상세 공개',
			details: 'ZEBRAQUANTUM 극비데이터셋 제공',
			status: 'open',
			confidentiality: 'nda',
			closesInDays: 5
		}),
		invite: await challenge({
			corporateId: corporate,
			title: '물류 자동화 초청 과제',
			teaser: '초청 기업 전용',
			details: 'ZEBRAQUANTUM 초청 상세',
			status: 'open',
			confidentiality: 'invite',
			closesInDays: null
		}),
		draft: await challenge({
			corporateId: otherCorporate,
			hostCenterId: center,
			title: '초안 과제',
			teaser: '아직 공개 전',
			status: 'draft',
			confidentiality: 'public',
			closesInDays: 1
		}),
		closed: await challenge({
			corporateId: corporate,
			title: '헬스케어 종료 과제',
			teaser: '마감된 과제',
			status: 'closed',
			confidentiality: 'public',
			closesInDays: -1
		})
	};
	await db
		.insertInto('challengeInvitations')
		.values({ challengeId: challenges.invite, startupId: startups.logistics })
		.execute();

	return { center, corporate, otherCorporate, startups, challenges, publicStartups };
}
