import type { oas31 } from 'zod-openapi';
import { fieldRows, refName, resolve, typeLabel, type FieldRow } from './schema-rows';

/*
 * Turns the OpenAPI document into what the reference page shows, so the page renders the generated
 * document and nothing hand-written can drift from it. Pure: no I/O, no SvelteKit.
 */

export type Locale = 'ko' | 'en';
export type Access = 'public' | 'optional' | 'signedIn';

export interface ParameterRow extends FieldRow {
	in: 'path' | 'query' | 'header' | 'cookie';
}

export interface ResponseView {
	status: string;
	description: string;
	contentType?: string;
	/** Set when the body is a problem document, described once on the page. */
	isProblem: boolean;
	schemaName?: string;
	fields: FieldRow[];
	headers: { name: string; description?: string }[];
}

export interface OperationView {
	id: string;
	method: string;
	path: string;
	summary: string;
	description?: string;
	access: Access;
	parameters: ParameterRow[];
	body?: { contentType: string; schemaName?: string; fields: FieldRow[] };
	responses: ResponseView[];
}

export interface ReferenceView {
	title: string;
	version: string;
	description: string;
	baseUrl: string;
	problemFields: FieldRow[];
	groups: { name: string; description?: string; operations: OperationView[] }[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const PROBLEM_TYPE = 'application/problem+json';

/** A translated extension (`x-summary-ko`) when the reader wants Korean and one exists. */
function localized(obj: object, key: 'summary' | 'description' | 'name', locale: Locale): string | undefined {
	const record = obj as Record<string, unknown>;
	const translated = locale === 'ko' ? record[`x-${key}-ko`] : undefined;
	const value = typeof translated === 'string' ? translated : record[key];
	return typeof value === 'string' ? value : undefined;
}

function accessOf(security: oas31.SecurityRequirementObject[] | undefined): Access {
	if (!security || security.length === 0) return 'public';
	return security.some((requirement) => Object.keys(requirement).length === 0) ? 'optional' : 'signedIn';
}

function parameterRows(
	op: oas31.OperationObject,
	components: oas31.ComponentsObject | undefined
): ParameterRow[] {
	return (op.parameters ?? [])
		.filter((p): p is oas31.ParameterObject => 'name' in p)
		.map((p) => {
			const schema = resolve(p.schema, components);
			const [row] = fieldRows({ type: 'object', properties: { [p.name]: p.schema ?? {} } }, components);
			return {
				...row!,
				in: p.in,
				required: p.required === true,
				...((p.description ?? schema.description) ? { description: p.description ?? schema.description } : {})
			};
		})
		.sort((a, b) => (a.in === b.in ? 0 : a.in === 'path' ? -1 : 1));
}

function responseViews(
	op: oas31.OperationObject,
	components: oas31.ComponentsObject | undefined
): ResponseView[] {
	return Object.entries(op.responses ?? {})
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([status, value]) => {
			const response = value as oas31.ResponseObject;
			const [contentType, media] = Object.entries(response.content ?? {})[0] ?? [];
			const isProblem = contentType === PROBLEM_TYPE;
			const schemaName = refName(media?.schema);
			return {
				status,
				description: response.description,
				...(contentType ? { contentType } : {}),
				isProblem,
				...(schemaName ? { schemaName } : {}),
				fields: isProblem || !media?.schema ? [] : fieldRows(media.schema, components),
				headers: Object.entries(response.headers ?? {}).map(([name, h]) => ({
					name,
					...('description' in h && h.description ? { description: h.description } : {})
				}))
			};
		});
}

function operationView(
	doc: oas31.OpenAPIObject,
	path: string,
	method: (typeof METHODS)[number],
	op: oas31.OperationObject,
	locale: Locale
): OperationView {
	const components = doc.components;
	const body =
		op.requestBody && 'content' in op.requestBody ? Object.entries(op.requestBody.content)[0] : undefined;
	const description = localized(op, 'description', locale);
	return {
		id: op.operationId ?? `${method}-${path.replace(/[^a-z0-9]+/gi, '-')}`,
		method: method.toUpperCase(),
		path: (doc.servers?.[0]?.url ?? '') + path,
		summary: localized(op, 'summary', locale) ?? '',
		...(description ? { description } : {}),
		access: accessOf(op.security ?? doc.security),
		parameters: parameterRows(op, components),
		...(body
			? {
					body: {
						contentType: body[0],
						...(refName(body[1].schema) ? { schemaName: refName(body[1].schema) } : {}),
						fields: resolve(body[1].schema, components).properties
							? fieldRows(body[1].schema, components)
							: [
									{
										name: '(body)',
										type: typeLabel(body[1].schema, components),
										required: true,
										constraints: []
									}
								]
					}
				}
			: {}),
		responses: responseViews(op, components)
	};
}

/** The reference page's content, operations grouped by their first tag in the document's tag order. */
export function describeReference(doc: oas31.OpenAPIObject, locale: Locale): ReferenceView {
	const groups = new Map<string, ReferenceView['groups'][number]>();
	for (const tag of doc.tags ?? []) {
		const description = localized(tag, 'description', locale);
		groups.set(tag.name, {
			name: localized(tag, 'name', locale) ?? tag.name,
			...(description ? { description } : {}),
			operations: []
		});
	}
	for (const [path, item] of Object.entries(doc.paths ?? {})) {
		for (const method of METHODS) {
			const op = item[method];
			if (!op) continue;
			const tag = op.tags?.[0] ?? 'Other';
			if (!groups.has(tag)) groups.set(tag, { name: tag, operations: [] });
			groups.get(tag)!.operations.push(operationView(doc, path, method, op, locale));
		}
	}
	return {
		title: doc.info.title,
		version: doc.info.version,
		description: localized(doc.info, 'description', locale) ?? '',
		baseUrl: doc.servers?.[0]?.url ?? '',
		problemFields: fieldRows(doc.components?.schemas?.Problem, doc.components),
		groups: [...groups.values()].filter((g) => g.operations.length > 0)
	};
}
