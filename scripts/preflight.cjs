// Runs before every npm script. Kept CommonJS and syntax-old on purpose: it must run on whatever
// `node` is first on PATH, which is the system Node 20 when `npm install --ignore-scripts` skipped
// the pinned `node` package's install step.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
	console.error(
		'Innomatch needs Node >= 22 (this is ' +
			process.version +
			'): run `npm install` without --ignore-scripts so the pinned Node 24 from the `node` package is used.'
	);
	process.exit(1);
}
