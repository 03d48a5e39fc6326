import { sql } from 'kysely';
import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely/migration';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from './index';
import { splitSqlStatements } from './sql-split';

/** Migrations are the ordered `.sql` files of `migrations/`; each runs in the migrator's transaction. */
export class SqlFileMigrationProvider implements MigrationProvider {
	constructor(private readonly folder: string) {}

	async getMigrations(): Promise<Record<string, Migration>> {
		const files = (await readdir(this.folder)).filter((f) => f.endsWith('.sql')).sort();
		const migrations: Record<string, Migration> = {};
		for (const file of files) {
			const script = await readFile(path.join(this.folder, file), 'utf8');
			migrations[file.replace(/\.sql$/, '')] = {
				async up(db) {
					for (const statement of splitSqlStatements(script)) {
						// Migration files are trusted source checked into the repository, never user input.
						// eslint-disable-next-line no-restricted-syntax
						await sql.raw(statement).execute(db);
					}
				}
			};
		}
		return migrations;
	}
}

export function migrationsFolder(): string {
	return path.resolve(process.cwd(), 'migrations');
}

/** Applies every pending migration; throws with the failing migration's name on error. */
export async function migrateToLatest(
	db: Database,
	folder = migrationsFolder()
): Promise<MigrationResultSet> {
	const migrator = new Migrator({ db, provider: new SqlFileMigrationProvider(folder) });
	const result = await migrator.migrateToLatest();
	if (result.error) {
		const failed = result.results?.find((r) => r.status === 'Error');
		const reason = result.error instanceof Error ? result.error.message : String(result.error);
		throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${reason}`);
	}
	return result;
}
