import path from 'node:path';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverRoutes, routeKey } from '../authz/discover-pages';
import { pageMatrix } from '../authz/page-matrix';

const keys = (routes: Parameters<typeof routeKey>[0][]) => routes.map(routeKey).sort();

describe('the page authorization matrix', () => {
	const discovered = keys(discoverRoutes(path.resolve('src/routes')));
	const listed = keys(pageMatrix);

	it('lists every page, layout load, form action and endpoint outside /api', () => {
		expect(discovered.filter((k) => !listed.includes(k))).toEqual([]);
	});

	it('lists nothing that no longer exists', () => {
		expect(listed.filter((k) => !discovered.includes(k))).toEqual([]);
	});

	it('lists each route once', () => {
		expect(listed.filter((k, i) => listed.indexOf(k) !== i)).toEqual([]);
	});
});

describe('route discovery', () => {
	// A small routes tree written on the spot, so the reader is tested on what it must recognise.
	const root = mkdtempSync(path.join(tmpdir(), 'authz-routes-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const write = (file: string, text: string) => {
		mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		writeFileSync(path.join(root, file), text);
	};
	write('(app)/things/[id]/+page.svelte', '<p>thing</p>');
	write(
		'(app)/things/[id]/+page.server.ts',
		`export const load = () => ({});
export const actions = { default: async () => {}, 'rename': async () => {}, archive } satisfies Actions;`
	);
	write('things/[id]/+layout.server.ts', 'export const load = () => ({});');
	write(
		'feed/+server.ts',
		'export const GET = () => new Response();\nexport async function POST() {}\nexport const helper = 1;'
	);
	write('api/v1/hidden/+server.ts', 'export const GET = () => new Response();');

	it('finds pages without their layout groups, actions by name, layouts and endpoint methods', () => {
		expect(keys(discoverRoutes(root))).toEqual([
			'action /things/[id] archive',
			'action /things/[id] default',
			'action /things/[id] rename',
			'endpoint /feed GET',
			'endpoint /feed POST',
			'layout /things/[id]',
			'page /things/[id]'
		]);
	});

	it('refuses actions it cannot read rather than missing some', () => {
		write('odd/+page.server.ts', 'export const actions = makeActions();');
		expect(() => discoverRoutes(root)).toThrow(/not an object literal/);
	});
});
