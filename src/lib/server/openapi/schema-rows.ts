import type { oas31 } from 'zod-openapi';

/** One line of a field table: a (dotted) name, a readable type, and its limits. */
export interface FieldRow {
	name: string;
	type: string;
	required: boolean;
	description?: string;
	/** Limits in a fixed vocabulary, worded by the page in the reader's language. */
	constraints: Constraint[];
}

export type Constraint =
	| { kind: 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'minItems' | 'maxItems'; value: number }
	| { kind: 'default'; value: string }
	| { kind: 'pattern'; value: string };

type Schema = oas31.SchemaObject | oas31.ReferenceObject;
type Components = oas31.ComponentsObject | undefined;

/** Nested objects are unfolded this deep; deeper ones show as `object`. */
const MAX_DEPTH = 4;

export function resolve(schema: Schema | undefined, components: Components): oas31.SchemaObject {
	if (!schema) return {};
	if ('$ref' in schema && typeof schema.$ref === 'string') {
		const name = schema.$ref.replace('#/components/schemas/', '');
		return resolve(components?.schemas?.[name], components);
	}
	return schema as oas31.SchemaObject;
}

/** The schema's name when it is a reference to a component, for links and labels. */
export function refName(schema: Schema | undefined): string | undefined {
	return schema && '$ref' in schema && typeof schema.$ref === 'string'
		? schema.$ref.split('/').pop()
		: undefined;
}

/** A type as a developer would write it: `string (email)`, `"ko" | "en"`, `Organization[]`, `string | null`. */
export function typeLabel(schema: Schema | undefined, components: Components): string {
	const s = resolve(schema, components);
	if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
	if (s.const !== undefined) return JSON.stringify(s.const);
	const variants = s.anyOf ?? s.oneOf;
	if (variants) return variants.map((v) => typeLabel(v, components)).join(' | ');
	const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
	if (types.length === 0) return 'any';
	return types
		.map((type) => {
			if (type === 'array') {
				const item = refName(s.items) ?? typeLabel(s.items, components);
				return item.includes(' ') ? `(${item})[]` : `${item}[]`;
			}
			if (type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object') {
				return `Record<string, ${typeLabel(s.additionalProperties, components)}>`;
			}
			return s.format && type === 'string' ? `string (${s.format})` : type;
		})
		.join(' | ');
}

function constraintsOf(s: oas31.SchemaObject): Constraint[] {
	const out: Constraint[] = [];
	for (const kind of ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'] as const) {
		const value = s[kind];
		// A minimum length of 1 is what "required" already says.
		if (typeof value === 'number' && !(kind === 'minLength' && value === 1)) out.push({ kind, value });
	}
	if (s.default !== undefined) out.push({ kind: 'default', value: JSON.stringify(s.default) });
	if (s.pattern) out.push({ kind: 'pattern', value: s.pattern });
	return out;
}

/** The object inside `T | null`, or the items of an array of objects, to unfold into child rows. */
function unfoldable(
	s: oas31.SchemaObject,
	components: Components
): { schema: oas31.SchemaObject; suffix: string } | undefined {
	const variants = (s.anyOf ?? s.oneOf)?.map((v) => resolve(v, components)).filter((v) => v.type !== 'null');
	if (variants?.length === 1) return unfoldable(variants[0]!, components);
	if (s.properties) return { schema: s, suffix: '.' };
	if (s.type === 'array' || (Array.isArray(s.type) && s.type.includes('array'))) {
		const items = resolve(s.items, components);
		if (items.properties) return { schema: items, suffix: '[].' };
	}
	return undefined;
}

/** The rows of an object schema, nested fields as `user.name` and `hits[].id`. */
export function fieldRows(
	schema: Schema | undefined,
	components: Components,
	prefix = '',
	depth = 0
): FieldRow[] {
	const s = resolve(schema, components);
	const required = new Set(s.required ?? []);
	const rows: FieldRow[] = [];
	for (const [name, property] of Object.entries(s.properties ?? {})) {
		const p = resolve(property, components);
		const description = ('description' in property ? property.description : undefined) ?? p.description;
		rows.push({
			name: prefix + name,
			type: typeLabel(property, components),
			required: required.has(name),
			...(description ? { description } : {}),
			constraints: constraintsOf(p)
		});
		const inner = depth < MAX_DEPTH ? unfoldable(p, components) : undefined;
		if (inner) rows.push(...fieldRows(inner.schema, components, prefix + name + inner.suffix, depth + 1));
	}
	return rows;
}
