import 'zod-openapi'; // types the OpenAPI keys (`id`, `param`, …) of `.meta()`
import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from 'zod-openapi';
import {
	checkinAnswers,
	collaborationInput,
	collaborationsQuery,
	correctionInput,
	decisionInput,
	moveInput,
	OUTCOME_KINDS,
	OUTCOME_STATUSES,
	outcomeInput,
	outcomesQuery,
	stage,
	tokenAnswer
} from '$lib/server/outcomes/schema';
import { DROP_REASONS } from '$lib/server/outcomes/stages';
import { FUNNEL_STEPS } from '$lib/server/reporting/insights';
import { KPI_KEYS } from '$lib/server/reporting/kpi-queries';
import { auditQuery, catalogExportQuery, kpiQuery } from '$lib/server/reporting/schema';
import { idPath } from '../catalog-requests';
import { timestamp } from '../schemas';
import { bodyProblems, jsonBody, jsonResponse, problemResponse, problems } from '../responses';

const figures = Object.fromEntries(KPI_KEYS.map((k) => [k, z.int()])) as Record<
	(typeof KPI_KEYS)[number],
	z.ZodInt
>;

export const kpiReport = z
	.object({
		startupsRegistered: z.int(),
		challengesPosted: z.int(),
		applications: z.int(),
		mutualMatches: z.int(),
		meetupsHeld: z.int(),
		pocsStarted: z.int(),
		contracts: z.int(),
		investmentKrw: z.int().meta({ description: 'Integer KRW, confirmed current outcomes only.' }),
		jobsCreated: z.int(),
		startupsDiscovered: z
			.int()
			.meta({ description: 'Startups registered by a center on the company’s behalf.' }),
		contractKrw: z.int(),
		investments: z.int(),
		center: z.object({ id: z.uuid(), name: z.string() }).nullable().meta({ description: 'null: national.' }),
		from: z.iso.date(),
		to: z.iso.date(),
		byMonth: z.array(z.object({ month: z.string().meta({ example: '2026-03' }), ...figures })),
		funnel: z.array(
			z.object({ step: z.enum(FUNNEL_STEPS), count: z.int(), conversion: z.number().nullable() })
		),
		topIndustries: z.array(
			z.object({ industry: z.string(), startupsRegistered: z.int(), meetupsHeld: z.int() })
		),
		partnerResponsiveness: z.array(
			z.object({
				corporate: z.object({ id: z.uuid(), name: z.string() }),
				received: z.int(),
				answered: z.int(),
				medianHours: z.number().nullable()
			})
		),
		pendingOutcomes: z.int()
	})
	.meta({ id: 'KpiReport' });

const org = z.object({ id: z.uuid(), name: z.string(), nameEn: z.string().nullable() });
export const collaborationBody = z
	.object({
		id: z.uuid(),
		startup: org,
		corporate: org,
		challenge: z.object({ id: z.uuid(), title: z.string() }).nullable(),
		applicationId: z.uuid().nullable(),
		source: z.enum(['mutual_match', 'application', 'meetup', 'manual']),
		stage,
		dropReason: z.enum(DROP_REASONS).nullable(),
		note: z.string().nullable(),
		version: z.int(),
		allowedMoves: z.array(stage),
		createdAt: timestamp,
		updatedAt: timestamp,
		stageChangedAt: timestamp
	})
	.meta({ id: 'Collaboration' });
const collaborationDetail = collaborationBody
	.extend({
		history: z.array(
			z.object({
				from: stage.nullable(),
				to: stage,
				reason: z.string().nullable(),
				note: z.string().nullable(),
				version: z.int(),
				at: timestamp,
				actor: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable()
			})
		)
	})
	.meta({ id: 'CollaborationDetail' });

export const outcomeBody = z
	.object({
		id: z.uuid(),
		collaborationId: z.uuid().nullable(),
		startup: z.object({ id: z.uuid(), name: z.string() }),
		corporate: z.object({ id: z.uuid(), name: z.string() }).nullable(),
		challengeId: z.uuid().nullable(),
		checkinId: z.uuid().nullable(),
		kind: z.enum(OUTCOME_KINDS),
		amountKrw: z.int().nullable(),
		jobs: z.int().nullable(),
		occurredAt: timestamp,
		note: z.string().nullable(),
		status: z.enum(OUTCOME_STATUSES),
		supersededBy: z.uuid().nullable().meta({ description: 'The correction that replaced these figures.' }),
		correctionNote: z.string().nullable(),
		recordedBy: z.uuid().nullable(),
		createdAt: timestamp,
		decidedAt: timestamp.nullable()
	})
	.meta({ id: 'Outcome' });

const pageOf = (item: z.ZodType, id: string) =>
	z.object({ hits: z.array(item), total: z.int(), page: z.int(), limit: z.int() }).meta({ id });

const auditEntry = z.object({
	id: z.int(),
	at: timestamp,
	actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
	action: z.string(),
	subjectType: z.string(),
	subjectId: z.string(),
	data: z.unknown()
});

const checkinBody = z
	.object({
		id: z.uuid(),
		wave: z.enum(['2w', '3m', '6m']),
		side: z.enum(['startup', 'corporate']),
		dueAt: timestamp,
		answeredAt: timestamp.nullable(),
		answers: z.record(z.string(), z.unknown()).nullable().meta({ description: 'The answers as given.' }),
		meetup: z.object({
			id: z.uuid(),
			startsAt: timestamp,
			startupName: z.string(),
			corporateName: z.string()
		})
	})
	.meta({ id: 'Checkin' });

function op(
	operationId: string,
	tag: 'Pipeline' | 'Reporting',
	[summary, summaryKo]: [string, string],
	[description, descriptionKo]: [string, string],
	rest: Omit<ZodOpenApiOperationObject, 'operationId' | 'summary' | 'description'>
): ZodOpenApiOperationObject {
	return {
		operationId,
		tags: [tag],
		summary,
		'x-summary-ko': summaryKo,
		description,
		'x-description-ko': descriptionKo,
		...rest
	};
}

const notManager = problemResponse(
	403,
	'The caller manages none of the centers asked about (national figures: admins only).'
);
const hidden = problemResponse(404, 'No such thing, or the caller may not see it.');
const conflict = problemResponse(
	409,
	'A stale `version`, a move the pipeline does not allow (the detail says why), or a decision already made.'
);

function download(operationId: string, what: [string, string], type: 'csv' | 'xlsx', query: z.ZodObject) {
	const media =
		type === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
	return {
		get: op(
			operationId,
			'Reporting',
			what,
			[
				`${type === 'csv' ? 'CSV, UTF-8 with a byte-order mark; cells starting with = + - @ are escaped.' : 'An Excel workbook (one sheet, frozen header row).'} Headers in the caller’s language.`,
				`${type === 'csv' ? 'BOM이 붙은 UTF-8 CSV이며, = + - @로 시작하는 셀은 수식으로 실행되지 않게 처리됩니다.' : '엑셀 통합 문서(시트 하나, 머리글 행 고정)입니다.'} 머리글은 호출자의 언어로 씁니다.`
			],
			{
				requestParams: { query },
				responses: {
					'200': {
						description: 'The file.',
						content: { [media]: { schema: z.string().meta({ format: 'binary' }) } }
					},
					...problems(401, 422),
					'403': notManager
				}
			}
		)
	};
}

/** The pipeline, outcomes, check-ins, KPIs, exports and the audit log. */
export const reportingPaths: ZodOpenApiPathsObject = {
	'/kpis': {
		get: op(
			'getKpis',
			'Reporting',
			['KPIs', '성과 지표'],
			[
				'A center’s figures count the organizations whose home center it is and the challenges and events it hosts; the national roll-up (admins) counts everything once. Outcomes count when confirmed and current (a correction replaces the figure). With months, the funnel of the period’s collaborations, top industries and partner responsiveness.',
				'센터의 수치는 그 센터를 소속 센터로 둔 조직과 그 센터가 주관한 과제·행사를 셉니다. 전국 합계(관리자)는 모든 것을 한 번씩 셉니다. 성과는 확인된 현재 값만 셉니다(정정하면 새 값으로 바뀝니다). 월별 수치, 기간 내 협업의 전환 퍼널, 상위 산업, 파트너 응답 속도를 함께 돌려줍니다.'
			],
			{
				requestParams: { query: kpiQuery },
				responses: {
					'200': jsonResponse('The report.', kpiReport),
					...problems(401, 422),
					'403': notManager,
					'404': hidden
				}
			}
		)
	},
	'/exports/kpis.csv': download(
		'exportKpisCsv',
		['KPIs by month and center (CSV)', '월별·센터별 성과 지표(CSV)'],
		'csv',
		kpiQuery
	),
	'/exports/kpis.xlsx': download(
		'exportKpisXlsx',
		['KPIs by month and center (XLSX)', '월별·센터별 성과 지표(XLSX)'],
		'xlsx',
		kpiQuery
	),
	'/exports/startups.csv': download(
		'exportStartupsCsv',
		['Startup catalog (CSV)', '스타트업 목록(CSV)'],
		'csv',
		catalogExportQuery
	),
	'/exports/startups.xlsx': download(
		'exportStartupsXlsx',
		['Startup catalog (XLSX)', '스타트업 목록(XLSX)'],
		'xlsx',
		catalogExportQuery
	),
	'/collaborations': {
		get: op(
			'listCollaborations',
			'Pipeline',
			['Pipeline cards', '파이프라인 카드'],
			[
				'A center’s board (`centerId`, its managers), a corporate’s or a startup’s; most recently moved first.',
				'센터의 보드(`centerId`, 그 센터 매니저), 기업이나 스타트업의 카드를 최근에 옮긴 순서로 돌려줍니다.'
			],
			{
				requestParams: { query: collaborationsQuery },
				responses: {
					'200': jsonResponse('A page of cards.', pageOf(collaborationBody, 'CollaborationPage')),
					...problems(401, 422),
					'403': notManager
				}
			}
		),
		post: op(
			'openCollaboration',
			'Pipeline',
			['Open a card', '카드 만들기'],
			[
				'By a member of either organization or a manager of their centers; starts in `matched`. Mutual matches, applications and held meetups open cards by themselves. An active card for the pair and challenge → 409.',
				'두 조직의 구성원이나 소속 센터 매니저가 만들며 `matched`에서 시작합니다. 상호 매칭, 지원, 개최된 미팅은 카드를 자동으로 만듭니다. 같은 쌍과 과제의 진행 중인 카드가 있으면 409입니다.'
			],
			{
				requestBody: jsonBody(collaborationInput),
				responses: {
					'201': jsonResponse('The card.', collaborationBody),
					...bodyProblems(),
					...problems(401, 403, 409)
				}
			}
		)
	},
	'/collaborations/{id}': {
		get: op(
			'getCollaboration',
			'Pipeline',
			['A card and its history', '카드와 이력'],
			['Every move, who made it and why.', '모든 이동과 그 주체, 사유를 돌려줍니다.'],
			{
				requestParams: { path: idPath },
				responses: { '200': jsonResponse('The card.', collaborationDetail), ...problems(401), '404': hidden }
			}
		)
	},
	'/collaborations/{id}/move': {
		post: op(
			'moveCollaboration',
			'Pipeline',
			['Move a card', '카드 옮기기'],
			[
				'`matched` → `meetup_held` → `follow_up` (optional) → `poc` → `contract` | `investment`; `dropped` needs a `reason` code. A move not allowed from the current stage is a 409 whose detail names the stages it may go to; a `version` older than the card’s is a 409 `stale`. Moving to PoC, contract or investment records the outcome (confirmed when a center manager moves it). Every move and refusal is audited.',
				'`matched` → `meetup_held` → `follow_up`(생략 가능) → `poc` → `contract` | `investment` 순서이며 `dropped`에는 `reason` 코드가 필요합니다. 현재 단계에서 갈 수 없는 이동은 갈 수 있는 단계를 알려 주는 409이고, 카드보다 오래된 `version`은 409 `stale`입니다. PoC·계약·투자로 옮기면 성과가 기록됩니다(센터 매니저가 옮기면 확인됨). 모든 이동과 거절은 감사 로그에 남습니다.'
			],
			{
				requestParams: { path: idPath },
				requestBody: jsonBody(moveInput),
				responses: {
					'200': jsonResponse('The moved card.', collaborationBody),
					...bodyProblems(),
					...problems(401),
					'404': hidden,
					'409': conflict
				}
			}
		)
	},
	'/outcomes': {
		get: op(
			'listOutcomes',
			'Reporting',
			['Outcomes', '성과'],
			[
				'Current figures, newest first; `history=true` adds the versions corrections replaced.',
				'현재 수치를 최근 순으로 돌려줍니다. `history=true`면 정정으로 대체된 이전 값도 함께 돌려줍니다.'
			],
			{
				requestParams: { query: outcomesQuery },
				responses: {
					'200': jsonResponse('A page of outcomes.', pageOf(outcomeBody, 'OutcomePage')),
					...problems(401, 422)
				}
			}
		),
		post: op(
			'recordOutcome',
			'Reporting',
			['Record an outcome', '성과 기록'],
			[
				'PoC started, contract (amount optional), investment (amount required) or hires (`jobs` ≥ 1). Negative or fractional amounts, a future `occurredAt` and unknown organizations are 422s naming the field. Confirmed at once when a manager of the organizations’ centers records it; otherwise `reported` until one confirms it. Moves the pair’s card forward.',
				'PoC 착수, 계약(금액 선택), 투자(금액 필수), 채용(`jobs` 1 이상)을 기록합니다. 음수나 소수 금액, 미래의 `occurredAt`, 알 수 없는 조직은 해당 필드를 밝힌 422입니다. 조직의 소속 센터 매니저가 기록하면 바로 확인되고, 그 밖에는 매니저가 확인할 때까지 `reported`입니다. 해당 카드도 앞으로 옮겨집니다.'
			],
			{
				requestBody: jsonBody(outcomeInput),
				responses: {
					'201': jsonResponse('The outcome.', outcomeBody),
					...bodyProblems(),
					...problems(401, 403)
				}
			}
		)
	},
	'/outcomes/{id}': {
		get: op(
			'getOutcome',
			'Reporting',
			['An outcome and its versions', '성과와 정정 이력'],
			['Every version of the figures, oldest first.', '수치의 모든 버전을 오래된 순으로 돌려줍니다.'],
			{
				requestParams: { path: idPath },
				responses: {
					'200': jsonResponse('The outcome.', outcomeBody.extend({ versions: z.array(outcomeBody) })),
					...problems(401),
					'404': hidden
				}
			}
		)
	},
	'/outcomes/{id}/corrections': {
		post: op(
			'correctOutcome',
			'Reporting',
			['Correct an outcome', '성과 정정'],
			[
				'Never edits figures: a new row with the corrected ones replaces this one, which is kept as history. Correcting a replaced row → 409 `stale`.',
				'수치를 고쳐 쓰지 않습니다. 정정된 값의 새 행이 이 행을 대체하고 이 행은 이력으로 남습니다. 이미 대체된 행을 정정하면 409 `stale`입니다.'
			],
			{
				requestParams: { path: idPath },
				requestBody: jsonBody(correctionInput),
				responses: {
					'201': jsonResponse('The new current row.', outcomeBody),
					...bodyProblems(),
					...problems(401),
					'404': hidden,
					'409': conflict
				}
			}
		)
	},
	'/outcomes/{id}/decision': {
		post: op(
			'decideOutcome',
			'Reporting',
			['Confirm or reject an outcome', '성과 확인·반려'],
			[
				'Managers of the organizations’ centers. A decision already made → 409.',
				'조직의 소속 센터 매니저가 합니다. 이미 결정된 성과는 409입니다.'
			],
			{
				requestParams: { path: idPath },
				requestBody: jsonBody(decisionInput),
				responses: {
					'200': jsonResponse('The outcome.', outcomeBody),
					...bodyProblems(),
					...problems(401, 403),
					'404': hidden,
					'409': conflict
				}
			}
		)
	},
	'/checkins': {
		get: op(
			'listCheckins',
			'Pipeline',
			['My follow-up check-ins', '내 후속 점검'],
			[
				'Questions sent 2 weeks, 3 months and 6 months after a meetup, still unanswered.',
				'미팅 2주·3개월·6개월 뒤에 보낸 질문 중 아직 답하지 않은 것입니다.'
			],
			{
				responses: {
					'200': jsonResponse('Open check-ins.', z.object({ hits: z.array(checkinBody) })),
					...problems(401)
				}
			}
		)
	},
	'/checkins/{id}/answer': {
		post: op(
			'answerCheckin',
			'Pipeline',
			['Answer a check-in', '후속 점검 답하기'],
			[
				'By a member of the asked organization. Each “yes” becomes a reported outcome for a manager to confirm. Answered already → 409.',
				'질문받은 조직의 구성원이 답합니다. ‘예’마다 매니저가 확인할 성과가 보고됩니다. 이미 답했으면 409입니다.'
			],
			{
				requestParams: { path: idPath },
				requestBody: jsonBody(checkinAnswers),
				responses: {
					'200': jsonResponse('Answered.', z.object({ id: z.uuid(), answeredAt: timestamp })),
					...bodyProblems(),
					...problems(401),
					'404': hidden,
					'409': conflict
				}
			}
		)
	},
	'/checkins/answer': {
		post: op(
			'answerCheckinByToken',
			'Pipeline',
			['Answer a check-in from its mail link', '메일 링크로 후속 점검 답하기'],
			[
				'The mail’s link opens a page whose form posts here with the link’s token; no session needed. An unknown or expired token → 404.',
				'메일의 링크는 양식 페이지를 열고, 그 양식이 링크의 토큰과 함께 여기로 보냅니다. 로그인이 필요 없습니다. 알 수 없거나 만료된 토큰은 404입니다.'
			],
			{
				security: [],
				requestBody: jsonBody(tokenAnswer),
				responses: {
					'200': jsonResponse('Answered.', z.object({ id: z.uuid(), answeredAt: timestamp })),
					...bodyProblems(),
					'404': hidden,
					'409': conflict
				}
			}
		)
	},
	'/audit': {
		get: op(
			'listAudit',
			'Reporting',
			['Audit log', '감사 로그'],
			[
				'Admins read everything; managers what their centers’ people did and what happened to their centers’ organizations, challenges, events, meetups, cards and outcomes. Newest first.',
				'관리자는 전부를, 매니저는 자기 센터 사람들이 한 일과 센터의 조직·과제·행사·미팅·카드·성과에 일어난 일을 최근 순으로 봅니다.'
			],
			{
				requestParams: { query: auditQuery },
				responses: {
					'200': jsonResponse('A page of entries.', pageOf(auditEntry, 'AuditPage')),
					...problems(401, 422),
					'403': notManager
				}
			}
		)
	}
};
