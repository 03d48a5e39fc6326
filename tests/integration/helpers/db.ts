import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase, type DatabaseHandle } from '../../../src/lib/server/db/index';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';

/**
 * A freshly migrated database of its own for one test file: a new database on DATABASE_URL's server
 * when that is set (CI runs the suite on Postgres), else an in-memory PGlite.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
	const serverUrl = process.env.DATABASE_URL;
	if (!serverUrl) {
		const handle = await openDatabase({ dataDir: 'memory://' });
		await migrateToLatest(handle.db);
		return handle;
	}
	const name = `innomatch_t_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ url: url.toString(), dataDir: 'unused' });
	await migrateToLatest(handle.db);
	return {
		...handle,
		async close() {
			await handle.close();
			const drop = new pg.Client({ connectionString: serverUrl });
			await drop.connect();
			await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await drop.end();
		}
	};
}
