// `npm run search:reindex`: rebuilds the search index from Postgres, with a progress bar on stderr.
//
// With Meilisearch (MEILI_URL) this rebuilds the shared index in place; searches keep working and the
// server's outbox worker catches up with anything that changes meanwhile. With the embedded engine
// the index lives inside the server process, which rebuilds it at every start: this command can only
// check that an index builds from the database, and says so.
import { config, ConfigError } from '../config';
import { openDatabase } from '../db/index';
import { EmbeddedSearchEngine } from './embedded';
import { createSearchEngine, reindexAll } from './index';
import { progressBar } from './progress';

let cfg;
try {
	cfg = config();
} catch (e) {
	if (!(e instanceof ConfigError)) throw e;
	console.error(`search:reindex: ${e.message}`);
	process.exit(1);
}

const embedded = !cfg.meili;
if (embedded) {
	console.error(
		'The embedded search engine keeps its index in the server process, which rebuilds it from the ' +
			'database at every start; there is nothing to rebuild from here. Checking that the index builds…'
	);
	if (cfg.database === 'pglite') {
		console.error(
			`(reading the embedded database in ${cfg.dataDir}: stop a running server first, PGlite allows one process)`
		);
	}
}

const handle = await openDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
const bar = progressBar();
const started = Date.now();
let failed = false;
try {
	const engine = embedded ? new EmbeddedSearchEngine() : createSearchEngine(cfg);
	const counts = await reindexAll(
		handle.db,
		engine,
		({ index, done, total }) => bar.update(index, done, total),
		{
			requeueChanges: !embedded
		}
	);
	bar.finish();
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	const summary = `${counts.startups} startups, ${counts.challenges} challenges in ${seconds} s`;
	console.log(
		embedded ? `ok: the embedded index builds (${summary})` : `reindexed ${engine.kind}: ${summary}`
	);
} catch (e) {
	bar.finish();
	console.error(`search:reindex failed: ${e instanceof Error ? e.message : String(e)}`);
	failed = true;
} finally {
	await handle.close();
}
process.exit(failed ? 1 : 0);
