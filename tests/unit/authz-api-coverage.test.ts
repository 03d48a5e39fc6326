import path from 'node:path';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { apiKey, discoverApi } from '../authz/discover-api';
import { apiMatrix } from '../authz/api-matrix';

const keys = (routes: Parameters<typeof apiKey>[0][]) => routes.map(apiKey).sort();

describe('the API authorization matrix', () => {
	const discovered = keys(discoverApi(path.resolve('src/routes')));
	const listed = keys(apiMatrix);

	it('lists every method of every endpoint under /api', () => {
		expect(discovered.filter((k) => !listed.includes(k))).toEqual([]);
	});

	it('lists nothing that no longer exists', () => {
		expect(listed.filter((k) => !discovered.includes(k))).toEqual([]);
	});

	it('lists each endpoint once', () => {
		expect(listed.filter((k, i) => listed.indexOf(k) !== i)).toEqual([]);
	});
});

describe('API discovery', () => {
	// A small routes tree written on the spot, so the reader is tested on what it must recognise.
	const root = mkdtempSync(path.join(tmpdir(), 'authz-api-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const write = (file: string, text: string) => {
		mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		writeFileSync(path.join(root, file), text);
	};
	write(
		'api/v1/things/[id]/+server.ts',
		'export const GET = () => new Response();\nexport async function PATCH() {}\nexport const helper = 1;'
	);
	write('api/[...rest]/+server.ts', 'export const fallback = () => new Response();');
	write('(app)/things/+server.ts', 'export const GET = () => new Response();');

	it('finds the methods of every endpoint under api/ and nothing outside it', () => {
		expect(keys(discoverApi(root))).toEqual([
			'GET /api/v1/things/[id]',
			'PATCH /api/v1/things/[id]',
			'fallback /api/[...rest]'
		]);
	});
});
