import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
	createOrganizationInput,
	organizationsQuery,
	signUpInput,
	tokenInput
} from '$lib/server/accounts/schema';
import { createdToken, createdUser, me, organization, organizationPage, tokenPath } from '../schemas';
import { access, bodyProblems, jsonBody, jsonResponse, problemResponse, problems } from '../responses';

// Summaries in English, with a Korean one under `x-summary-ko` for the reference page.
export const accountPaths: ZodOpenApiPathsObject = {
	'/users': {
		post: {
			operationId: 'createUser',
			tags: ['Accounts'],
			summary: 'Sign up',
			'x-summary-ko': '회원 가입',
			description:
				'Creates an account. Passwords need at least 10 characters and may not be common or contain the email address. Rate limited per address.',
			'x-description-ko':
				'계정을 만듭니다. 비밀번호는 10자 이상이어야 하며 흔한 비밀번호나 이메일 주소를 포함할 수 없습니다. 주소별로 횟수가 제한됩니다.',
			security: access.public,
			requestBody: jsonBody(signUpInput),
			responses: {
				'201': jsonResponse('The account was created.', createdUser),
				...bodyProblems(),
				'409': problemResponse(409, 'The email already has an account (`errors.email`).'),
				'422': problemResponse(422, 'Invalid fields, or a weak password (`errors.password` says why).'),
				...problems(429)
			}
		}
	},
	'/tokens': {
		post: {
			operationId: 'createToken',
			tags: ['Accounts'],
			summary: 'Create an API token',
			'x-summary-ko': 'API 토큰 발급',
			description:
				'Exchanges credentials for a personal API token that lasts 90 days. Wrong credentials get one generic 401 whichever part was wrong. Rate limited per account and per address.',
			'x-description-ko':
				'이메일과 비밀번호로 90일간 유효한 개인 API 토큰을 발급합니다. 어느 쪽이 틀렸는지와 관계없이 같은 401 응답을 돌려줍니다. 계정별·주소별로 횟수가 제한됩니다.',
			security: access.public,
			requestBody: jsonBody(tokenInput),
			responses: {
				'201': jsonResponse('The token; its secret is not shown again.', createdToken),
				...bodyProblems(),
				'401': problemResponse(401, 'The email or password is wrong.'),
				...problems(429)
			}
		}
	},
	'/tokens/{id}': {
		delete: {
			operationId: 'revokeToken',
			tags: ['Accounts'],
			summary: 'Revoke an API token',
			'x-summary-ko': 'API 토큰 폐기',
			description: "Revokes one of the caller's tokens; it stops working on the next request.",
			'x-description-ko': '내 토큰 하나를 폐기합니다. 다음 요청부터 쓸 수 없습니다.',
			security: access.signedIn,
			requestParams: { path: tokenPath },
			responses: {
				'204': { description: 'Revoked.' },
				...problems(401, 403),
				'404': problemResponse(404, 'No such token among the caller’s own.')
			}
		}
	},
	'/me': {
		get: {
			operationId: 'getMe',
			tags: ['Accounts'],
			summary: 'The caller and their organizations',
			'x-summary-ko': '내 계정과 소속 조직',
			security: access.signedIn,
			responses: {
				'200': jsonResponse('The caller.', me),
				...problems(401)
			}
		}
	},
	'/organizations': {
		post: {
			operationId: 'createOrganization',
			tags: ['Accounts'],
			summary: 'Create an organization',
			'x-summary-ko': '조직 만들기',
			description:
				'Creates a startup or corporate organization with an empty profile; the caller becomes its owner. A center manager may pass `stewardCenterId` to register a company on its behalf: the center then manages it until the company claims it.',
			'x-description-ko':
				'빈 프로필의 스타트업 또는 기업 조직을 만들고 호출한 사람이 소유자가 됩니다. 센터 매니저는 `stewardCenterId`를 넘겨 기업을 대신 등록할 수 있으며, 기업이 인수할 때까지 센터가 관리합니다.',
			security: access.signedIn,
			requestBody: jsonBody(createOrganizationInput),
			responses: {
				'201': jsonResponse('The organization.', organization),
				...bodyProblems(),
				...problems(401),
				'403': problemResponse(403, 'The caller does not manage `stewardCenterId`, or a cross-site request.'),
				'422': problemResponse(422, 'Invalid fields or an unknown `region` code.')
			}
		},
		get: {
			operationId: 'listOrganizations',
			tags: ['Accounts'],
			summary: 'List organizations',
			'x-summary-ko': '조직 목록',
			description:
				'Centers and corporates, and the startups the caller may see: public ones for everybody, `members` ones for signed-in callers, private ones only for their own people and stewards.',
			'x-description-ko':
				'센터와 기업, 그리고 호출한 사람이 볼 수 있는 스타트업을 보여 줍니다. 공개 스타트업은 누구나, `members`는 로그인한 사용자, 비공개는 소속 구성원과 관리 센터만 볼 수 있습니다.',
			security: access.optional,
			requestParams: { query: organizationsQuery },
			responses: {
				'200': jsonResponse('One page of organizations.', organizationPage),
				...problems(422)
			}
		}
	}
};
