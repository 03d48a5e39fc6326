import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * What the site answers outside /api: every page, every layout with a server load, every form action
 * and every method of a `+server.ts`, read from the files in `src/routes`. The coverage test compares
 * this with the matrix so that a new route cannot ship without a declared rule.
 */

export type RouteKind = 'page' | 'layout' | 'action' | 'endpoint';

export interface DiscoveredRoute {
	kind: RouteKind;
	/** The URL pattern, e.g. `/challenges/[id]`; layout groups such as `(app)` are left out. */
	route: string;
	/** The action's name (`default` for the default action) or the endpoint's HTTP method. */
	name?: string;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'fallback']);

/** `src/routes/(app)/a/[id]` → `/a/[id]`. */
function routeOf(routesDir: string, dir: string): string {
	const parts = path
		.relative(routesDir, dir)
		.split(path.sep)
		.filter((p) => p && !/^\(.*\)$/.test(p));
	return `/${parts.join('/')}`;
}

function parse(file: string): ts.SourceFile {
	return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

const isExported = (node: ts.Node) =>
	ts.canHaveModifiers(node) &&
	(ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Strips `satisfies`, `as` and parentheses around an initializer. */
function unwrap(node: ts.Expression): ts.Expression {
	while (ts.isSatisfiesExpression(node) || ts.isAsExpression(node) || ts.isParenthesizedExpression(node))
		node = node.expression;
	return node;
}

/** Names exported by `export const X = …` and `export function X`, with their initializers. */
function exportsOf(file: string): Map<string, ts.Expression | undefined> {
	const found = new Map<string, ts.Expression | undefined>();
	for (const statement of parse(file).statements) {
		if (!isExported(statement)) continue;
		if (ts.isFunctionDeclaration(statement) && statement.name) found.set(statement.name.text, undefined);
		if (ts.isVariableStatement(statement))
			for (const d of statement.declarationList.declarations)
				if (ts.isIdentifier(d.name)) found.set(d.name.text, d.initializer && unwrap(d.initializer));
	}
	return found;
}

/** The keys of `export const actions = { … }`; anything else there is an error, not a guess. */
export function actionNames(file: string): string[] {
	const actions = exportsOf(file).get('actions');
	if (!actions) return [];
	if (!ts.isObjectLiteralExpression(actions))
		throw new Error(`${file}: actions is not an object literal; list its names by hand`);
	return actions.properties.map((p) => {
		if (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) return p.name.text;
		throw new Error(`${file}: cannot read an action name (${p.getText()})`);
	});
}

/** The HTTP methods a `+server.ts` exports. */
export function endpointMethods(file: string): string[] {
	return [...exportsOf(file).keys()].filter((name) => METHODS.has(name));
}

/** Every page, layout load, action and endpoint method under `routesDir`, skipping `api/`. */
export function discoverRoutes(routesDir = path.resolve('src/routes')): DiscoveredRoute[] {
	const found: DiscoveredRoute[] = [];
	const walk = (dir: string) => {
		const names = readdirSync(dir).sort();
		const route = routeOf(routesDir, dir);
		if (names.includes('+page.svelte')) found.push({ kind: 'page', route });
		if (names.includes('+layout.server.ts')) found.push({ kind: 'layout', route });
		if (names.includes('+page.server.ts'))
			for (const name of actionNames(path.join(dir, '+page.server.ts')))
				found.push({ kind: 'action', route, name });
		if (names.includes('+server.ts'))
			for (const name of endpointMethods(path.join(dir, '+server.ts')))
				found.push({ kind: 'endpoint', route, name });
		for (const name of names) {
			const child = path.join(dir, name);
			if (statSync(child).isDirectory() && !(dir === routesDir && name === 'api')) walk(child);
		}
	};
	walk(routesDir);
	return found;
}

/** One line per route, as the coverage test and its failure messages name them. */
export function routeKey(r: { kind: RouteKind; route: string; name?: string }): string {
	return r.name ? `${r.kind} ${r.route} ${r.name}` : `${r.kind} ${r.route}`;
}
