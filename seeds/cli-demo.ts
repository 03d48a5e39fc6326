// `npm run seed:demo`: loads the demo world into the configured database (idempotent).
import { config } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/index';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { loadDemoData } from './demo';

const cfg = config();
const handle = await openDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
	await migrateToLatest(handle.db);
	const { created } = await loadDemoData(handle.db);
	console.log(created ? 'demo data loaded' : 'demo data was already there');
} finally {
	await handle.close();
}
