import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * String-built SQL is banned: every value reaches Postgres as a parameter of Kysely's sql`` tag or its
 * query builder. tests/unit/sql-lint.test.ts proves each ban still fires.
 */
export const SQL_BANS = [
	{
		selector: "CallExpression[callee.object.name='sql'][callee.property.name='raw']",
		message: 'sql.raw is banned: use sql`` with parameters.'
	},
	{
		selector:
			"CallExpression[callee.object.name='sql'][callee.property.name=/^(lit|id|table|ref)$/][arguments.0.type='TemplateLiteral'][arguments.0.expressions.length>0]",
		message: 'No string-built identifiers or literals: pass a constant, or a value as a parameter.'
	},
	{
		selector:
			"CallExpression[callee.object.name='sql'][callee.property.name='lit'][arguments.0.type='BinaryExpression']",
		message: 'No string-built literals: pass the value as a parameter of sql``.'
	},
	{
		selector: "CallExpression[callee.object.name='CompiledQuery'][callee.property.name='raw']",
		message: 'CompiledQuery.raw is banned: build the query with Kysely.'
	}
];

/** pg clients' own query(): in the app every value is a $n parameter, never part of the text. */
export const CLIENT_QUERY_BANS = [
	{
		selector:
			"CallExpression[callee.property.name=/^(query|exec)$/][arguments.0.type='TemplateLiteral'][arguments.0.expressions.length>0]",
		message: 'No SQL built in a template string: pass values as parameters ($1, $2 …).'
	},
	{
		selector:
			"CallExpression[callee.property.name=/^(query|exec)$/][arguments.0.type='BinaryExpression'][arguments.0.operator='+']",
		message: 'No SQL built by concatenation: pass values as parameters ($1, $2 …).'
	}
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'data/',
			'src/lib/paraglide/',
			'src/lib/server/db/schema.ts',
			'test-results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			// A database write whose promise is never awaited fails silently: forbid it.
			'@typescript-eslint/no-floating-promises': 'error',
			// The app has no `paths.base`, so plain hrefs are already correct; resolve() would add noise.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		// String-built SQL is how injections happen; the only raw SQL is migration files (see migrate.ts).
		files: ['**/*.ts', '**/*.svelte', '**/*.js', '**/*.cjs'],
		rules: { 'no-restricted-syntax': ['error', ...SQL_BANS, ...CLIENT_QUERY_BANS] }
	},
	{
		// Test and tooling harnesses create and drop databases by generated names (CREATE DATABASE takes no
		// parameters); Kysely's raw escapes stay banned there too.
		files: ['tests/**', 'scripts/**', 'bench/**'],
		rules: { 'no-restricted-syntax': ['error', ...SQL_BANS] }
	},
	{
		files: ['**/*.js', '**/*.cjs'],
		...ts.configs.disableTypeChecked
	},
	{
		files: ['scripts/preflight.cjs'],
		rules: { '@typescript-eslint/no-require-imports': 'off' }
	}
);
