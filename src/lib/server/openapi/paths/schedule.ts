import 'zod-openapi'; // types the OpenAPI keys (`id`, `param`, …) of `.meta()`
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { eventPath } from '$lib/server/http/event-api';
import { agendaQuery, boardInput, runInput } from '$lib/server/events/schedule-schema';
import { timestamp } from '../schemas';
import { bodyProblems, jsonBody, jsonResponse, problemResponse, problems } from '../responses';

const tags = ['Matchmaking days'];

const scheduleMeeting = z
	.object({
		id: z.uuid().meta({ description: 'The meetup id (`GET /meetups/{id}`).' }),
		requestId: z.uuid(),
		startupId: z.uuid(),
		corporateId: z.uuid(),
		startupName: z.string(),
		corporateName: z.string(),
		startsAt: timestamp,
		endsAt: timestamp,
		table: z.int().min(1).meta({ description: 'Table number, from 1.' }),
		slot: z.int().meta({ description: 'The event’s slot index.' }),
		locked: z.boolean().meta({ description: 'A re-run leaves a locked meeting where it is.' }),
		priority: z.int().min(1).max(3),
		sequence: z.int().min(0)
	})
	.meta({ id: 'ScheduleMeeting' });

const unplacedReason = z
	.enum(['no_common_slot', 'participant_full', 'no_table', 'conflict', 'not_scheduled'])
	.meta({
		description:
			'`no_common_slot`: the two are never free at once; `participant_full`: every free slot of `participantId` holds a meeting; `no_table`: all tables taken whenever both are free; `conflict`: blocked by other meetings worth more; `not_scheduled`: accepted after the last run or taken off the board.'
	});

const runStatus = z
	.object({
		id: z.uuid(),
		status: z.enum(['running', 'done', 'failed']),
		done: z.int().min(0),
		total: z.int().min(0),
		error: z.string().nullable().meta({ description: 'Why a run failed, e.g. `stale`.' }),
		startedAt: timestamp,
		finishedAt: timestamp.nullable()
	})
	.meta({ id: 'ScheduleRun' });

const schedule = z
	.object({
		eventId: z.uuid(),
		placed: z.int().min(0),
		requested: z.int().min(0).meta({ description: 'Accepted requests.' }),
		upperBound: z
			.int()
			.min(0)
			.nullable()
			.meta({ description: 'At most this many can be placed (the last run’s bound); null before any run.' }),
		meetings: z.array(scheduleMeeting),
		unplaced: z.array(
			z.object({
				requestId: z.uuid(),
				startupId: z.uuid(),
				corporateId: z.uuid(),
				startupName: z.string(),
				corporateName: z.string(),
				priority: z.int().min(1).max(3),
				reason: unplacedReason,
				participantId: z.uuid().nullable()
			})
		),
		version: z
			.int()
			.min(0)
			.meta({ description: 'The schedule version; the board sends it back with each edit.' }),
		run: runStatus.nullable().meta({ description: 'The latest run, finished or not.' }),
		lastRun: z
			.object({
				placed: z.int(),
				requested: z.int(),
				upperBound: z.int(),
				moved: z.int().meta({ description: 'Meetings the run moved or dropped.' }),
				idleGaps: z.int(),
				method: z.enum(['exact-uniform', 'heuristic']),
				finishedAt: timestamp
			})
			.nullable(),
		publishedAt: timestamp.nullable()
	})
	.meta({ id: 'Schedule' });

const runningJob = z
	.object({
		runId: z.uuid(),
		status: z.literal('running'),
		done: z.int().min(0),
		total: z.int().min(1)
	})
	.meta({ id: 'ScheduleRunStarted' });

const boardChange = z
	.object({
		eventId: z.uuid(),
		version: z.int().min(0).meta({ description: 'The new schedule version.' }),
		meetings: z
			.array(scheduleMeeting)
			.meta({ description: 'Meetings created or changed, in their new state.' }),
		removedIds: z.array(z.uuid()).meta({ description: 'Meetings taken off the schedule.' }),
		cause: z.enum(['run', 'move', 'swap', 'place', 'unschedule', 'lock', 'unlock'])
	})
	.meta({ id: 'ScheduleChange' });

const agendaMeeting = z.object({
	id: z.uuid(),
	startsAt: timestamp,
	endsAt: timestamp,
	slot: z.int(),
	table: z.int().min(1),
	location: z.string().nullable(),
	priority: z.int().min(1).max(3),
	sequence: z.int().min(0),
	counterpart: z.object({
		id: z.uuid(),
		name: z.string(),
		nameEn: z.string().nullable(),
		side: z.enum(['startup', 'corporate'])
	})
});

const agenda = z
	.object({
		event: z.object({
			id: z.uuid(),
			title: z.string(),
			venue: z.string(),
			timezone: z.string(),
			startsAt: timestamp,
			endsAt: timestamp,
			version: z.int().min(0),
			publishedAt: timestamp.nullable()
		}),
		published: z
			.boolean()
			.meta({ description: 'False before publication: participants then see no meetings.' }),
		organizations: z.array(
			z.object({
				id: z.uuid(),
				name: z.string(),
				nameEn: z.string().nullable(),
				meetings: z.array(agendaMeeting)
			})
		)
	})
	.meta({ id: 'Agenda' });

const notVisible = problemResponse(404, 'No such event, or the caller neither manages it nor takes part.');
const managersOnly = problemResponse(403, 'The caller takes part but does not manage the event.');

/** The schedule of a matchmaking day: runs, the board, publishing, and personal agendas. */
export const schedulePaths: ZodOpenApiPathsObject = {
	'/events/{id}/schedule': {
		get: {
			operationId: 'getSchedule',
			tags,
			summary: 'The schedule',
			'x-summary-ko': '미팅 일정표',
			description:
				'Managers get the whole board: meetings, unplaced requests with why, the latest run and the version. A participant gets only their own meetings, once the schedule is published (403 before).',
			'x-description-ko':
				'매니저는 전체 일정표(미팅, 배정되지 못한 요청과 그 이유, 최근 실행, 버전)를 받습니다. 참가자는 일정이 공개된 뒤에만 자기 미팅을 받습니다(그 전에는 403).',
			requestParams: { path: eventPath },
			responses: {
				'200': jsonResponse('The schedule.', schedule),
				...problems(401),
				'403': problemResponse(403, 'A participant before the schedule is published.'),
				'404': notVisible
			}
		},
		post: {
			operationId: 'runScheduler',
			tags,
			summary: 'Run the auto-scheduler',
			'x-summary-ko': '자동 배정 실행',
			description:
				'Managers only. Places the accepted requests into slots and tables, moving as few existing meetings as it can and keeping locked ones (unless `keepLocked: false`). Up to 300 requests the answer is the finished schedule (200); bigger runs answer 202 with the job and `Location`, stream `schedule:progress` to `event:{id}:manage`, and end in the same document at `GET /events/{id}/schedule`. One run at a time per event.',
			'x-description-ko':
				'매니저만 실행합니다. 수락된 요청을 시간대와 테이블에 배정하며, 기존 미팅은 되도록 옮기지 않고 고정된 미팅은 그대로 둡니다(`keepLocked: false`가 아니면). 요청이 300건 이하면 완성된 일정표(200)를, 그보다 많으면 작업(202, `Location`)을 돌려주고 진행률을 `event:{id}:manage`로 `schedule:progress`로 보내며, 결과는 `GET /events/{id}/schedule`에서 볼 수 있습니다. 행사마다 한 번에 하나만 실행됩니다.',
			requestParams: { path: eventPath },
			requestBody: { required: false, content: { 'application/json': { schema: runInput } } },
			responses: {
				'200': jsonResponse('The finished schedule.', schedule),
				'202': {
					...jsonResponse('The run continues in the background.', runningJob),
					headers: z.object({ location: z.string().meta({ description: 'Where the schedule will be.' }) })
				},
				...bodyProblems(),
				...problems(401),
				'403': managersOnly,
				'404': notVisible,
				'409': problemResponse(
					409,
					'`schedule_running`: a run is in progress; `stale`: the board changed during the run; `move_refused`: a participant was booked elsewhere meanwhile.'
				)
			}
		}
	},
	'/events/{id}/schedule/publish': {
		post: {
			operationId: 'publishSchedule',
			tags,
			summary: 'Publish the schedule',
			'x-summary-ko': '일정 공개',
			description:
				'Managers only. Participants see their meetings from now on; each member is notified (`event.agenda_published`) and mailed their agenda; `schedule:published` goes to `event:{id}`. Publishing again resends the current agenda.',
			'x-description-ko':
				'매니저만 할 수 있습니다. 이제부터 참가자가 자기 미팅을 볼 수 있고, 구성원마다 알림(`event.agenda_published`)과 일정 메일이 갑니다. `event:{id}`에 `schedule:published`가 전달됩니다. 다시 공개하면 현재 일정을 다시 보냅니다.',
			requestParams: { path: eventPath },
			responses: {
				'200': jsonResponse(
					'Published.',
					z
						.object({ eventId: z.uuid(), version: z.int().min(0), publishedAt: timestamp })
						.meta({ id: 'SchedulePublished' })
				),
				...problems(401),
				'403': managersOnly,
				'404': notVisible
			}
		}
	},
	'/events/{id}/board': {
		post: {
			operationId: 'editScheduleBoard',
			tags,
			summary: 'Edit the schedule board',
			'x-summary-ko': '일정표 편집',
			description:
				'Managers only: `move` a meeting (onto another meeting: the two swap), `place` an unplaced accepted request, `unschedule`, `lock` or `unlock`. Every edit carries the `version` the board saw. The change is checked against the scheduling rules before anything is written; other managers’ boards hear `schedule:updated`, and once published both organizations hear `meetup:updated`/`meetup:created`.',
			'x-description-ko':
				'매니저만 할 수 있습니다. 미팅 `move`(다른 미팅 자리로 옮기면 서로 자리를 바꿈), 배정되지 않은 수락 요청 `place`, `unschedule`, `lock`, `unlock`. 편집마다 일정표에서 본 `version`을 보냅니다. 쓰기 전에 배정 규칙을 검사하며, 다른 매니저의 일정표에는 `schedule:updated`가, 공개된 뒤에는 양쪽 조직에 `meetup:updated`/`meetup:created`가 전달됩니다.',
			requestParams: { path: eventPath },
			requestBody: jsonBody(boardInput),
			responses: {
				'200': jsonResponse('What changed, and the new version.', boardChange),
				...bodyProblems(),
				...problems(401),
				'403': managersOnly,
				'404': problemResponse(404, 'No such event or meeting for the caller.'),
				'409': problemResponse(
					409,
					'`stale`: the schedule changed since `version`; `move_refused`: the edit breaks a rule, named in the type and detail (`double_booked`, `not_available`, `table_taken`, `locked`, `conflict`, …). Nothing changed.'
				)
			}
		}
	},
	'/events/{id}/agenda': {
		get: {
			operationId: 'getAgenda',
			tags,
			summary: 'My agenda for the day',
			'x-summary-ko': '내 행사 일정',
			description:
				'The caller’s participating organizations’ meetings with time, table and counterpart (a manager may name any `organizationId`). Before publication participants get `published: false` and no meetings.',
			'x-description-ko':
				'내 참가 조직의 미팅(시간, 테이블, 상대)을 돌려줍니다. 매니저는 `organizationId`로 어느 참가자든 볼 수 있습니다. 공개 전에는 참가자에게 `published: false`와 빈 목록을 돌려줍니다.',
			requestParams: { path: eventPath, query: agendaQuery },
			responses: {
				'200': jsonResponse('The agenda.', agenda),
				...problems(401, 422),
				'403': problemResponse(403, '`organizationId` is not one of the caller’s.'),
				'404': notVisible
			}
		}
	},
	'/events/{id}/agenda/ics': {
		get: {
			operationId: 'getAgendaIcs',
			tags,
			summary: 'My agenda as a calendar file',
			'x-summary-ko': '내 행사 일정 캘린더 파일',
			description:
				'The agenda as RFC 5545 iCalendar; each meeting has its meetup’s UID and SEQUENCE, so a later download replaces moved meetings.',
			'x-description-ko':
				'일정을 RFC 5545 iCalendar로 돌려줍니다. 미팅마다 미팅의 UID와 SEQUENCE를 쓰므로 다시 받으면 옮겨진 미팅이 바뀝니다.',
			requestParams: { path: eventPath, query: agendaQuery },
			responses: {
				'200': {
					description: 'The calendar.',
					content: { 'text/calendar': { schema: z.string().meta({ description: 'RFC 5545 iCalendar.' }) } }
				},
				...problems(401, 422),
				'403': problemResponse(403, '`organizationId` is not one of the caller’s.'),
				'404': notVisible
			}
		}
	}
};
