import { createDocument, type oas31, type ZodOpenApiPathsObject } from 'zod-openapi';
import pkg from '../../../../package.json' with { type: 'json' };
import { accountPaths } from './paths/accounts';
import { catalogPaths } from './paths/catalog';
import { matchingPaths } from './paths/matching';
import { eventPaths } from './paths/events';
import { floorPaths } from './paths/floor';
import { schedulePaths } from './paths/schedule';
import { meetupPaths } from './paths/meetups';
import { referencePaths } from './paths/reference';
import { reportingPaths } from './paths/reporting';
import { importPaths } from './paths/imports';
import { dataExportPaths } from './paths/data-export';
import { problem } from './schemas';
import { access } from './responses';
import { tidySchema } from './override';

/** Where the v1 API lives; document paths are relative to it. */
export const API_BASE = '/api/v1';

/**
 * Every documented operation, one module per feature. A new endpoint under src/routes/api/v1 adds its
 * paths here too: the e2e suite fails when a route has no path in the document.
 */
const featurePaths: ZodOpenApiPathsObject[] = [
	accountPaths,
	catalogPaths,
	matchingPaths,
	meetupPaths,
	eventPaths,
	floorPaths,
	schedulePaths,
	reportingPaths,
	importPaths,
	dataExportPaths,
	referencePaths
];

const DESCRIPTION = `The integration API of Innomatch, for centers connecting their CRMs, spreadsheets and reporting.

JSON in and out (UTF-8, camelCase), timestamps in ISO 8601 with offset, money in integer KRW. Authenticate with \`Authorization: Bearer <token>\` (create a token with \`POST /tokens\`) or, from a browser, the session cookie; state-changing calls with the cookie must come from the same origin.

Errors are RFC 9457 problem documents (\`application/problem+json\`) with an \`errors\` map per field. Lists take \`page\` and \`limit\` (at most 100) and answer \`{ hits, total, page, limit }\`. Codes come from \`GET /taxonomy\`.`;

const DESCRIPTION_KO = `센터가 CRM·스프레드시트·실적 보고를 Innomatch와 연결하는 통합 API입니다.

요청과 응답은 JSON(UTF-8, camelCase), 시각은 시간대가 붙은 ISO 8601, 금액은 원 단위 정수입니다. \`Authorization: Bearer <token>\`(토큰은 \`POST /tokens\`로 발급) 또는 브라우저의 세션 쿠키로 인증하며, 쿠키로 상태를 바꾸는 요청은 같은 출처에서 보내야 합니다.

오류는 RFC 9457 문제 문서(\`application/problem+json\`)이며 \`errors\`에 필드별 메시지가 담깁니다. 목록은 \`page\`와 \`limit\`(최대 100)을 받고 \`{ hits, total, page, limit }\`을 돌려줍니다. 분류 코드는 \`GET /taxonomy\`에서 받으세요.`;

function build(): oas31.OpenAPIObject {
	return createDocument(
		{
			openapi: '3.1.0',
			info: {
				title: 'Innomatch API',
				version: `v1 (${pkg.version})`,
				description: DESCRIPTION,
				'x-description-ko': DESCRIPTION_KO
			},
			servers: [{ url: API_BASE }],
			security: access.signedIn,
			tags: [
				{
					name: 'Accounts',
					description: 'Sign-up, API tokens, the caller, organizations.',
					'x-name-ko': '계정',
					'x-description-ko': '회원 가입, API 토큰, 내 계정, 조직.'
				},
				{
					name: 'Catalog',
					description: 'Startups, corporates, challenges with their confidentiality, and applications.',
					'x-name-ko': '카탈로그',
					'x-description-ko': '스타트업, 기업, 비공개 범위가 있는 과제, 지원서.'
				},
				{
					name: 'Matching',
					description: 'Explainable recommendations both ways, and stances that make mutual matches.',
					'x-name-ko': '매칭',
					'x-description-ko': '양방향 추천과 그 이유, 상호 매칭을 만드는 만남 의사.'
				},
				{
					name: 'Meetups',
					description:
						'1:1 meetups with no double booking, their calendars, availability and time suggestions.',
					'x-name-ko': '미팅',
					'x-description-ko': '이중 예약이 없는 1:1 미팅, 캘린더, 가능 시간과 시간 추천.'
				},
				{
					name: 'Reference',
					description: 'Codes and this document.',
					'x-name-ko': '참고 자료',
					'x-description-ko': '분류 코드와 이 명세.'
				}
			],
			paths: mergePaths(featurePaths),
			components: {
				schemas: { Problem: problem },
				securitySchemes: {
					bearerAuth: {
						type: 'http',
						scheme: 'bearer',
						description: 'A personal API token from `POST /tokens`, valid 90 days.'
					},
					sessionCookie: {
						type: 'apiKey',
						in: 'cookie',
						name: 'session',
						description: 'The browser session; state-changing calls must also pass the same-origin check.'
					}
				}
			}
		},
		{ override: tidySchema }
	);
}

/** Joins the features' paths; two features may share a path but never define one method twice. */
function mergePaths(parts: ZodOpenApiPathsObject[]): ZodOpenApiPathsObject {
	const merged: ZodOpenApiPathsObject = {};
	for (const part of parts) {
		for (const [path, item] of Object.entries(part)) {
			const existing = merged[path] ?? {};
			for (const method of Object.keys(item)) {
				if (method in existing) throw new Error(`OpenAPI: ${method.toUpperCase()} ${path} is defined twice`);
			}
			merged[path] = { ...existing, ...item };
		}
	}
	return merged;
}

let cached: oas31.OpenAPIObject | undefined;

/** The OpenAPI 3.1 document of the v1 API, built once from the zod schemas that validate it. */
export function openApiDocument(): oas31.OpenAPIObject {
	cached ??= build();
	return cached;
}
