import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { taxonomyResponse } from '../schemas';
import { access, jsonResponse } from '../responses';

export const referencePaths: ZodOpenApiPathsObject = {
	'/taxonomy': {
		get: {
			operationId: 'getTaxonomy',
			tags: ['Reference'],
			summary: 'Codes and their labels',
			'x-summary-ko': '분류 코드와 이름',
			description:
				'The vocabularies used by the catalog: industries, stages, regions, what startups seek, and collaboration types. Send codes, show labels; an unknown code is a 422.',
			'x-description-ko':
				'카탈로그가 쓰는 분류(산업, 성장 단계, 지역, 스타트업이 찾는 것, 협업 유형)입니다. 요청에는 코드를 보내고 화면에는 이름을 보여 주세요. 모르는 코드는 422입니다.',
			security: access.public,
			responses: { '200': jsonResponse('Every vocabulary.', taxonomyResponse) }
		}
	},
	'/openapi.json': {
		get: {
			operationId: 'getOpenApi',
			tags: ['Reference'],
			summary: 'This document',
			'x-summary-ko': '이 API 명세(OpenAPI 3.1)',
			security: access.public,
			responses: {
				'200': jsonResponse('The OpenAPI 3.1 document.', z.looseObject({ openapi: z.literal('3.1.0') }))
			}
		}
	}
};
