import 'zod-openapi'; // types the OpenAPI keys (`id`, `param`, …) of `.meta()`
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { interestInput, matchesQuery, stance, weightsInput } from '$lib/server/matching/schema';
import { FACTORS } from '$lib/server/matching/types';
import { idPath } from '../catalog-requests';
import { bodyProblems, jsonBody, jsonResponse, problemResponse, problems } from '../responses';

const tags = ['Matching'];

const weightsOut = z
	.object(
		Object.fromEntries(FACTORS.map((f) => [f, z.number().min(0)])) as Record<
			(typeof FACTORS)[number],
			z.ZodNumber
		>
	)
	.meta({
		id: 'MatchingWeights',
		description: 'One relative weight per factor; scoring normalizes them to shares of 100 points.'
	});

const breakdownLine = z
	.object({
		factor: z.enum(FACTORS),
		weight: z.number().meta({ description: "The factor's maximum points (its share of 100)." }),
		value: z.number().min(0).max(1).meta({ description: 'How well the pair does on this factor, 0–1.' }),
		contribution: z.int().min(0).meta({ description: 'Points earned; the contributions add up to `score`.' }),
		reason: z.string().meta({ description: "Why, in the caller's language." }),
		improve: z
			.string()
			.optional()
			.meta({ description: 'What would raise this factor, when something would.' })
	})
	.meta({ id: 'MatchBreakdown' });

const matchFields = {
	score: z.int().min(0).max(100),
	mutual: z.boolean().meta({ description: 'Both sides took a positive stance.' }),
	stance: stance.nullable().meta({
		description:
			'The stance the caller’s side took on this pair (the corporate’s on the startup, or the startup’s on the challenge), null if none.'
	}),
	breakdown: z.array(breakdownLine)
};

const matchedStartup = z.object({
	id: z.uuid(),
	name: z.string(),
	nameEn: z.string().nullable(),
	logoPath: z.string().nullable(),
	summary: z.string(),
	stage: z.string().nullable(),
	region: z.string().nullable(),
	industries: z.array(z.string()),
	techTags: z.array(z.string())
});

const matchedChallenge = z.object({
	id: z.uuid(),
	title: z.string(),
	corporate: z.object({
		id: z.uuid(),
		name: z.string(),
		nameEn: z.string().nullable(),
		logoPath: z.string().nullable()
	}),
	status: z.string(),
	confidentiality: z.string(),
	closesAt: z.iso.datetime({ offset: true }).nullable()
});

export const startupMatches = z
	.object({
		challenge: z.object({
			id: z.uuid(),
			title: z.string(),
			corporateId: z.uuid(),
			hostCenterId: z.uuid().nullable()
		}),
		weights: weightsOut.meta({
			description: 'The weights this ranking used (the host center’s, or the defaults).'
		}),
		matches: z.array(z.object({ startup: matchedStartup, ...matchFields }))
	})
	.meta({ id: 'StartupMatches' });

export const challengeMatches = z
	.object({
		matches: z.array(z.object({ challenge: matchedChallenge, ...matchFields }))
	})
	.meta({ id: 'ChallengeMatches' });

export const interestResult = z
	.object({
		stance,
		mutual: z.boolean().meta({ description: 'The pair is now a mutual match.' })
	})
	.meta({ id: 'InterestResult' });

const centerWeights = z
	.object({
		weights: weightsOut,
		isDefault: z.boolean().meta({ description: 'No weights saved yet: the defaults apply.' })
	})
	.meta({ id: 'CenterMatchingWeights' });

/** Ranked recommendations both ways, and the stances that make mutual matches. */
export const matchingPaths: ZodOpenApiPathsObject = {
	'/challenges/{id}/matches': {
		get: {
			operationId: 'matchStartupsForChallenge',
			tags,
			summary: 'Startups for a challenge',
			'x-summary-ko': '과제에 맞는 스타트업',
			description:
				'The best startups for a challenge, best first, each with a 0–100 score and a breakdown whose contributions add up to it, with reasons in the caller’s language. For those who run the challenge. Declined or withdrawn applicants and pairs with a `no_thanks` stance are left out.',
			'x-description-ko':
				'과제에 가장 잘 맞는 스타트업을 점수(0–100) 순으로 돌려줍니다. 항목별 기여 점수의 합이 점수이며 이유가 함께 담깁니다. 과제를 운영하는 사람만 볼 수 있습니다. 거절·철회된 지원자와 `no_thanks` 의사가 있는 짝은 빠집니다.',
			requestParams: { path: idPath, query: matchesQuery },
			responses: {
				'200': jsonResponse('The ranked startups.', startupMatches),
				...problems(401),
				'403': problemResponse(403, 'The caller may see the challenge but does not run it.'),
				'404': problemResponse(404, 'No such challenge, or it does not exist for the caller.'),
				'422': problemResponse(422, 'An invalid `limit`.')
			}
		}
	},
	'/startups/{id}/matches': {
		get: {
			operationId: 'matchChallengesForStartup',
			tags,
			summary: 'Challenges for a startup',
			'x-summary-ko': '스타트업에 맞는 과제',
			description:
				'The best open challenges the startup may see, best first, with scores and reasons as for challenges. For those who act for the startup.',
			'x-description-ko':
				'스타트업이 볼 수 있는 모집 중인 과제를 점수 순으로 이유와 함께 돌려줍니다. 스타트업을 대리할 수 있는 사람만 볼 수 있습니다.',
			requestParams: { path: idPath, query: matchesQuery },
			responses: {
				'200': jsonResponse('The ranked challenges.', challengeMatches),
				...problems(401),
				'403': problemResponse(403, 'The caller may see the startup but does not act for it.'),
				'404': problemResponse(404, 'No such startup, or it is not visible to the caller.'),
				'422': problemResponse(422, 'An invalid `limit`.')
			}
		}
	},
	'/interests': {
		put: {
			operationId: 'setInterest',
			tags,
			summary: 'Take a stance',
			'x-summary-ko': '만남 의사 표시',
			description:
				'One of the caller’s organizations marks another organization (or a challenge) `must_meet`, `meet` or `no_thanks`, replacing its earlier stance on the same target. Two positive stances make a mutual match: both sides’ members are notified (`match.mutual`) and both organizations hear `match:mutual` live.',
			'x-description-ko':
				'내 조직이 다른 조직(또는 과제)에 `must_meet`, `meet`, `no_thanks` 의사를 표시하며, 같은 대상에 대한 이전 의사를 대체합니다. 양쪽이 모두 긍정이면 상호 매칭이 되어 양쪽 구성원에게 알림(`match.mutual`)이 가고 실시간 이벤트 `match:mutual`이 전달됩니다.',
			requestBody: jsonBody(interestInput),
			responses: {
				'200': jsonResponse('The stance recorded, and whether the pair is now mutual.', interestResult),
				...bodyProblems(),
				...problems(401),
				'403': problemResponse(403, 'The caller does not act for `fromOrgId`.'),
				'422': problemResponse(
					422,
					'Invalid fields, a stance on the caller’s own organization, or a target that does not exist for the caller.'
				)
			}
		}
	},
	'/centers/{id}/matching-weights': {
		get: {
			operationId: 'getCenterMatchingWeights',
			tags,
			summary: 'A center’s matching weights',
			'x-summary-ko': '센터의 매칭 가중치',
			description:
				'The weights the challenges the center hosts are ranked with (the defaults until a manager saves some). For the center’s managers and admins.',
			'x-description-ko':
				'센터가 주관하는 과제의 추천 순위에 쓰는 가중치입니다(저장 전에는 기본값). 센터 매니저와 관리자만 볼 수 있습니다.',
			requestParams: { path: idPath },
			responses: {
				'200': jsonResponse('The weights in use.', centerWeights),
				...problems(401),
				'403': problemResponse(403, 'The caller does not manage the center.'),
				'404': problemResponse(404, 'No such center.')
			}
		},
		put: {
			operationId: 'setCenterMatchingWeights',
			tags,
			summary: 'Tune a center’s matching weights',
			'x-summary-ko': '센터의 매칭 가중치 조정',
			description:
				'Replaces the weights (whole numbers 0–100 per factor; scoring normalizes them to shares of 100 points). Rankings for the center’s challenges use them at once. The change is written to the audit log.',
			'x-description-ko':
				'항목별 가중치(0–100 정수)를 바꿉니다. 점수는 비중에 따라 100점으로 환산되며, 센터 과제의 추천에 바로 반영되고 감사 로그에 남습니다.',
			requestParams: { path: idPath },
			requestBody: jsonBody(weightsInput),
			responses: {
				'200': jsonResponse('The weights saved.', centerWeights),
				...bodyProblems(),
				...problems(401),
				'403': problemResponse(403, 'The caller does not manage the center.'),
				'404': problemResponse(404, 'No such center.'),
				'422': problemResponse(422, 'A weight outside 0–100, not a whole number, or all of them zero.')
			}
		}
	}
};
