import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// String-built SQL is how injections happen; the only raw SQL is migration files (see migrate.ts).
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.object.name='sql'][callee.property.name='raw']",
					message: 'sql.raw is banned: use sql`` with parameters.'
				}
			]
		}
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
