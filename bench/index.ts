// `npm run bench [-- name…]`: runs every benchmark in bench/ (each file exporting `run()`), or only
// those whose file name contains one of the given names. Benchmarks print; they never fail on timings.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HELPERS = new Set(['index.ts', 'support.ts']);

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
	.filter((f) => f.endsWith('.ts') && !HELPERS.has(f))
	.filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
	.sort();

let ran = 0;
for (const file of files) {
	const mod = (await import(pathToFileURL(path.join(here, file)).href)) as {
		run?: () => Promise<void> | void;
	};
	if (typeof mod.run !== 'function') continue; // a helper module, not a benchmark
	await mod.run();
	ran++;
}
if (ran === 0) console.log(`no benchmark matched ${wanted.join(', ') || '(any)'}`);
