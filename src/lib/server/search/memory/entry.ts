/**
 * Posting entries: a document number and its quantized term impact packed into one integer,
 * `doc * IMPACT_LEVELS + level`, so a posting list is a plain array of numbers V8 keeps unboxed.
 */

export const IMPACT_BITS = 12;
export const IMPACT_LEVELS = 1 << IMPACT_BITS;
export const LEVEL_MASK = IMPACT_LEVELS - 1;

/**
 * Entries are decoded with `>>> IMPACT_BITS`, exact below 2^32: document numbers stay under 2^20.
 * Compaction keeps numbers dense, so this is about a million live documents (then use Meilisearch).
 */
export const MAX_DOCUMENT_NUMBER = 2 ** (32 - IMPACT_BITS) - 1;

export function encodeEntry(n: number, level: number): number {
	return n * IMPACT_LEVELS + level;
}
