import 'zod-openapi'; // types the OpenAPI keys (`id`, `param`, …) of `.meta()`
import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from 'zod-openapi';
import {
	availabilityInput,
	completeInput,
	confirmInput,
	feedIdPath,
	feedInput,
	feedTokenPath,
	meetupInput,
	meetupStatus,
	meetupsQuery,
	reasonInput,
	rescheduleInput,
	suggestionsQuery,
	timeZone
} from '$lib/server/meetups/schema';
import { idPath } from '../catalog-requests';
import { page, problem, timestamp } from '../schemas';
import { access, bodyProblems, jsonBody, jsonResponse, problemResponse, problems } from '../responses';

const tags = ['Meetups'];

const orgRef = z.object({ id: z.uuid(), name: z.string(), nameEn: z.string().nullable() });

export const meetup = z
	.object({
		id: z.uuid(),
		startupId: z.uuid(),
		corporateId: z.uuid(),
		challengeId: z.uuid().nullable(),
		applicationId: z
			.uuid()
			.nullable()
			.meta({ description: 'The startup’s application to `challengeId`, if any.' }),
		eventId: z.uuid().nullable().meta({ description: 'The matchmaking day this meetup belongs to, if any.' }),
		tableNumber: z.int().min(1).nullable(),
		startsAt: timestamp,
		endsAt: timestamp,
		status: meetupStatus,
		location: z.string().nullable(),
		videoUrl: z.string().nullable(),
		note: z.string().nullable(),
		reason: z.string().nullable().meta({ description: 'Why it was declined or cancelled.' }),
		sequence: z.int().min(0).meta({ description: 'Rises with every change (the iCalendar SEQUENCE).' }),
		requestedByOrganizationId: z.uuid(),
		proposedByOrganizationId: z.uuid().meta({
			description: 'The side whose proposals wait for the other side’s answer while `status` is `proposed`.'
		}),
		proposals: z.array(z.object({ id: z.uuid(), startsAt: timestamp, endsAt: timestamp })).meta({
			description:
				'The times to choose from while `proposed` (the first is `startsAt`–`endsAt`); empty otherwise.'
		}),
		startup: orgRef,
		corporate: orgRef,
		createdAt: timestamp,
		updatedAt: timestamp
	})
	.meta({ id: 'Meetup' });

export const meetupList = page(meetup, 'MeetupPage');

export const suggestionList = z
	.object({ slots: z.array(z.object({ startsAt: timestamp, endsAt: timestamp })) })
	.meta({ id: 'MeetupSuggestions' });

export const availabilityBody = z
	.object({
		organizationId: z.uuid(),
		timeZone,
		weekly: z.array(z.object({ weekday: z.int().min(0).max(6), start: z.string(), end: z.string() })),
		blackouts: z.array(z.object({ from: z.iso.date(), to: z.iso.date(), reason: z.string().nullable() })),
		updatedAt: timestamp
			.nullable()
			.meta({ description: 'Null when the organization has stated nothing yet.' })
	})
	.meta({ id: 'Availability' });

const feed = {
	id: z.string().meta({ description: 'Names the feed for `DELETE /calendar/feeds/{id}`.' }),
	name: z.string(),
	createdAt: timestamp
};

export const createdFeed = z
	.object({
		...feed,
		token: z.string().meta({ description: 'Shown once; part of `url`.' }),
		url: z.string().meta({ description: 'The subscription URL to paste into a calendar app.' })
	})
	.meta({ id: 'CreatedCalendarFeed' });

export const feedList = z
	.object({
		feeds: z.array(z.object({ ...feed, lastUsedAt: timestamp.nullable(), revokedAt: timestamp.nullable() }))
	})
	.meta({ id: 'CalendarFeeds' });

/** The 409 of a clash: the problem document plus the meetup it clashes with. */
const clashProblem = problem
	.extend({
		clash: z
			.object({
				meetupId: z.uuid(),
				startsAt: timestamp,
				endsAt: timestamp,
				organizationId: z.uuid().meta({ description: 'Which of the two organizations is busy then.' })
			})
			.optional()
	})
	.meta({ id: 'MeetupClashProblem' });

const clash409 = (more = '') => ({
	description: `The time overlaps an active (proposed or confirmed) meetup of either organization; \`clash\` names it.${more}`,
	content: { 'application/problem+json': { schema: clashProblem } }
});

const calendar = (description: string) => ({
	description,
	content: {
		'text/calendar': { schema: z.string().meta({ description: 'RFC 5545 iCalendar, UTF-8, CRLF.' }) }
	}
});

const stale = problemResponse(
	409,
	'`stale`: the meetup changed since the caller saw it (`sequence`), or `invalid_transition`: its status does not allow this.'
);

/** The state changes share their shape: path id, optional body, the meetup after the change. */
function change(
	operationId: string,
	summary: string,
	summaryKo: string,
	description: string,
	descriptionKo: string,
	body: z.ZodType,
	extra: ZodOpenApiOperationObject['responses'] = {}
): ZodOpenApiOperationObject {
	return {
		operationId,
		tags,
		summary,
		'x-summary-ko': summaryKo,
		description,
		'x-description-ko': descriptionKo,
		requestParams: { path: idPath },
		requestBody: { required: false, content: { 'application/json': { schema: body } } },
		responses: {
			'200': jsonResponse('The meetup after the change; both sides hear `meetup:updated`.', meetup),
			...bodyProblems(),
			...problems(401),
			'403': problemResponse(403, 'The caller acts for the meetup but it is the other side’s move.'),
			'404': problemResponse(404, 'No such meetup, or the caller acts for neither side.'),
			'409': stale,
			...extra
		}
	};
}

/** 1:1 meetups, their calendars, the organizations' availability and time suggestions. */
export const meetupPaths: ZodOpenApiPathsObject = {
	'/meetups': {
		get: {
			operationId: 'listMeetups',
			tags,
			summary: 'My meetups',
			'x-summary-ko': '내 미팅',
			description:
				'The meetups of the caller’s organizations and of the organizations their centers steward, earliest first. `from`/`to` keep those overlapping the window.',
			'x-description-ko':
				'내 조직과 내 센터가 관리하는 조직의 미팅을 시작 시각 순으로 돌려줍니다. `from`/`to`를 주면 그 기간과 겹치는 미팅만 돌려줍니다.',
			requestParams: { query: meetupsQuery },
			responses: {
				'200': jsonResponse('One page of meetups.', meetupList),
				...problems(401, 422)
			}
		},
		post: {
			operationId: 'requestMeetup',
			tags,
			summary: 'Request a meetup',
			'x-summary-ko': '미팅 요청',
			description:
				'By a member of either organization or a manager of a center stewarding one of them. Proposes `startsAt`–`endsAt` and up to two `alternatives`; the first time holds time at once, so a time overlapping an active meetup of either organization is a 409 naming that meetup. A time outside a side’s stated hours or in the past is a 422 naming the field. The other side is notified (`meetup.requested`) and both hear `meetup:created`. Rate limited per person.',
			'x-description-ko':
				'어느 한쪽 조직의 구성원이나 그 조직을 관리하는 센터 매니저가 요청합니다. `startsAt`–`endsAt`와 최대 두 개의 `alternatives`를 제안하며, 첫 시간은 바로 확보되므로 어느 쪽이든 진행 중인 미팅과 겹치면 그 미팅을 밝힌 409입니다. 상대의 가능 시간 밖이거나 지난 시각이면 해당 필드를 밝힌 422입니다. 상대 조직에 알림(`meetup.requested`)이 가고 양쪽에 `meetup:created`가 전달됩니다. 사람마다 요청 횟수가 제한됩니다.',
			requestBody: jsonBody(meetupInput),
			responses: {
				'201': jsonResponse('The meetup, `proposed`.', meetup),
				...bodyProblems(),
				...problems(401, 429),
				'403': problemResponse(403, 'The caller acts for neither organization (or not for `onBehalfOf`).'),
				'409': clash409(),
				'422': problemResponse(
					422,
					'Invalid fields: an end before its start, longer than 8 hours, in the past, outside a side’s available hours, the same organization twice, or an organization or challenge that does not exist for the caller.'
				)
			}
		}
	},
	'/meetups/suggestions': {
		get: {
			operationId: 'suggestMeetupTimes',
			tags,
			summary: 'Times both sides can make',
			'x-summary-ko': '양쪽이 가능한 시간 추천',
			description:
				'Slots of `minutes` inside both organizations’ weekly hours (weekdays 09:00–18:00 Seoul time for a side that stated none), outside their blackout dates and active meetups, earliest first and not overlapping. Each side’s hours are read in its own time zone, date by date, so they hold across daylight-saving changes. For those who act for either side.',
			'x-description-ko':
				'두 조직의 주간 가능 시간(밝히지 않은 쪽은 평일 09:00–18:00 서울 시간) 안에서 휴무일과 진행 중인 미팅을 뺀 `minutes` 길이의 시간을 이른 순으로, 서로 겹치지 않게 돌려줍니다. 각 조직의 시간은 그 조직의 시간대로 날짜마다 계산하므로 서머타임이 바뀌어도 맞습니다. 어느 한쪽을 대리하는 사람만 볼 수 있습니다.',
			requestParams: { query: suggestionsQuery },
			responses: {
				'200': jsonResponse('Suggested slots.', suggestionList),
				...problems(401),
				'403': problemResponse(403, 'The caller acts for neither organization.'),
				'422': problemResponse(
					422,
					'Invalid parameters, or an organization that does not exist for the caller.'
				)
			}
		}
	},
	'/meetups/{id}': {
		get: {
			operationId: 'getMeetup',
			tags,
			summary: 'A meetup',
			'x-summary-ko': '미팅 한 건',
			description: 'For those who act for either side.',
			'x-description-ko': '어느 한쪽을 대리하는 사람만 볼 수 있습니다.',
			requestParams: { path: idPath },
			responses: {
				'200': jsonResponse('The meetup.', meetup),
				...problems(401),
				'404': problemResponse(404, 'No such meetup, or the caller acts for neither side.')
			}
		}
	},
	'/meetups/{id}/confirm': {
		post: change(
			'confirmMeetup',
			'Confirm a meetup',
			'미팅 확정',
			'The side the request waits for confirms its current time or, with `proposalId`, one of the proposed alternatives (the meetup moves there). An alternative taken in the meantime is a 409 naming the clash.',
			'요청을 받은 쪽이 현재 시간이나 `proposalId`로 고른 다른 제안 시간으로 확정합니다. 그 사이 다른 미팅이 잡힌 시간이면 그 미팅을 밝힌 409입니다.',
			confirmInput,
			{
				'409': clash409(' Or `stale` / `invalid_transition`.'),
				'422': problemResponse(422, 'An unknown `proposalId`.')
			}
		)
	},
	'/meetups/{id}/decline': {
		post: change(
			'declineMeetup',
			'Decline a meetup request',
			'미팅 요청 거절',
			'The side the request waits for declines it, with an optional `reason` the other side sees.',
			'요청을 받은 쪽이 거절합니다. `reason`을 적으면 상대에게 보입니다.',
			reasonInput
		)
	},
	'/meetups/{id}/cancel': {
		post: change(
			'cancelMeetup',
			'Cancel a meetup',
			'미팅 취소',
			'A request by the side that made it (the other side declines instead), a confirmed meetup by either side. Calendars get STATUS:CANCELLED.',
			'요청한 쪽은 답을 기다리는 요청을, 양쪽 모두 확정된 미팅을 취소할 수 있습니다(받은 요청은 거절하세요). 캘린더에는 STATUS:CANCELLED로 반영됩니다.',
			reasonInput
		)
	},
	'/meetups/{id}/reschedule': {
		post: change(
			'rescheduleMeetup',
			'Propose other times',
			'다른 시간 제안',
			'Either side proposes one to three new times for a request or a confirmed meetup; it becomes `proposed` again, waiting for the other side, and the first new time holds time at once.',
			'어느 쪽이든 요청 중이거나 확정된 미팅에 새 시간을 1~3개 제안합니다. 미팅은 다시 `proposed`가 되어 상대의 답을 기다리며, 첫 시간은 바로 확보됩니다.',
			rescheduleInput,
			{
				'409': clash409(' Or `stale` / `invalid_transition`.'),
				'422': problemResponse(
					422,
					'Invalid, past or unavailable times; `errors` names each (`proposals.1.startsAt`).'
				)
			}
		)
	},
	'/meetups/{id}/complete': {
		post: change(
			'completeMeetup',
			'Record the outcome',
			'미팅 결과 기록',
			'Once a confirmed meetup has started, either side records that it took place (`done`) or that the other side did not come (`no_show`).',
			'확정된 미팅이 시작된 뒤 어느 쪽이든 진행 여부(`done`) 또는 불참(`no_show`)을 기록합니다.',
			completeInput
		)
	},
	'/meetups/{id}/ics': {
		get: {
			operationId: 'meetupIcs',
			tags,
			summary: 'A meetup as an .ics file',
			'x-summary-ko': '미팅 .ics 파일',
			description:
				'RFC 5545, METHOD:PUBLISH, times in UTC. The UID stays the same across changes and SEQUENCE rises, so importing a newer copy replaces the older one; a cancelled or declined meetup is STATUS:CANCELLED.',
			'x-description-ko':
				'RFC 5545, METHOD:PUBLISH, UTC 시각입니다. 변경되어도 UID는 같고 SEQUENCE가 올라가므로 새 파일을 가져오면 이전 일정이 바뀝니다. 취소·거절된 미팅은 STATUS:CANCELLED입니다.',
			requestParams: { path: idPath },
			responses: {
				'200': calendar('The meetup as a calendar with one event.'),
				...problems(401),
				'404': problemResponse(404, 'No such meetup, or the caller acts for neither side.')
			}
		}
	},
	'/calendar/{feedToken}.ics': {
		get: {
			operationId: 'calendarFeed',
			tags,
			summary: 'A personal calendar feed',
			'x-summary-ko': '개인 캘린더 구독',
			description:
				'The meetups of the feed owner’s organizations from 90 days back to 400 days ahead, for calendar apps to subscribe to. The secret token in the path is the credential; a revoked or unknown one is a 404.',
			'x-description-ko':
				'피드 주인의 조직 미팅(90일 전부터 400일 후까지)을 캘린더 앱이 구독할 수 있게 돌려줍니다. 경로의 비밀 토큰이 인증 수단이며, 철회되었거나 모르는 토큰은 404입니다.',
			security: access.public,
			requestParams: { path: feedTokenPath },
			responses: {
				'200': calendar('The feed.'),
				'404': problemResponse(404, 'No such feed, or it was revoked.')
			}
		}
	},
	'/calendar/feeds': {
		get: {
			operationId: 'listCalendarFeeds',
			tags,
			summary: 'My calendar feeds',
			'x-summary-ko': '내 캘린더 구독 주소',
			description: 'The caller’s feeds, revoked ones included, without their secrets.',
			'x-description-ko': '철회한 것을 포함한 내 구독 주소 목록입니다. 비밀 토큰은 담기지 않습니다.',
			responses: { '200': jsonResponse('The feeds.', feedList), ...problems(401) }
		},
		post: {
			operationId: 'createCalendarFeed',
			tags,
			summary: 'Create a calendar feed',
			'x-summary-ko': '캘린더 구독 주소 만들기',
			description: 'A new subscription URL for the caller’s meetups. The token in it is shown this once.',
			'x-description-ko': '내 미팅을 구독할 새 주소를 만듭니다. 주소에 든 토큰은 이때 한 번만 보입니다.',
			requestBody: { required: false, content: { 'application/json': { schema: feedInput } } },
			responses: {
				'201': jsonResponse('The feed and its URL.', createdFeed),
				...bodyProblems(),
				...problems(401)
			}
		}
	},
	'/calendar/feeds/{id}': {
		delete: {
			operationId: 'revokeCalendarFeed',
			tags,
			summary: 'Revoke a calendar feed',
			'x-summary-ko': '캘린더 구독 주소 철회',
			description: 'The URL stops working at once.',
			'x-description-ko': '주소가 바로 더는 동작하지 않습니다.',
			requestParams: { path: feedIdPath },
			responses: {
				'204': { description: 'Revoked.' },
				...problems(401),
				'404': problemResponse(404, 'No such feed of the caller’s, or already revoked.')
			}
		}
	},
	'/organizations/{id}/availability': {
		get: {
			operationId: 'getAvailability',
			tags,
			summary: 'An organization’s availability',
			'x-summary-ko': '조직의 미팅 가능 시간',
			description:
				'Weekly hours in the organization’s time zone and blackout dates, for anyone signed in who may see the organization.',
			'x-description-ko':
				'조직 시간대 기준의 주간 가능 시간과 휴무일입니다. 그 조직을 볼 수 있는 로그인 사용자면 볼 수 있습니다.',
			requestParams: { path: idPath },
			responses: {
				'200': jsonResponse('The availability.', availabilityBody),
				...problems(401),
				'404': problemResponse(404, 'No such startup or corporate, or not visible to the caller.')
			}
		},
		put: {
			operationId: 'setAvailability',
			tags,
			summary: 'Set an organization’s availability',
			'x-summary-ko': '조직의 미팅 가능 시간 설정',
			description:
				'Replaces the weekly hours and blackout dates. New meetup times must then fall inside the hours (when any are stated) and outside the blackouts. For those who act for the organization.',
			'x-description-ko':
				'주간 가능 시간과 휴무일을 통째로 바꿉니다. 이후 새 미팅 시간은 (가능 시간을 밝혔다면) 그 안에, 휴무일 밖에 있어야 합니다. 조직을 대리하는 사람만 할 수 있습니다.',
			requestParams: { path: idPath },
			requestBody: jsonBody(availabilityInput),
			responses: {
				'200': jsonResponse('The availability after the change.', availabilityBody),
				...bodyProblems(),
				...problems(401),
				'403': problemResponse(403, 'The caller may see the organization but does not act for it.'),
				'404': problemResponse(404, 'No such startup or corporate, or not visible to the caller.')
			}
		}
	}
};
