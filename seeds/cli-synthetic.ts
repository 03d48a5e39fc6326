// `npm run seed:synthetic -- --startups 100000 [--challenges 200] [--seed 1]`: a large deterministic catalog
// for benchmarks, on top of the demo centers and partners. Rows are keyed by slug, so a re-run adds nothing.
import { parseArgs } from 'node:util';
import { config } from '../src/lib/server/config';
import { openDatabase, type Database } from '../src/lib/server/db/index';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { loadDemoData } from './demo';
import { generateSynthetic } from './synthetic';

const { values } = parseArgs({
	options: {
		startups: { type: 'string', default: '10000' },
		challenges: { type: 'string', default: '200' },
		seed: { type: 'string', default: '1' }
	}
});
const counts = {
	startups: Number(values.startups),
	challenges: Number(values.challenges),
	seed: Number(values.seed)
};
for (const [k, v] of Object.entries(counts)) {
	if (!Number.isInteger(v) || v < 0) {
		console.error(`--${k} must be a whole number`);
		process.exit(1);
	}
}

const BATCH = 1000;

async function slugIds(db: Database, kind: 'center' | 'corporate'): Promise<Map<string, string>> {
	const rows = await db
		.selectFrom('organizations')
		.select(['id', 'slug'])
		.where('kind', '=', kind)
		.where('slug', 'is not', null)
		.execute();
	return new Map(rows.map((r) => [r.slug!, r.id]));
}

const cfg = config();
const handle = await openDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
	await migrateToLatest(handle.db);
	await loadDemoData(handle.db);
	const world = generateSynthetic(counts);
	const centers = await slugIds(handle.db, 'center');
	const corporates = await slugIds(handle.db, 'corporate');
	const started = Date.now();
	for (let i = 0; i < world.startups.length; i += BATCH) {
		const batch = world.startups.slice(i, i + BATCH);
		await handle.db.transaction().execute(async (tx) => {
			const orgs = await tx
				.insertInto('organizations')
				.values(
					batch.map((s) => ({
						kind: 'startup' as const,
						slug: s.slug,
						name: s.name,
						nameEn: s.nameEn ?? null,
						region: s.region,
						description: s.description,
						homeCenterId: centers.get(s.homeCenter) ?? null,
						stewardCenterId: centers.get(s.homeCenter) ?? null
					}))
				)
				.onConflict((oc) => oc.column('slug').doNothing())
				.returning(['id', 'slug'])
				.execute();
			const bySlug = new Map(batch.map((s) => [s.slug, s]));
			if (orgs.length === 0) return;
			await tx
				.insertInto('startupProfiles')
				.values(
					orgs.map((o) => {
						const s = bySlug.get(o.slug!)!;
						return {
							organizationId: o.id,
							summary: s.summary,
							industries: s.industries,
							techTags: s.techTags,
							stage: s.stage,
							foundedYear: s.foundedYear,
							employees: s.employees,
							seeking: s.seeking,
							visibility: s.visibility
						};
					})
				)
				.execute();
		});
		process.stdout.write(`\rstartups ${Math.min(i + BATCH, world.startups.length)}/${world.startups.length}`);
	}
	process.stdout.write('\n');
	for (let i = 0; i < world.challenges.length; i += BATCH) {
		const batch = world.challenges.slice(i, i + BATCH);
		await handle.db
			.insertInto('challenges')
			.values(
				batch.map((c) => ({
					slug: c.slug,
					corporateId: corporates.get(c.corporate)!,
					hostCenterId: centers.get(c.hostCenter) ?? null,
					title: c.title,
					teaser: c.teaser,
					details: c.details,
					industries: c.industries,
					techTags: c.techTags,
					collaborationTypes: c.collaborationTypes,
					preferredStages: c.preferredStages,
					regions: c.regions,
					confidentiality: c.confidentiality,
					status: c.status,
					closesAt: new Date(Date.now() + c.closesInDays * 86_400_000)
				}))
			)
			.onConflict((oc) => oc.column('slug').doNothing())
			.execute();
	}
	console.log(
		`${world.startups.length} startups and ${world.challenges.length} challenges in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
} finally {
	await handle.close();
}
