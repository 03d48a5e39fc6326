import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The SQL bans live in eslint.config.js; this proves each still fires on the code it is meant for
// (so a config edit cannot silently drop one) and stays quiet on the safe forms the app uses.

const eslint = new ESLint({ cwd: process.cwd() });

async function bansIn(code: string): Promise<string[]> {
	// A .js path: the bans apply there too, and no type-aware parsing (slow) is needed.
	const [result] = await eslint.lintText(code, { filePath: 'src/lib/server/lint-sample.js' });
	return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('the ban on string-built SQL', () => {
	it.each([
		['sql.raw with a variable', 'sql.raw(userInput);'],
		['sql.raw with a literal', "sql.raw('select 1');"],
		['sql.lit built in a template', 'sql.lit(`${userInput}`);'],
		['sql.lit built by concatenation', "sql.lit('a' + userInput);"],
		['sql.ref built in a template', 'sql.ref(`users.${column}`);'],
		['CompiledQuery.raw', 'CompiledQuery.raw(text);'],
		['a pg query built in a template', 'client.query(`select * from users where id = ${id}`);'],
		['a pg query built by concatenation', "pool.query('select * from users where id = ' + id);"]
	])('reports %s', async (_name, code) => {
		expect(
			await bansIn(`/* global sql, CompiledQuery, client, pool, userInput, column, text, id */\n${code}`)
		).toHaveLength(1);
	});

	it('allows parameters and constant literals', async () => {
		const safe = [
			'/* global sql, client, id */',
			'sql`select * from users where id = ${id}`;',
			"sql.lit('Asia/Seoul');",
			'sql.lit(1);',
			"client.query('select * from users where id = $1', [id]);",
			'client.query(`select 1`);'
		].join('\n');
		expect(await bansIn(safe)).toEqual([]);
	});
});
