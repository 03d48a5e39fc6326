// Regenerates src/lib/server/db/schema.ts from the migrations (or, with --verify, fails when the
// committed file is stale). Needs a PostgreSQL server: DATABASE_URL's, else the local one.
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { openDatabase } from '../src/lib/server/db/index';
import { migrateToLatest } from '../src/lib/server/db/migrate';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const verify = process.argv.includes('--verify');
const dbName = `innomatch_codegen_${process.pid}`;

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(serverUrl);
url.pathname = `/${dbName}`;
let failed = false;
try {
	const handle = await openDatabase({ url: url.toString(), dataDir: 'unused' });
	await migrateToLatest(handle.db);
	await handle.close();
	try {
		execFileSync(
			'kysely-codegen',
			[
				'--dialect=postgres',
				`--url=${url.toString()}`,
				'--camel-case',
				'--out-file=src/lib/server/db/schema.ts',
				'--type-mapping={"int8":"number"}',
				'--exclude-pattern=kysely_*',
				...(verify ? ['--verify'] : [])
			],
			{ stdio: 'inherit' }
		);
	} catch {
		failed = true;
	}
} finally {
	await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
	await admin.end();
}
if (failed) {
	console.error(verify ? 'schema.ts is stale: run `npm run db:codegen` and commit it.' : 'codegen failed');
	process.exit(1);
}
