import 'zod-openapi'; // types the OpenAPI keys (`id`, `param`, …) of `.meta()`
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { IMPORT_FIELDS } from '$lib/server/imports/fields';
import { idPath } from '../catalog-requests';
import { timestamp } from '../schemas';
import { jsonResponse, problemResponse, problems } from '../responses';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const mappingExample = '{"name":0,"businessNumber":1,"region":2}';

export const importJob = z
	.object({
		id: z.uuid(),
		centerId: z.uuid(),
		fileName: z.string(),
		fileFormat: z.enum(['csv', 'xlsx']),
		status: z.enum(['uploaded', 'dry_run', 'running', 'done', 'failed']),
		error: z.string().nullable(),
		visibility: z.enum(['public', 'members', 'private']),
		headers: z.array(z.string()).meta({ description: 'The header row’s cells, in column order.' }),
		headerRow: z.int().meta({ description: 'The header’s row number as the spreadsheet shows it.' }),
		mapping: z.record(z.enum(IMPORT_FIELDS), z.int()).meta({ description: 'Field → 0-based column.' }),
		totalRows: z.int(),
		doneRows: z.int().meta({ description: 'Rows handled by committed batches (progress).' }),
		validRows: z.int().meta({ description: 'Rows the dry run found ready to import.' }),
		errorRows: z.int(),
		duplicateRows: z.int(),
		createdCount: z.int(),
		errors: z.array(
			z.object({
				row: z.int().meta({ description: 'As the spreadsheet numbers it (the header counts).' }),
				column: z.string().nullable().meta({ example: 'C' }),
				header: z.string().nullable(),
				field: z.enum(IMPORT_FIELDS),
				fieldLabel: z.string(),
				code: z.string().meta({ example: 'unknown_value' }),
				message: z.string()
			})
		),
		duplicates: z.array(
			z.object({
				row: z.int(),
				reason: z.enum(['business_number', 'name_region']),
				otherRow: z.int().optional().meta({ description: 'The earlier row of the same file.' }),
				organizationId: z.uuid().optional().meta({ description: 'The startup already in the catalog.' }),
				name: z.string()
			})
		),
		createdAt: timestamp,
		finishedAt: timestamp.nullable()
	})
	.meta({ id: 'ImportJob' });

const importQuery = z.object({
	centerId: z.uuid().meta({ description: 'The importing center; its managers and admins only.' }),
	dryRun: z.enum(['true', 'false']).default('true'),
	visibility: z.enum(['public', 'members', 'private']).default('members'),
	fileName: z.string().max(255).optional().meta({ description: 'For a raw body.' }),
	mapping: z
		.string()
		.optional()
		.meta({
			description: `JSON field → 0-based column, e.g. \`${mappingExample}\`; default: suggested from the headers. Fields: ${IMPORT_FIELDS.join(', ')}.`
		})
});

const file = z.string().meta({ format: 'binary' });

export const importPaths: ZodOpenApiPathsObject = {
	'/imports/startups': {
		post: {
			operationId: 'importStartups',
			tags: ['Reporting'],
			summary: 'Import startups from CSV or XLSX',
			'x-summary-ko': 'CSV·XLSX로 스타트업 가져오기',
			description:
				'A dry run by default: every error by row and column and every duplicate (same business registration number, or same name and region, in the file or the catalog) and nothing written. With `dryRun=false` the valid rows are imported in batches of 500, each all-or-nothing, stewarded by the center; answers 202 and the job to follow. CSV in UTF-8 (BOM or not), UTF-16 or CP949; XLSX: the first sheet. At most 2.5 MB and 20,000 rows.',
			'x-description-ko':
				'기본은 점검만 합니다: 행·열별 오류와 중복(같은 사업자등록번호, 또는 같은 이름·지역 — 파일 안이나 이미 등록된 기업)을 알려 주고 아무것도 저장하지 않습니다. `dryRun=false`이면 유효한 행을 500행씩 묶어(묶음마다 전부 또는 전무) 센터 관리 기업으로 등록하고, 202와 따라갈 작업을 돌려줍니다.',
			requestParams: { query: importQuery },
			requestBody: {
				required: true,
				content: {
					'text/csv': { schema: file },
					[XLSX]: { schema: file },
					'multipart/form-data': {
						schema: z.object({ file, mapping: z.string().optional().meta({ example: mappingExample }) })
					}
				}
			},
			responses: {
				'200': jsonResponse('The dry run’s report (the job, status `dry_run`).', importJob),
				'202': jsonResponse('The import started; follow `GET /imports/{id}`.', importJob),
				...problems(401, 409),
				'403': problemResponse(403, 'The caller does not manage the center.'),
				'404': problemResponse(404, 'No such center.'),
				'413': problemResponse(413, 'More than 2.5 MB or 20,000 rows.'),
				'415': problemResponse(415, 'Not a CSV or XLSX file (judged from the bytes).'),
				'422': problemResponse(422, 'No usable header, no data rows, unreadable text, or a bad mapping.')
			}
		}
	},
	'/imports/{id}': {
		get: {
			operationId: 'getImport',
			tags: ['Reporting'],
			summary: 'An import job',
			'x-summary-ko': '가져오기 작업',
			description: 'Status, progress (`doneRows` of `totalRows`), counts and the report.',
			'x-description-ko': '상태, 진행(`totalRows` 중 `doneRows`), 건수와 점검 결과.',
			requestParams: { path: idPath },
			responses: {
				'200': jsonResponse('The job.', importJob),
				...problems(401),
				'404': problemResponse(404, 'No such job, or not one of the caller’s centers.')
			}
		}
	}
};
