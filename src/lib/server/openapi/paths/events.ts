import 'zod-openapi'; // types the OpenAPI keys (`id`, `param`, …) of `.meta()`
import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from 'zod-openapi';
import {
	availabilityInput,
	EVENT_PHASES,
	eventInput,
	eventPatch,
	participantInput,
	REQUEST_STATUSES,
	requestAnswer,
	requestInput,
	window
} from '$lib/server/events/schema';
import { eventOrgPath, eventPath, eventRequestPath } from '$lib/server/http/event-api';
import { timestamp } from '../schemas';
import { bodyProblems, jsonBody, jsonResponse, problemResponse, problems } from '../responses';

const tags = ['Matchmaking days'];

export const eventBody = z
	.object({
		id: z.uuid(),
		centerId: z.uuid(),
		centerName: z.string(),
		title: z.string(),
		venue: z.string(),
		startsAt: timestamp,
		endsAt: timestamp,
		slotMinutes: z.int(),
		tables: z.int(),
		timezone: z.string(),
		breaks: z.array(window),
		halls: z.array(z.object({ name: z.string(), fromTable: z.int(), toTable: z.int() })),
		phase: z.enum(EVENT_PHASES),
		pendingRequestCap: z.int(),
		scheduleVersion: z.int().meta({ description: 'Rises with every change to the schedule.' }),
		publishedAt: timestamp.nullable().meta({ description: 'When agendas were published; null before.' }),
		slots: z.array(z.object({ index: z.int(), startsAt: timestamp, endsAt: timestamp })).meta({
			description: 'The meeting slots of the day, breaks left out; `index` is the slot number on the board.'
		}),
		participantCount: z.int(),
		viewer: z.object({
			manages: z.boolean(),
			participantIds: z.array(z.uuid()).meta({ description: 'The caller’s organizations taking part.' })
		})
	})
	.meta({ id: 'Event' });

const eventListBody = z
	.object({
		hits: z.array(
			z.object({
				id: z.uuid(),
				title: z.string(),
				venue: z.string(),
				centerId: z.uuid(),
				centerName: z.string(),
				startsAt: timestamp,
				endsAt: timestamp,
				timezone: z.string(),
				phase: z.enum(EVENT_PHASES),
				manages: z.boolean()
			})
		)
	})
	.meta({ id: 'EventList' });

const participantBody = z
	.object({
		organizationId: z.uuid(),
		name: z.string(),
		nameEn: z.string().nullable(),
		side: z.enum(['startup', 'corporate']),
		availability: z.array(window).nullable().meta({
			description:
				'When it is at the venue; null: all day (or hidden: only managers and the participant see it).'
		}),
		checkedInAt: timestamp.nullable(),
		floorStatus: z.enum(['late', 'no_show']).nullable()
	})
	.meta({ id: 'EventParticipant' });

const requestBody = z
	.object({
		id: z.uuid(),
		eventId: z.uuid(),
		fromOrganizationId: z.uuid(),
		toOrganizationId: z.uuid(),
		startupId: z.uuid(),
		corporateId: z.uuid(),
		startupName: z.string(),
		corporateName: z.string(),
		priority: z.int().min(1).max(3),
		status: z.enum(REQUEST_STATUSES),
		filedByManager: z.boolean(),
		note: z.string().nullable(),
		reason: z.string().nullable(),
		createdAt: timestamp,
		decidedAt: timestamp.nullable()
	})
	.meta({ id: 'MeetingRequest' });

function op(
	operationId: string,
	[summary, summaryKo]: [string, string],
	[description, descriptionKo]: [string, string],
	rest: Omit<ZodOpenApiOperationObject, 'operationId' | 'summary' | 'description'>
): ZodOpenApiOperationObject {
	return {
		operationId,
		tags,
		summary,
		'x-summary-ko': summaryKo,
		description,
		'x-description-ko': descriptionKo,
		...rest
	};
}

const hidden404 = problemResponse(404, 'No such day, or the caller neither manages it nor takes part in it.');
const managersOnly = problemResponse(
	403,
	'A participant asked for something only the day’s managers may do.'
);

/** Matchmaking days: the day, its participants and the meeting requests between them. */
export const eventPaths: ZodOpenApiPathsObject = {
	'/events': {
		get: op(
			'listEvents',
			['My matchmaking days', '내 매칭데이'],
			[
				'The days the caller manages (as a center manager) or takes part in, upcoming first.',
				'센터 매니저로서 운영하거나 참가하는 매칭데이를 다가오는 순서로 돌려줍니다.'
			],
			{ responses: { '200': jsonResponse('The days.', eventListBody), ...problems(401) } }
		),
		post: op(
			'createEvent',
			['Create a matchmaking day', '매칭데이 만들기'],
			[
				'By a manager of `centerId`. Slots of `slotMinutes` run from `startsAt`, leaving out `breaks`; a day without a single slot is a 422 naming `slotMinutes`.',
				'`centerId` 센터의 매니저가 만듭니다. `startsAt`부터 `slotMinutes` 단위로 슬롯이 나뉘고 `breaks`는 빠집니다. 슬롯이 하나도 없으면 `slotMinutes`를 밝힌 422입니다.'
			],
			{
				requestBody: jsonBody(eventInput),
				responses: {
					'201': jsonResponse('The day, in `planning`.', eventBody),
					...bodyProblems(),
					...problems(401),
					'403': problemResponse(403, 'The caller does not manage `centerId`.')
				}
			}
		)
	},
	'/events/{id}': {
		get: op(
			'getEvent',
			['A matchmaking day', '매칭데이'],
			['With its slots and what the caller may do.', '슬롯과 호출자가 할 수 있는 일을 함께 돌려줍니다.'],
			{
				requestParams: { path: eventPath },
				responses: { '200': jsonResponse('The day.', eventBody), ...problems(401), '404': hidden404 }
			}
		),
		patch: op(
			'updateEvent',
			['Edit a matchmaking day', '매칭데이 수정'],
			[
				'Managers only. `phase` moves one step at a time (forward or back). The time grid (hours, slot length, breaks, fewer tables) cannot change once meetings are scheduled (409 `schedule_exists`).',
				'매니저만 할 수 있습니다. `phase`는 한 단계씩(앞뒤로) 바뀝니다. 미팅이 배정된 뒤에는 시간표(시간, 슬롯 길이, 휴식, 테이블 수 감소)를 바꿀 수 없습니다(409 `schedule_exists`).'
			],
			{
				requestParams: { path: eventPath },
				requestBody: jsonBody(eventPatch),
				responses: {
					'200': jsonResponse('The day after the change.', eventBody),
					...bodyProblems(),
					...problems(401, 409),
					'403': managersOnly,
					'404': hidden404
				}
			}
		)
	},
	'/events/{id}/participants': {
		get: op(
			'listEventParticipants',
			['Participants', '참가자'],
			[
				'Everyone taking part; availability and floor state only for managers (and a participant’s own).',
				'모든 참가자를 돌려줍니다. 참석 가능 시간과 현장 상태는 매니저(와 본인)에게만 보입니다.'
			],
			{
				requestParams: { path: eventPath },
				responses: {
					'200': jsonResponse('The participants.', z.object({ hits: z.array(participantBody) })),
					...problems(401),
					'404': hidden404
				}
			}
		),
		post: op(
			'addEventParticipant',
			['Add a participant', '참가자 추가'],
			[
				'Managers add a startup or corporate (409 if it takes part already); its members are notified (`event.invited`). `availability` windows must lie inside the day (422 naming the window).',
				'매니저가 스타트업이나 기업을 추가합니다(이미 참가 중이면 409). 해당 조직 구성원에게 알림(`event.invited`)이 갑니다. `availability`는 행사 시간 안이어야 합니다(벗어나면 해당 항목을 밝힌 422).'
			],
			{
				requestParams: { path: eventPath },
				requestBody: jsonBody(participantInput),
				responses: {
					'201': jsonResponse('The participant.', participantBody),
					...bodyProblems(),
					...problems(401, 409),
					'403': managersOnly,
					'404': hidden404
				}
			}
		)
	},
	'/events/{id}/participants/{orgId}': {
		delete: op(
			'removeEventParticipant',
			['Remove a participant', '참가자 삭제'],
			[
				'Managers only; its requests go with it. 409 while it has scheduled meetings.',
				'매니저만 할 수 있으며 요청도 함께 삭제됩니다. 배정된 미팅이 있으면 409입니다.'
			],
			{
				requestParams: { path: eventOrgPath },
				responses: {
					'204': { description: 'Removed.' },
					...problems(401, 409),
					'403': managersOnly,
					'404': hidden404
				}
			}
		)
	},
	'/events/{id}/participants/{orgId}/availability': {
		put: op(
			'setEventAvailability',
			['State when a participant is there', '참석 가능 시간 입력'],
			[
				'By the participant’s members or the managers. `null`: all day. The scheduler places meetings only inside these windows.',
				'참가 조직 구성원이나 매니저가 입력합니다. `null`은 종일입니다. 자동 배정은 이 시간 안에만 미팅을 둡니다.'
			],
			{
				requestParams: { path: eventOrgPath },
				requestBody: jsonBody(availabilityInput),
				responses: {
					'200': jsonResponse('The participant.', participantBody),
					...bodyProblems(),
					...problems(401, 403),
					'404': hidden404
				}
			}
		)
	},
	'/events/{id}/requests': {
		get: op(
			'listMeetingRequests',
			['Meeting requests', '미팅 요청'],
			[
				'All for managers; a participant’s own otherwise.',
				'매니저는 전체, 참가자는 자기 조직의 요청만 봅니다.'
			],
			{
				requestParams: { path: eventPath },
				responses: {
					'200': jsonResponse('Newest first.', z.object({ hits: z.array(requestBody) })),
					...problems(401),
					'404': hidden404
				}
			}
		),
		post: op(
			'fileMeetingRequest',
			['Request a meeting', '미팅 요청하기'],
			[
				'A participant asks one of the other side (`pending`, while the day is open for requests); over the day’s cap on unanswered requests it is a 429 saying so. Filed by the day’s manager it is `accepted` at once. One request per pair (409).',
				'참가자가 상대편 참가자에게 요청합니다(`pending`, 요청 접수 기간에만). 답을 기다리는 요청이 상한에 이르면 그렇게 알려 주는 429입니다. 매니저가 등록하면 바로 `accepted`입니다. 한 쌍에 요청은 하나입니다(409).'
			],
			{
				requestParams: { path: eventPath },
				requestBody: jsonBody(requestInput),
				responses: {
					'201': jsonResponse('The request.', requestBody),
					...bodyProblems(),
					...problems(401, 403, 409, 429),
					'404': hidden404
				}
			}
		)
	},
	'/events/{id}/requests/{requestId}': {
		patch: op(
			'answerMeetingRequest',
			['Answer or cancel a request', '요청 수락·거절·취소'],
			[
				'The receiving side accepts or declines a pending request; the sending side cancels (a scheduled meeting is cancelled with it); managers may do any. A request that changed meanwhile is a 409.',
				'받은 쪽은 대기 중인 요청을 수락하거나 거절하고, 보낸 쪽은 취소합니다(배정된 미팅도 함께 취소). 매니저는 모두 할 수 있습니다. 그 사이 바뀐 요청이면 409입니다.'
			],
			{
				requestParams: { path: eventRequestPath },
				requestBody: jsonBody(requestAnswer),
				responses: {
					'200': jsonResponse('The request after the answer.', requestBody),
					...bodyProblems(),
					...problems(401, 403, 409),
					'404': hidden404
				}
			}
		)
	}
};
