// `npm run db:migrate`: applies pending migrations to the configured database (PGlite or DATABASE_URL).
import { config } from '../config';
import { openDatabase } from './index';
import { migrateToLatest } from './migrate';

const cfg = config();
const handle = await openDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
	const result = await migrateToLatest(handle.db);
	const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
	console.log(applied.length ? `applied: ${applied.join(', ')}` : `${handle.kind}: already up to date`);
} finally {
	await handle.close();
}
