import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { idPath } from '../catalog-requests';
import { access, jsonResponse, problemResponse, problems } from '../responses';

const rowList = z.array(z.record(z.string(), z.unknown()));

/** The sections of an export; each row carries the columns of its table in camelCase. */
const organizationExport = z
	.object({
		format: z.literal('innomatch.organization-export'),
		formatVersion: z.int(),
		exportedAt: z.iso.datetime({ offset: true }),
		exportedBy: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
		organization: z.record(z.string(), z.unknown()),
		startupProfile: z.record(z.string(), z.unknown()).nullable(),
		corporateProfile: z.record(z.string(), z.unknown()).nullable(),
		members: rowList,
		invitations: rowList,
		challenges: rowList.meta({ description: 'A corporate’s challenges, confidential details included.' }),
		challengeInvitations: rowList,
		ndaAcceptances: rowList,
		applications: rowList.meta({
			description: 'Sent (a startup) or received on its challenges (a corporate).'
		}),
		interests: rowList.meta({ description: 'The organization’s own stances only.' }),
		meetups: rowList,
		availability: z.object({ timeZone: z.string().nullable(), weekly: rowList, blackouts: rowList }),
		participations: rowList,
		meetingRequests: rowList,
		collaborations: rowList,
		collaborationHistory: rowList,
		outcomes: rowList,
		center: z
			.object({
				events: rowList,
				matchingWeights: z.record(z.string(), z.unknown()).nullable(),
				importJobs: rowList,
				stewardedOrganizations: rowList
			})
			.nullable()
			.meta({ description: 'Only for a center.' }),
		auditLog: rowList
	})
	.meta({ id: 'OrganizationExport' });

export const dataExportPaths: ZodOpenApiPathsObject = {
	'/organizations/{id}/export': {
		get: {
			operationId: 'exportOrganization',
			tags: ['Accounts'],
			summary: 'Download all of an organization’s data',
			'x-summary-ko': '조직 데이터 전체 내려받기',
			description:
				'One JSON document with everything Innomatch holds for the organization: profile, members, challenges (confidential details included), applications, its own stances, meetups, availability, matchmaking days, collaborations, outcomes and its audit trail; for a center also its days, weights and imports. Credentials (hashes, tokens, check-in codes) are never included. For the organization’s owners, and the managers of the center stewarding it; every export is audited.',
			'x-description-ko':
				'조직에 관한 모든 데이터(프로필, 구성원, 과제와 기밀 상세, 지원, 자기 관심 표시, 미팅, 가능 시간, 매칭데이, 협업, 성과, 감사 기록, 센터라면 행사·가중치·가져오기)를 JSON 하나로 내려받습니다. 비밀번호·토큰 해시와 체크인 코드는 포함하지 않습니다. 조직 소유자와 관리 센터 매니저만 받을 수 있으며 내려받을 때마다 감사 기록이 남습니다.',
			security: access.signedIn,
			requestParams: { path: idPath },
			responses: {
				'200': jsonResponse('The export, sent as an attachment.', organizationExport),
				...problems(401, 422),
				'403': problemResponse(403, 'The caller is not an owner (members and admins may not export).'),
				'404': problemResponse(404, 'No such organization, or the caller has nothing to do with it.')
			}
		}
	}
};
