import { describe, expect, it } from 'vitest';
import { openApiDocument } from '$lib/server/openapi/document';
import { describeReference, type OperationView } from '$lib/server/openapi/reference';
import { codeSpans } from '../../src/routes/api/docs/code-spans';

function operation(locale: 'ko' | 'en', id: string): OperationView {
	const op = describeReference(openApiDocument(), locale)
		.groups.flatMap((g) => g.operations)
		.find((o) => o.id === id);
	if (!op) throw new Error(`no operation ${id}`);
	return op;
}

describe('the OpenAPI document', () => {
	it('is OpenAPI 3.1 with bearer auth and a problem schema', () => {
		const doc = openApiDocument();
		expect(doc.openapi).toBe('3.1.0');
		expect(doc.components?.securitySchemes?.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
		expect(doc.components?.schemas?.Problem).toBeDefined();
	});

	it('documents a normalised email as an email, without zod’s regex', () => {
		const input = openApiDocument().components?.schemas?.SignUpInput as {
			properties: Record<string, Record<string, unknown>>;
		};
		expect(input.properties.email).toMatchObject({ type: 'string', format: 'email', maxLength: 254 });
		expect(input.properties.email).not.toHaveProperty('pattern');
	});
});

describe('the reference view', () => {
	it('lists the sign-up body fields with their required flags and limits', () => {
		const op = operation('en', 'createUser');
		expect(op.method).toBe('POST');
		expect(op.path).toBe('/api/v1/users');
		expect(op.access).toBe('public');
		const fields = Object.fromEntries(op.body!.fields.map((f) => [f.name, f]));
		expect(fields.email).toMatchObject({ required: true, type: 'string (email)' });
		expect(fields.locale).toMatchObject({ required: false, type: '"ko" | "en"' });
		expect(fields.name!.constraints).toContainEqual({ kind: 'maxLength', value: 100 });
	});

	it('marks error responses as problem documents and keeps success bodies', () => {
		const op = operation('en', 'createUser');
		const byStatus = Object.fromEntries(op.responses.map((r) => [r.status, r]));
		expect(byStatus['201']).toMatchObject({ isProblem: false, schemaName: 'CreatedUser' });
		expect(byStatus['409']).toMatchObject({ isProblem: true, fields: [] });
		expect(byStatus['429']!.headers.map((h) => h.name)).toEqual(['retry-after']);
	});

	it('unfolds nested response fields with dotted names', () => {
		const names = operation('en', 'getMe')
			.responses.find((r) => r.status === '200')!
			.fields.map((f) => f.name);
		expect(names).toEqual(
			expect.arrayContaining(['user.email', 'memberships[].organization.id', 'memberships[].role'])
		);
	});

	it('shows query parameters with their defaults, and optional access for lists', () => {
		const op = operation('en', 'listOrganizations');
		expect(op.access).toBe('optional');
		const limit = op.parameters.find((p) => p.name === 'limit')!;
		expect(limit).toMatchObject({ in: 'query', required: false });
		expect(limit.constraints).toEqual(
			expect.arrayContaining([
				{ kind: 'maximum', value: 100 },
				{ kind: 'default', value: '20' }
			])
		);
		expect(operation('en', 'revokeToken').parameters[0]).toMatchObject({
			name: 'id',
			in: 'path',
			required: true
		});
	});

	it('speaks Korean where the document has a translation', () => {
		expect(operation('ko', 'createUser').summary).toBe('회원 가입');
		expect(operation('en', 'createUser').summary).toBe('Sign up');
		expect(describeReference(openApiDocument(), 'ko').groups[0]!.name).toBe('계정');
	});
});

describe('codeSpans', () => {
	it('splits backticked code from text', () => {
		expect(codeSpans('Send `page` and `limit`.')).toEqual([
			{ text: 'Send ', code: false },
			{ text: 'page', code: true },
			{ text: ' and ', code: false },
			{ text: 'limit', code: true },
			{ text: '.', code: false }
		]);
	});
});
