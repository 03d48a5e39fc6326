import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { CLIENT_QUERY_BANS, SQL_BANS } from '../../eslint.config.js';

// The lint bans on string-built SQL must keep firing: each sample below is an injection waiting to
// happen and must be reported; the safe forms next to them must not be.

const eslint = new ESLint({
	overrideConfigFile: true,
	overrideConfig: [
		{
			languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
			rules: { 'no-restricted-syntax': ['error', ...SQL_BANS, ...CLIENT_QUERY_BANS] }
		}
	]
});

async function problems(code: string): Promise<number> {
	const [result] = await eslint.lintText(code);
	return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
}

describe('string-built SQL is a lint error', () => {
	it.each([
		['sql.raw', 'sql.raw(`select * from users where name = ${name}`);'],
		['sql.raw with a constant', "sql.raw('select 1');"],
		['sql.lit from a template', 'sql.lit(`${value}`);'],
		['sql.lit by concatenation', "sql.lit('a' + value);"],
		['sql.ref from a template', 'sql.ref(`${table}.id`);'],
		['CompiledQuery.raw', 'CompiledQuery.raw(text);'],
		['a pg query from a template', 'client.query(`select * from t where id = ${id}`);'],
		['a pg query by concatenation', "client.query('select * from t where id = ' + id);"]
	])('reports %s', async (_name, code) => {
		expect(await problems(code)).toBe(1);
	});

	it.each([
		['a parameterized sql tag', 'sql`select * from users where name = ${name}`;'],
		['sql.lit of a constant', 'sql.lit(1);'],
		['sql.id of parts', "sql.id(alias, 'home_center_id');"],
		['a pg query with parameters', "client.query('select * from t where id = $1', [id]);"]
	])('allows %s', async (_name, code) => {
		expect(await problems(code)).toBe(0);
	});
});
