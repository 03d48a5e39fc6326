import 'zod-openapi'; // types the OpenAPI keys (`id`, `param`, …) of `.meta()`
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
	checkinInput,
	eventMeetupPath,
	eventOrgPath,
	FLOOR_STATUSES,
	floorStatusInput,
	standbyInput
} from '$lib/server/events/floor-schema';
import { idPath } from '../catalog-requests';
import { timestamp } from '../schemas';
import { bodyProblems, jsonBody, jsonResponse, problemResponse, problems } from '../responses';

const tags = ['Matchmaking days'];

const orgRef = z.object({ id: z.uuid(), name: z.string(), nameEn: z.string().nullable() });
const managersOnly = problemResponse(403, 'The caller takes part in the event but does not manage it.');
const noEvent = problemResponse(404, 'No such event, or the caller neither manages nor takes part in it.');

const counters = z
	.object({
		participants: z.int().min(0).meta({ description: 'Expected: every participant of the day.' }),
		checkedIn: z.int().min(0),
		late: z.int().min(0),
		noShow: z.int().min(0),
		meetingsDone: z.int().min(0).meta({ description: 'Recorded as done, or confirmed and already over.' }),
		meetingsInProgress: z.int().min(0),
		meetingsUpcoming: z.int().min(0),
		cancelledNoShow: z.int().min(0).meta({ description: 'Cancelled because a side did not come.' }),
		openStandby: z.int().min(0).meta({ description: 'Freed cells with at least one standby candidate.' })
	})
	.meta({ id: 'FloorCounters' });

const checkinResult = z
	.object({
		participant: z.object({
			organization: orgRef,
			side: z.enum(['startup', 'corporate']),
			checkedInAt: timestamp,
			floorStatus: z.enum(FLOOR_STATUSES).nullable(),
			alreadyCheckedIn: z.boolean().meta({ description: 'True on a second scan; the first time is kept.' })
		}),
		meetings: z
			.array(
				z.object({
					id: z.uuid(),
					startsAt: timestamp,
					endsAt: timestamp,
					table: z.int().nullable(),
					with: orgRef
				})
			)
			.meta({ description: 'Their confirmed meetings still to come or under way, by start.' })
	})
	.meta({ id: 'CheckinResult' });

const offer = z
	.object({
		slot: z.int().min(0),
		startsAt: timestamp,
		endsAt: timestamp,
		table: z.int().min(1),
		freedOrganizationIds: z.array(z.uuid()).meta({ description: 'Who the no-show left idle in that slot.' }),
		candidates: z
			.array(
				z.object({ requestId: z.uuid(), priority: z.int().min(1).max(3), startup: orgRef, corporate: orgRef })
			)
			.meta({
				description:
					'Accepted requests without a meeting whose sides are checked in, there and free then; best first.'
			})
	})
	.meta({ id: 'StandbyOffer' });

const floor = z
	.object({
		counters,
		offers: z.array(offer),
		participants: z.array(
			z.object({
				organization: orgRef,
				side: z.enum(['startup', 'corporate']),
				checkedInAt: timestamp.nullable(),
				floorStatus: z.enum(FLOOR_STATUSES).nullable(),
				remainingMeetings: z.int().min(0)
			})
		)
	})
	.meta({ id: 'EventFloor' });

const placed = z
	.object({ id: z.uuid(), slot: z.int(), table: z.int(), startsAt: timestamp, endsAt: timestamp })
	.meta({ id: 'StandbyPlacement' });

/** The live floor of a matchmaking day: check-in, late and no-show, standby, counters. */
export const floorPaths: ZodOpenApiPathsObject = {
	'/events/{id}/checkin': {
		post: {
			operationId: 'checkInParticipant',
			tags,
			summary: 'Check a participant in',
			'x-summary-ko': '참가자 체크인',
			description:
				'By the event’s managers, with the code from the participant’s QR. Idempotent: a second scan keeps the first time (`alreadyCheckedIn`). Clears a late or no-show mark. Managers hear `floor:updated`.',
			'x-description-ko':
				'행사 매니저가 참가자 QR의 코드로 체크인합니다. 다시 스캔해도 처음 시각이 유지됩니다(`alreadyCheckedIn`). 지각·불참 표시는 지워지고 매니저에게 `floor:updated`가 전달됩니다.',
			requestParams: { path: idPath },
			requestBody: jsonBody(checkinInput),
			responses: {
				'200': jsonResponse('The participant and their meetings still to come.', checkinResult),
				...bodyProblems(),
				...problems(401),
				'403': managersOnly,
				'404': problemResponse(404, 'No such event for the caller, or no participant with this code.')
			}
		}
	},
	'/events/{id}/participants/{orgId}/floor': {
		post: {
			operationId: 'setFloorStatus',
			tags,
			summary: 'Mark a participant late or no-show',
			'x-summary-ko': '지각·불참 표시',
			description:
				'By the event’s managers. `no_show` cancels the participant’s confirmed meetings that have not started (reason `no_show`); both sides are notified and hear `meetup:updated`, and each freed cell is offered to standby requests (`GET /events/{id}/floor`). Meetings under way or over are left as they are. `null` clears the mark; cancelled meetings stay cancelled.',
			'x-description-ko':
				'행사 매니저가 표시합니다. `no_show`는 아직 시작하지 않은 확정 미팅을 취소(사유 `no_show`)하고 양쪽에 알리며(`meetup:updated`), 비게 된 자리는 대기 요청에 제안됩니다(`GET /events/{id}/floor`). 진행 중이거나 끝난 미팅은 그대로 둡니다. `null`은 표시를 지우며, 취소된 미팅은 되살아나지 않습니다.',
			requestParams: { path: eventOrgPath },
			requestBody: jsonBody(floorStatusInput),
			responses: {
				'200': jsonResponse(
					'The new mark and the meetings it cancelled.',
					z
						.object({
							floorStatus: z.enum(FLOOR_STATUSES).nullable(),
							cancelledMeetingIds: z.array(z.uuid())
						})
						.meta({ id: 'FloorStatusResult' })
				),
				...bodyProblems(),
				...problems(401),
				'403': managersOnly,
				'404': problemResponse(404, 'No such event for the caller, or the organization does not take part.')
			}
		}
	},
	'/events/{id}/floor': {
		get: {
			operationId: 'getEventFloor',
			tags,
			summary: 'The live floor',
			'x-summary-ko': '현장 현황',
			description:
				'For the event’s managers: counters, each participant’s check-in state, and the standby offers — cells freed by no-shows in slots not yet started whose table is still free, each with candidate requests ranked by priority.',
			'x-description-ko':
				'행사 매니저용: 집계, 참가자별 체크인 상태, 대기 제안(불참으로 비고 아직 시작하지 않은 자리와 우선순위순 후보 요청).',
			requestParams: { path: idPath },
			responses: {
				'200': jsonResponse('The floor now.', floor),
				...problems(401),
				'403': managersOnly,
				'404': noEvent
			}
		}
	},
	'/events/{id}/standby': {
		post: {
			operationId: 'placeStandby',
			tags,
			summary: 'Place a standby request',
			'x-summary-ko': '대기 요청 배정',
			description:
				'By the event’s managers: a confirmed meeting for an accepted request at a slot that has not started and a table. Both sides are notified and hear `meetup:created`; the schedule version rises. A table or a side no longer free then is a 409 and nothing is written.',
			'x-description-ko':
				'행사 매니저가 수락된 요청을 아직 시작하지 않은 시간대와 테이블에 확정 미팅으로 배정합니다. 양쪽에 알림과 `meetup:created`가 가고 일정 버전이 올라갑니다. 테이블이나 어느 한쪽이 그 시간에 이미 차 있으면 409이며 아무것도 기록되지 않습니다.',
			requestParams: { path: idPath },
			requestBody: jsonBody(standbyInput),
			responses: {
				'201': jsonResponse('The meeting placed.', placed),
				...bodyProblems(),
				...problems(401),
				'403': managersOnly,
				'404': problemResponse(404, 'No such event for the caller, or no such request in it.'),
				'409': problemResponse(
					409,
					'`meetup_clash`: the table or a side is taken then; `slot_started`; `request_not_accepted`; `participant_no_show`; `outside_availability`; `conflict`: the request already has a meeting.'
				),
				'422': problemResponse(422, 'Invalid fields, or a slot or table the event does not have.')
			}
		}
	},
	'/events/{id}/meetings/{meetupId}/done': {
		post: {
			operationId: 'markMeetingDone',
			tags,
			summary: 'Record a meeting as held',
			'x-summary-ko': '미팅 완료 기록',
			description: 'By the event’s managers, once the meeting has started. Both sides hear `meetup:updated`.',
			'x-description-ko':
				'행사 매니저가 미팅이 시작된 뒤 완료로 기록합니다. 양쪽에 `meetup:updated`가 전달됩니다.',
			requestParams: { path: eventMeetupPath },
			responses: {
				'200': jsonResponse('The meeting’s id.', z.object({ id: z.uuid() })),
				...problems(401),
				'403': managersOnly,
				'404': problemResponse(404, 'No such event for the caller, or the meeting is not this event’s.'),
				'409': problemResponse(409, '`meetup_not_started`, or the meeting is no longer confirmed.')
			}
		}
	}
};
