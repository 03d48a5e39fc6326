import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
	applicationInput,
	applicationUpdate,
	challengeInput,
	challengePatch
} from '$lib/server/catalog/schema';
import { applicationsQuery, challengesQuery, idPath, ndaInput } from '../catalog-requests';
import { application, applicationPage, challenge, challengePage, ndaAcceptance } from '../catalog-responses';
import { access, bodyProblems, jsonBody, jsonResponse, problemResponse, problems } from '../responses';

const tags = ['Catalog'];

/** Challenges with their confidentiality, NDA acceptance, applications and screening. */
export const challengePaths: ZodOpenApiPathsObject = {
	'/challenges': {
		get: {
			operationId: 'listChallenges',
			tags,
			summary: 'Search challenges',
			'x-summary-ko': '과제 검색',
			description:
				'Full-text search over the challenges the caller may see, with facet counts over the same visible matches. Invite-only challenges appear only to invited startups and drafts only to those who run them. Hits carry the public teaser, never the confidential details. Callers who run no challenges see `open` ones unless they pass `status`.',
			'x-description-ko':
				'호출한 사람이 볼 수 있는 과제를 검색하고, 같은 결과에 대한 필터별 개수를 함께 돌려줍니다. 초청 과제는 초청받은 스타트업에게만, 초안은 운영하는 사람에게만 보입니다. 결과에는 공개 소개만 담기며 비공개 상세는 절대 담기지 않습니다. 과제를 운영하지 않는 사람은 `status`를 주지 않으면 모집 중(`open`)인 과제만 봅니다.',
			security: access.optional,
			requestParams: { query: challengesQuery },
			responses: {
				'200': jsonResponse('One page of challenges, with facet counts.', challengePage),
				'422': problemResponse(422, 'An invalid parameter or unknown code; `errors` names it.')
			}
		},
		post: {
			operationId: 'createChallenge',
			tags,
			summary: 'Post a challenge',
			'x-summary-ko': '과제 등록',
			description:
				'Posts a challenge for a corporate, by its members or by a manager of the hosting center (`hostCenterId`). `details`, the budget and `ndaTerms` are confidential: only those who run it, and startups entitled by `confidentiality`, ever see them. New challenges are drafts unless `status` says otherwise.',
			'x-description-ko':
				'기업 구성원 또는 주관 센터(`hostCenterId`) 매니저가 기업의 과제를 등록합니다. `details`, 예산, `ndaTerms`는 비공개로, 운영하는 사람과 `confidentiality`에 따라 자격이 있는 스타트업만 볼 수 있습니다. `status`를 주지 않으면 초안으로 등록됩니다.',
			security: access.signedIn,
			requestBody: jsonBody(challengeInput),
			responses: {
				'201': jsonResponse('The new challenge, as its owner sees it.', challenge),
				...bodyProblems(),
				...problems(401),
				'403': problemResponse(403, 'The caller may not post for this corporate or center.'),
				'422': problemResponse(
					422,
					'Invalid fields, unknown codes, a budget maximum below its minimum, or a `corporateId` / `hostCenterId` that names no such organization.'
				)
			}
		}
	},
	'/challenges/{id}': {
		get: {
			operationId: 'getChallenge',
			tags,
			summary: 'A challenge',
			'x-summary-ko': '과제 상세',
			description:
				'`details` and the budget are present only when `access.details` is true: for those who run the challenge, for anyone on a `public` one, for startups that accepted the current terms of an `nda` one, and for invited startups. A first showing of confidential details is recorded.',
			'x-description-ko':
				'`details`와 예산은 `access.details`가 참일 때만 담깁니다. 과제 운영자, 공개 과제의 모든 열람자, NDA 과제의 현재 약관에 동의한 스타트업, 초청 과제에 초청된 스타트업이 해당합니다. 비공개 상세를 처음 보여 줄 때 열람 기록을 남깁니다.',
			security: access.optional,
			requestParams: { path: idPath },
			responses: {
				'200': jsonResponse('The challenge as the caller may see it.', challenge),
				'404': problemResponse(
					404,
					'No such challenge, or it does not exist for the caller (a draft, or invite-only).'
				)
			}
		},
		patch: {
			operationId: 'updateChallenge',
			tags,
			summary: 'Update a challenge',
			'x-summary-ko': '과제 수정',
			description:
				'Changes the fields sent, by those who run the challenge. Pass the `updatedAt` you read as `expectedUpdatedAt` to refuse (409) a change made by someone else in between. New `ndaTerms` get a new version, which earlier acceptances do not cover.',
			'x-description-ko':
				'과제 운영자가 보낸 필드만 바꿉니다. 읽어 온 `updatedAt`을 `expectedUpdatedAt`으로 보내면 그 사이 다른 사람이 바꾼 경우 409로 거절합니다. `ndaTerms`를 바꾸면 새 버전이 되어 이전 동의로는 상세를 볼 수 없습니다.',
			security: access.signedIn,
			requestParams: { path: idPath },
			requestBody: jsonBody(challengePatch),
			responses: {
				'200': jsonResponse('The challenge after the change.', challenge),
				...bodyProblems(),
				...problems(401, 403),
				'404': problemResponse(404, 'No such challenge among those the caller runs.'),
				'409': problemResponse(409, 'Changed by someone else since `expectedUpdatedAt`.')
			}
		}
	},
	'/challenges/{id}/nda': {
		post: {
			operationId: 'acceptChallengeNda',
			tags,
			summary: 'Accept a challenge’s NDA terms',
			'x-summary-ko': '과제 비밀유지 약관 동의',
			description:
				'One of the caller’s startups accepts the current `ndaTerms` of an `nda` challenge, recorded with time, person and terms version. `GET /challenges/{id}` then includes the details for the caller. Accepting again is harmless.',
			'x-description-ko':
				'내 스타트업이 NDA 과제의 현재 `ndaTerms`에 동의합니다. 동의 시각, 동의한 사람, 약관 버전이 기록되며, 이후 `GET /challenges/{id}`에 상세가 담깁니다. 다시 동의해도 문제없습니다.',
			security: access.signedIn,
			requestParams: { path: idPath },
			requestBody: jsonBody(ndaInput),
			responses: {
				'200': jsonResponse('The acceptance.', ndaAcceptance),
				...bodyProblems(),
				...problems(401),
				'403': problemResponse(403, '`startupId` is not one of the caller’s startups.'),
				'404': problemResponse(404, 'No such challenge, or not visible to the caller.'),
				'409': problemResponse(409, 'The challenge has no NDA terms (`confidentiality` is not `nda`).')
			}
		}
	},
	'/challenges/{id}/applications': {
		post: {
			operationId: 'applyToChallenge',
			tags,
			summary: 'Apply to a challenge',
			'x-summary-ko': '과제 지원',
			description:
				'One of the caller’s startups applies with a proposal to an open challenge. A startup applies once per challenge.',
			'x-description-ko':
				'내 스타트업이 모집 중인 과제에 제안서로 지원합니다. 한 과제에 한 번만 지원할 수 있습니다.',
			security: access.signedIn,
			requestParams: { path: idPath },
			requestBody: jsonBody(applicationInput),
			responses: {
				'201': jsonResponse('The application.', application),
				...bodyProblems(),
				...problems(401),
				'403': problemResponse(403, '`startupId` is not one of the caller’s startups.'),
				'404': problemResponse(404, 'No such challenge, or not visible to the caller.'),
				'409': problemResponse(
					409,
					'The startup already applied (`errors.startupId`), or the challenge is not open.'
				)
			}
		},
		get: {
			operationId: 'listChallengeApplications',
			tags,
			summary: 'Screen a challenge’s applications',
			'x-summary-ko': '과제 지원서 심사 목록',
			description: 'The applications to a challenge, newest first, for those who run it.',
			'x-description-ko': '과제 운영자를 위한 지원서 목록입니다(최신순).',
			security: access.signedIn,
			requestParams: { path: idPath, query: applicationsQuery },
			responses: {
				'200': jsonResponse('One page of applications.', applicationPage),
				...problems(401),
				'404': problemResponse(404, 'No such challenge among those the caller runs.'),
				...problems(422)
			}
		}
	},
	'/applications/{id}': {
		patch: {
			operationId: 'updateApplication',
			tags,
			summary: 'Move an application',
			'x-summary-ko': '지원서 상태 변경',
			description:
				'Screening by those who run the challenge (shortlist, meetup, PoC, contract, or decline with a `reason` the startup sees), withdrawal by the startup. Pass the status you saw as `expectedStatus` so a change made by someone else in between is a 409 rather than overwritten.',
			'x-description-ko':
				'과제 운영자는 심사(서류 통과, 미팅, PoC, 계약, 또는 스타트업에게 보이는 `reason`과 함께 불합격)를, 스타트업은 지원 철회를 합니다. 본 상태를 `expectedStatus`로 보내면 그 사이 다른 사람이 바꾼 경우 덮어쓰지 않고 409로 거절합니다.',
			security: access.signedIn,
			requestParams: { path: idPath },
			requestBody: jsonBody(applicationUpdate),
			responses: {
				'200': jsonResponse('The application after the move.', application),
				...bodyProblems(),
				...problems(401),
				'403': problemResponse(403, 'A startup tried a screening move.'),
				'404': problemResponse(404, 'No such application, or not the caller’s to move.'),
				'409': problemResponse(
					409,
					'Not a move allowed from the current status, or the status changed meanwhile.'
				),
				'422': problemResponse(422, 'Invalid fields; declining needs a `reason`.')
			}
		}
	}
};
