/**
 * Small helpers shared by the benchmarks: percentiles, heap measurement and a plain-text table.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | undefined;

/** A full garbage collection, so heap figures measure what is kept, not what is waiting to be freed. */
export function collectGarbage(): void {
	if (!gc) {
		// `npm run bench` runs without --expose-gc; the flag can still be set at run time.
		v8.setFlagsFromString('--expose-gc');
		gc = vm.runInNewContext('gc') as () => void;
	}
	gc();
}

export function heapUsedMb(): number {
	return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** The p-th percentile (nearest rank) of the values. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Prints rows as an aligned table: text left, numbers right. */
export function printTable(rows: readonly Record<string, string>[]): void {
	if (rows.length === 0) return;
	const columns = Object.keys(rows[0]!);
	const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
	const numeric = columns.map((c) => rows.every((r) => /^[\d.,×%/-]+$/.test(r[c] ?? '')));
	const line = (cells: string[]) =>
		cells.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
	console.log(line(columns));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows) console.log(line(columns.map((c) => row[c] ?? '')));
}
