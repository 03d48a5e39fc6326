import { describe, expect, it } from 'vitest';
import { splitSqlStatements } from '../../src/lib/server/db/sql-split';

describe('splitSqlStatements', () => {
	it('splits on semicolons between statements', () => {
		expect(splitSqlStatements('CREATE TABLE a (x int);\nCREATE TABLE b (y int);')).toEqual([
			'CREATE TABLE a (x int)',
			'CREATE TABLE b (y int)'
		]);
	});

	it('keeps semicolons inside strings, identifiers, dollar quotes and comments', () => {
		const script = [
			"INSERT INTO t VALUES ('a;b', 'it''s; fine');",
			'CREATE TABLE "odd;name" (x int);',
			'CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;',
			'-- a comment; with a semicolon',
			'/* block; comment */ SELECT 2;'
		].join('\n');
		const statements = splitSqlStatements(script);
		expect(statements).toHaveLength(4);
		expect(statements[0]).toContain("'it''s; fine'");
		expect(statements[1]).toContain('"odd;name"');
		expect(statements[2]).toContain('SELECT 1; $body$');
		expect(statements[3]).toContain('SELECT 2');
	});

	it('drops empty and comment-only pieces', () => {
		expect(splitSqlStatements(';;\n-- only a comment\n')).toEqual([]);
	});
});
