/**
 * The real run of an import: the valid, not duplicate rows become startups stewarded by the center,
 * in batches. Each batch is one transaction — its startups, their profiles, their search outbox rows
 * and the job's progress commit together or not at all — so after a crash `done_rows` says exactly
 * where to resume. Progress goes to the importer and the center after every commit.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '$lib/server/db';
import { DomainError, uniqueViolation } from '$lib/server/errors';
import type { Viewer } from '$lib/server/catalog/viewer';
import { recordAudit } from '$lib/server/audit';
import { logger } from '$lib/server/log';
import { emitTo } from '$lib/server/realtime/emit';
import type { ImportProgressPayload } from '$lib/realtime/events';
import type { ColumnMapping } from './fields';
import type { ValidRow } from './check';
import { findExistingDuplicates, findImportJobById, type ImportJobRow } from './queries';
import { checkFile, getImportJob, REPORT_LIMIT, type ReportDuplicate, type Visibility } from './service';

/** Rows per transaction: big enough to be quick, small enough that progress moves and locks are short. */
export const BATCH_ROWS = 500;
/** A running job not heard from for this long belongs to a process that died: it may be resumed. */
export const RUN_HEARTBEAT_TIMEOUT_MS = 2 * 60 * 1000;
/** One key for every import: two imports never both create the same company (name + region). */
const IMPORT_LOCK_KEY = 'innomatch:import:startups';
const BATCH_ATTEMPTS = 3;

function announce(
	job: Pick<ImportJobRow, 'id' | 'centerId' | 'createdBy'>,
	done: number,
	total: number,
	status: ImportProgressPayload['status']
) {
	const rooms = [`org:${job.centerId}`, ...(job.createdBy ? [`user:${job.createdBy}`] : [])];
	emitTo(rooms, 'import:progress', { jobId: job.id, done, total, status });
}

/**
 * Starts (or resumes) the run of a checked job: a compare-and-swap from dry_run — or from failed, or
 * from a running job whose process died — to running, so a double click runs it once (409). Returns
 * the job and the run's promise (the edges let it go on; tests await it).
 */
export async function startImport(
	db: Database,
	viewer: Viewer,
	jobId: string,
	options: { batchRows?: number } = {}
): Promise<{ job: ImportJobRow; finished: Promise<void> }> {
	const job = await getImportJob(db, viewer, jobId);
	if (!job) throw new DomainError('not_found', 404);
	const now = new Date();
	const fresh = job.status === 'dry_run';
	const claimed = await db
		.updateTable('importJobs')
		.set({
			status: 'running',
			error: null,
			startedAt: now,
			heartbeatAt: now,
			updatedAt: now,
			// A fresh run counts its own duplicates (the catalog may have changed since the dry run);
			// a resumed one keeps what its committed batches counted.
			...(fresh && { doneRows: 0, createdCount: 0, duplicateRows: 0 }),
			...(fresh && { report: sql`jsonb_set(report, '{duplicates}', '[]')` })
		})
		.where('id', '=', job.id)
		.where((eb) =>
			eb.or([
				eb('status', 'in', ['dry_run', 'failed']),
				eb.and([
					eb('status', '=', 'running'),
					eb('heartbeatAt', '<', new Date(now.getTime() - RUN_HEARTBEAT_TIMEOUT_MS))
				])
			])
		)
		.where('file', 'is not', null)
		.executeTakeFirst();
	if (claimed.numUpdatedRows === 0n) throw new DomainError('import_state', 409);
	const running = (await findImportJobById(db, job.id))!;
	const finished = runImport(db, running, options.batchRows ?? BATCH_ROWS).catch(async (e: unknown) => {
		logger.error({ err: e, jobId: job.id }, 'import failed');
		await db
			.updateTable('importJobs')
			.set({ status: 'failed', error: e instanceof DomainError ? e.code : 'error', updatedAt: new Date() })
			.where('id', '=', job.id)
			.execute();
		announce(running, running.doneRows, running.totalRows, 'failed');
	});
	return { job: running, finished };
}

async function runImport(db: Database, job: ImportJobRow, batchRows: number): Promise<void> {
	const mapping = job.mapping as ColumnMapping;
	const { rows, valid, inFile } = await checkFile(db, job, mapping);
	const validByRow = new Map(valid.map((r) => [r.row, r]));
	const nameOf = (row: number) => validByRow.get(row)?.data.name ?? '';
	const inFileByRow = new Map(inFile.map((d) => [d.row, d]));
	let { doneRows, duplicateRows } = job;
	while (doneRows < rows.length) {
		const batch = rows.slice(doneRows, doneRows + batchRows);
		const candidates = batch.map((r) => validByRow.get(r.row)).filter((r) => r !== undefined);
		const fileDups: ReportDuplicate[] = candidates
			.filter((r) => inFileByRow.has(r.row))
			.map((r) => ({ ...inFileByRow.get(r.row)!, name: nameOf(r.row) }));
		const fresh = candidates.filter((r) => !inFileByRow.has(r.row));
		const result = await writeBatch(db, job, fresh, fileDups, batch.length, duplicateRows);
		doneRows += batch.length;
		duplicateRows += result.duplicates;
		announce(job, doneRows, rows.length, 'running');
	}
	const final = (await findImportJobById(db, job.id))!;
	await db.transaction().execute(async (tx) => {
		await tx
			.updateTable('importJobs')
			.set({ status: 'done', file: null, finishedAt: new Date(), updatedAt: new Date() })
			.where('id', '=', job.id)
			.execute();
		await recordAudit(tx, {
			actorUserId: job.createdBy ?? undefined,
			action: 'startups.imported',
			subjectType: 'import_job',
			subjectId: job.id,
			data: {
				centerId: job.centerId,
				created: final.createdCount,
				duplicates: final.duplicateRows,
				errors: final.errorRows
			}
		});
	});
	announce(job, rows.length, rows.length, 'done');
}

/**
 * One batch in one transaction, under the import lock: the catalog is checked for duplicates again
 * (another import or a person may have added one since the dry run), then the rest is inserted. A
 * unique violation (a business number registered by hand in the meantime) rolls the batch back and
 * it is tried again, when the check finds that startup.
 */
async function writeBatch(
	db: Database,
	job: ImportJobRow,
	rows: ValidRow[],
	fileDups: ReportDuplicate[],
	handled: number,
	reportedSoFar: number
): Promise<{ duplicates: number }> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await db.transaction().execute(async (tx) => {
				await sql`SELECT pg_advisory_xact_lock(hashtext(${IMPORT_LOCK_KEY}))`.execute(tx);
				const existing = await findExistingDuplicates(tx, rows);
				const create = rows.filter((r) => !existing.has(r.row));
				await insertStartups(tx, job, create);
				const dups = [
					...fileDups,
					...[...existing.values()].map(({ row, reason, organizationId, name }) => ({
						row,
						reason,
						organizationId,
						name
					}))
				];
				const room = Math.max(0, REPORT_LIMIT - reportedSoFar);
				await tx
					.updateTable('importJobs')
					.set((eb) => ({
						doneRows: eb('doneRows', '+', handled),
						createdCount: eb('createdCount', '+', create.length),
						duplicateRows: eb('duplicateRows', '+', dups.length),
						report: sql`jsonb_set(report, '{duplicates}', coalesce(report->'duplicates', '[]') || ${JSON.stringify(dups.slice(0, room))}::jsonb)`,
						heartbeatAt: new Date(),
						updatedAt: new Date()
					}))
					.where('id', '=', job.id)
					.where('status', '=', 'running')
					.execute();
				return { duplicates: dups.length };
			});
		} catch (e) {
			if (uniqueViolation(e) === undefined || attempt >= BATCH_ATTEMPTS) throw e;
		}
	}
}

async function insertStartups(tx: Database, job: ImportJobRow, rows: ValidRow[]): Promise<void> {
	if (rows.length === 0) return;
	// Ids made here, so profiles and outbox rows pair with their organization without relying on
	// the order RETURNING gives.
	const withIds = rows.map((r) => ({ id: randomUUID(), ...r.data }));
	await tx
		.insertInto('organizations')
		.values(
			withIds.map((r) => ({
				id: r.id,
				kind: 'startup',
				name: r.name,
				nameEn: r.nameEn,
				region: r.region,
				website: r.website,
				description: r.description ?? '',
				// The center stewards the profile until the company claims it (an owner invitation).
				homeCenterId: job.centerId,
				stewardCenterId: job.centerId,
				createdBy: job.createdBy,
				importJobId: job.id
			}))
		)
		.execute();
	await tx
		.insertInto('startupProfiles')
		.values(
			withIds.map((r) => ({
				organizationId: r.id,
				summary: r.summary ?? '',
				industries: r.industries,
				techTags: r.techTags,
				stage: r.stage,
				seeking: r.seeking,
				foundedYear: r.foundedYear,
				employees: r.employees,
				businessNumber: r.businessNumber,
				visibility: job.visibility as Visibility
			}))
		)
		.execute();
	await tx
		.insertInto('searchOutbox')
		.values(withIds.map((r) => ({ indexName: 'startups', entityId: r.id })))
		.execute();
}
