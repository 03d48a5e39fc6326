/**
 * Bounded edit distance for typo tolerance: optimal string alignment (Levenshtein plus adjacent
 * transpositions, so `logsitics` is one typo away from `logistics`), giving up as soon as the bound
 * is exceeded. Words here are short, so a plain dynamic program is fast enough.
 */

const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function ensureRows(width: number): void {
	if (rows[0]!.length > width) return;
	for (let i = 0; i < 3; i++) rows[i] = new Int32Array(width * 2);
}

/**
 * The distance between `query` and `term` when it is at most `max`, else `max + 1`. With
 * `asPrefix`, the distance between `query` and the closest prefix of `term` (search as you type).
 */
export function boundedDistance(query: string, term: string, max: number, asPrefix = false): number {
	const n = query.length;
	const m = term.length;
	if (!asPrefix && Math.abs(n - m) > max) return max + 1;
	if (asPrefix && m < n - max) return max + 1;
	ensureRows(m + 1);
	// rows hold D[i-2], D[i-1], D[i] over the term's prefixes j = 0..m
	let before = rows[0]!;
	let previous = rows[1]!;
	let current = rows[2]!;
	for (let j = 0; j <= m; j++) previous[j] = j;
	for (let i = 1; i <= n; i++) {
		current[0] = i;
		let rowMin = i;
		const qc = query.charCodeAt(i - 1);
		for (let j = 1; j <= m; j++) {
			const tc = term.charCodeAt(j - 1);
			const cost = qc === tc ? 0 : 1;
			let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && qc === term.charCodeAt(j - 2) && query.charCodeAt(i - 2) === tc) {
				d = Math.min(d, before[j - 2]! + 1);
			}
			current[j] = d;
			if (d < rowMin) rowMin = d;
		}
		if (rowMin > max) return max + 1;
		const spare = before;
		before = previous;
		previous = current;
		current = spare;
	}
	if (!asPrefix) return Math.min(previous[m]!, max + 1);
	let best = max + 1;
	for (let j = Math.max(0, n - max); j <= m; j++) best = Math.min(best, previous[j]!);
	return best;
}
