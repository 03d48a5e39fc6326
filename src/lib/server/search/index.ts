/**
 * The search engine of this process: Meilisearch when configured (MEILI_URL), else the embedded one.
 * With the embedded engine the index lives in memory, so the server rebuilds it at start with
 * reindexAll(); Meilisearch keeps its index and follows the outbox.
 */
import type { Config } from '../config';
import { EmbeddedSearchEngine } from './embedded';
import { MeilisearchEngine } from './meilisearch';
import type { SearchEngine } from './port';

export { reindexAll, type ReindexProgress } from './reindex';
export { drainOutbox, enqueueSearchUpdate, startOutboxWorker } from './outbox';
export type { SearchEngine } from './port';

/** The adapter the configuration asks for. */
export function createSearchEngine(config: Pick<Config, 'meili'>): SearchEngine {
	if (config.meili) return new MeilisearchEngine({ host: config.meili.url, apiKey: config.meili.key });
	return new EmbeddedSearchEngine();
}
