/**
 * Splits a SQL script into statements. PGlite's extended-protocol `query` runs one statement at a
 * time, so migration files are split here rather than relying on the simple protocol. Knows about
 * quoted strings, quoted identifiers, dollar-quoted bodies and both comment styles, so semicolons
 * inside any of those do not split.
 */
export function splitSqlStatements(script: string): string[] {
	const statements: string[] = [];
	let start = 0;
	let i = 0;
	const n = script.length;
	while (i < n) {
		const c = script[i]!;
		const next = script[i + 1];
		if (c === '-' && next === '-') {
			const end = script.indexOf('\n', i);
			i = end === -1 ? n : end + 1;
		} else if (c === '/' && next === '*') {
			const end = script.indexOf('*/', i + 2);
			i = end === -1 ? n : end + 2;
		} else if (c === "'" || c === '"') {
			i = skipQuoted(script, i, c);
		} else if (c === '$') {
			const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(i, i + 64))?.[0];
			if (tag) {
				const end = script.indexOf(tag, i + tag.length);
				i = end === -1 ? n : end + tag.length;
			} else i++;
		} else if (c === ';') {
			pushStatement(statements, script.slice(start, i));
			start = i + 1;
			i++;
		} else i++;
	}
	pushStatement(statements, script.slice(start));
	return statements;
}

function skipQuoted(script: string, from: number, quote: string): number {
	let i = from + 1;
	while (i < script.length) {
		if (script[i] === quote) {
			if (script[i + 1] === quote)
				i += 2; // doubled quote is an escaped quote
			else return i + 1;
		} else i++;
	}
	return i;
}

function pushStatement(statements: string[], text: string) {
	const withoutComments = text.replace(/--[^\n]*\n?/g, '').trim();
	if (withoutComments.length > 0) statements.push(text.trim());
}
