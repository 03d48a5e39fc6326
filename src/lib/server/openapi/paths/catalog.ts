import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { startupInput, startupPatch } from '$lib/server/catalog/schema';
import { corporatePatch, idPath, startupsQuery } from '../catalog-requests';
import { corporate, startup, startupPage } from '../catalog-responses';
import { access, bodyProblems, jsonBody, jsonResponse, problemResponse, problems } from '../responses';
import { challengePaths } from './challenges';

// Summaries in English, with a Korean one under `x-summary-ko` for the reference page.
const tags = ['Catalog'];

const startupPaths: ZodOpenApiPathsObject = {
	'/startups': {
		get: {
			operationId: 'listStartups',
			tags,
			summary: 'Search startups',
			'x-summary-ko': '스타트업 검색',
			description:
				'Full-text search over the startups the caller may see (public ones for everybody, `members` ones for signed-in callers, private ones for their own people and center), with filters and facet counts over the same visible matches. Repeat a filter to match any of its values: `?industry=mobility&industry=energy`. An unknown code is a 422 naming the parameter.',
			'x-description-ko':
				'호출한 사람이 볼 수 있는 스타트업(공개는 누구나, `members`는 로그인한 사용자, 비공개는 소속 구성원과 센터)을 검색하고, 같은 결과에 대한 필터별 개수를 함께 돌려줍니다. 필터를 반복하면 그중 하나라도 맞는 결과를 찾습니다(`?industry=mobility&industry=energy`). 모르는 코드는 해당 매개변수를 밝힌 422입니다.',
			security: access.optional,
			requestParams: { query: startupsQuery },
			responses: {
				'200': jsonResponse('One page of startups, with facet counts.', startupPage),
				'422': problemResponse(422, 'An invalid parameter or unknown code; `errors` names it (`industry.0`).')
			}
		},
		post: {
			operationId: 'createStartup',
			tags,
			summary: 'Register a startup',
			'x-summary-ko': '스타트업 등록',
			description:
				'Creates the startup organization and its profile in one call; the caller becomes its owner. A center manager may pass `centerId` to register a startup the center found: the center then stewards it and is its home center until the company claims it.',
			'x-description-ko':
				'스타트업 조직과 프로필을 한 번에 만들고 호출한 사람이 소유자가 됩니다. 센터 매니저가 `centerId`를 넘기면 센터가 발굴한 스타트업으로 등록되어, 기업이 인수할 때까지 센터가 관리하고 소속 센터가 됩니다.',
			security: access.signedIn,
			requestBody: jsonBody(startupInput),
			responses: {
				'201': jsonResponse('The new profile.', startup),
				...bodyProblems(),
				...problems(401),
				'403': problemResponse(403, 'The caller does not manage `centerId`, or a cross-site request.'),
				'409': problemResponse(409, 'Another startup has this business registration number.'),
				'422': problemResponse(422, 'Invalid fields or unknown codes; `errors` names each (`industries.0`).')
			}
		}
	},
	'/startups/{id}': {
		get: {
			operationId: 'getStartup',
			tags,
			summary: 'A startup profile',
			'x-summary-ko': '스타트업 프로필',
			description:
				'The profile with what is missing to complete it. The business registration number only reaches those who may edit.',
			'x-description-ko':
				'프로필과 완성도를 돌려줍니다. 사업자등록번호는 수정 권한이 있는 사람에게만 보입니다.',
			security: access.optional,
			requestParams: { path: idPath },
			responses: {
				'200': jsonResponse('The profile.', startup),
				'404': problemResponse(404, 'No such startup, or its visibility hides it from the caller.')
			}
		},
		patch: {
			operationId: 'updateStartup',
			tags,
			summary: 'Update a startup profile',
			'x-summary-ko': '스타트업 프로필 수정',
			description:
				"Changes only the fields sent; the others stay as they are. By the startup's members, its center's managers and admins.",
			'x-description-ko':
				'보낸 필드만 바꾸고 나머지는 그대로 둡니다. 스타트업 구성원, 관리 센터 매니저, 관리자만 할 수 있습니다.',
			security: access.signedIn,
			requestParams: { path: idPath },
			requestBody: jsonBody(startupPatch),
			responses: {
				'200': jsonResponse('The profile after the change.', startup),
				...bodyProblems(),
				...problems(401, 403),
				'404': problemResponse(404, 'No such startup, or not visible to the caller.'),
				'409': problemResponse(409, 'Another startup has this business registration number.')
			}
		}
	}
};

const corporatePaths: ZodOpenApiPathsObject = {
	'/corporates/{id}': {
		get: {
			operationId: 'getCorporate',
			tags,
			summary: 'A corporate profile',
			'x-summary-ko': '기업 프로필',
			description: 'A corporate partner and its open-innovation focus areas.',
			'x-description-ko': '기업 파트너와 오픈이노베이션 관심 분야입니다.',
			security: access.optional,
			requestParams: { path: idPath },
			responses: {
				'200': jsonResponse('The profile.', corporate),
				'404': problemResponse(404, 'No such corporate.')
			}
		},
		patch: {
			operationId: 'updateCorporate',
			tags,
			summary: 'Update a corporate profile',
			'x-summary-ko': '기업 프로필 수정',
			description:
				"Changes only the fields sent; by the corporate's members, its steward center's managers and admins.",
			'x-description-ko': '보낸 필드만 바꿉니다. 기업 구성원, 관리 센터 매니저, 관리자만 할 수 있습니다.',
			security: access.signedIn,
			requestParams: { path: idPath },
			requestBody: jsonBody(corporatePatch),
			responses: {
				'200': jsonResponse('The profile after the change.', corporate),
				...bodyProblems(),
				...problems(401, 403),
				'404': problemResponse(404, 'No such corporate.')
			}
		}
	}
};

/** Startups, challenges (with confidentiality and NDA acceptance), applications, corporates. */
export const catalogPaths: ZodOpenApiPathsObject = { ...startupPaths, ...challengePaths, ...corporatePaths };
