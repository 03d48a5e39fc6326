import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { base, call } from './client';

const V1 = fileURLToPath(new URL('../../../src/routes/api/v1', import.meta.url));
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every +server.ts under the v1 routes, as its OpenAPI path and the methods it exports. */
function endpoints(dir = V1): { path: string; methods: string[]; file: string }[] {
	const found: { path: string; methods: string[]; file: string }[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) found.push(...endpoints(full));
		else if (entry.name === '+server.ts' || entry.name === '+server.js') {
			const source = readFileSync(full, 'utf8');
			const methods = METHODS.filter((m) =>
				new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b`).test(source)
			);
			found.push({ path: openApiPath(path.relative(V1, dir)), methods, file: path.relative(V1, full) });
		}
	}
	return found;
}

/** `tokens/[id]` → `/tokens/{id}`; `calendar/[feedToken].ics` → `/calendar/{feedToken}.ics`; groups vanish. */
function openApiPath(relative: string): string {
	const segments = relative
		.split(path.sep)
		.filter((s) => s !== '' && !/^\(.*\)$/.test(s))
		.map((s) => s.replace(/\[\[?(?:\.\.\.)?([^\]=]+)(?:=[^\]]+)?\]\]?/g, '{$1}'));
	return `/${segments.join('/')}`;
}

let doc: { openapi: string; servers?: { url: string }[]; paths: Record<string, Record<string, unknown>> };

beforeAll(async () => {
	const res = await call('/openapi.json');
	expect(res.status).toBe(200);
	expect(res.headers.get('content-type')).toMatch(/^application\/json/);
	doc = JSON.parse(await res.text());
});

describe('GET /api/v1/openapi.json', () => {
	it('is an OpenAPI 3.1 document rooted at /api/v1', () => {
		expect(doc.openapi).toMatch(/^3\.1\./);
		expect(doc.servers?.[0]?.url).toBe('/api/v1');
	});

	it('has a path for every endpoint under src/routes/api/v1, with each exported method', () => {
		const found = endpoints();
		expect(found.length).toBeGreaterThanOrEqual(7);
		const missing = found.flatMap((e) =>
			!doc.paths[e.path]
				? [`${e.path} (${e.file})`]
				: e.methods.filter((m) => !doc.paths[e.path]![m.toLowerCase()]).map((m) => `${m} ${e.path}`)
		);
		expect(missing, 'undocumented endpoints').toEqual([]);
	});

	it('documents errors as problem documents and the bearer scheme', () => {
		const text = JSON.stringify(doc);
		expect(text).toContain('application/problem+json');
		expect(text).toContain('"scheme":"bearer"');
	});
});

describe('the API reference page', () => {
	it('renders every documented operation', async () => {
		const res = await fetch(`${base}/api/docs`, { headers: { 'accept-language': 'en' } });
		expect(res.status).toBe(200);
		const html = await res.text();
		for (const [p, item] of Object.entries(doc.paths)) {
			for (const method of Object.keys(item).filter((k) =>
				METHODS.includes(k.toUpperCase() as (typeof METHODS)[number])
			)) {
				const op = item[method] as { operationId?: string };
				expect(html, `${method} ${p}`).toContain(`/api/v1${p}`);
				if (op.operationId) expect(html).toContain(`id="${op.operationId}"`);
			}
		}
	});
});
