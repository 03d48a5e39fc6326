/**
 * Importing startups from a spreadsheet (issue 6, point 6), for a center's managers and admins:
 * upload (the file is read, its header found and kept with the job) → dry run with a mapping (every
 * error by row and column, duplicates in the file and in the catalog; nothing written but the job's
 * report) → the run (run.ts), in batches off the request path.
 */
import { z } from 'zod';
import type { Database } from '$lib/server/db';
import { DomainError, forbidden } from '$lib/server/errors';
import type { Viewer } from '$lib/server/catalog/viewer';
import {
	checkMapping,
	dataRows,
	fileDuplicates,
	findHeader,
	PREVIEW_ROWS,
	validateRows,
	type RowIssue
} from './check';
import { suggestMapping, type ColumnMapping } from './fields';
import { findExistingDuplicates, findImportJobById, findImportFile, type ImportJobRow } from './queries';
import { readSheet } from './read';

/** Report lists keep this many entries (the counts stay exact); the page and the API show them all. */
export const REPORT_LIMIT = 1000;

export type Visibility = 'public' | 'members' | 'private';

export interface ReportDuplicate {
	row: number;
	reason: 'business_number' | 'name_region';
	/** the earlier row of the same file, or the startup already in the catalog */
	otherRow?: number;
	organizationId?: string;
	name: string;
}

export interface ImportReport {
	errors: RowIssue[];
	duplicates: ReportDuplicate[];
}

/** The center, if the viewer manages it (or is an admin): 404 for no such center, 403 otherwise. */
export async function requireCenterManager(db: Database, viewer: Viewer, centerId: string) {
	const center = await db
		.selectFrom('organizations')
		.select(['id', 'name', 'nameEn'])
		.where('id', '=', centerId)
		.where('kind', '=', 'center')
		.executeTakeFirst();
	if (!center) throw new DomainError('not_found', 404);
	if (!viewer.user || (!viewer.isAdmin && !viewer.managedCenterIds.includes(center.id))) throw forbidden();
	return center;
}

/** A job its center's managers (and admins) may see; undefined (404) for anyone else. */
export async function getImportJob(db: Database, viewer: Viewer, jobId: string) {
	// A malformed id is an unknown job, not a database error (a page's URL is typed by people).
	if (!z.uuid().safeParse(jobId).success) return undefined;
	const job = await findImportJobById(db, jobId);
	if (!job || !viewer.user) return undefined;
	if (!viewer.isAdmin && !viewer.managedCenterIds.includes(job.centerId)) return undefined;
	return job;
}

async function requireJob(db: Database, viewer: Viewer, jobId: string): Promise<ImportJobRow> {
	const job = await getImportJob(db, viewer, jobId);
	if (!job) throw new DomainError('not_found', 404);
	return job;
}

/**
 * Reads an uploaded file and keeps it with a new job, with its header, a preview and a suggested
 * mapping. A file that is not CSV/XLSX (415), too large (413), or has no header or no rows (422) is
 * refused and nothing is kept.
 */
export async function uploadImport(
	db: Database,
	viewer: Viewer,
	centerId: string,
	file: { name: string; bytes: Uint8Array }
): Promise<ImportJobRow> {
	await requireCenterManager(db, viewer, centerId);
	const sheet = await readSheet(file.bytes);
	const { headerRow, headers } = findHeader(sheet);
	const rows = dataRows(sheet, headerRow);
	if (rows.length === 0) throw new DomainError('import_empty', 422, 'file');
	const { id } = await db
		.insertInto('importJobs')
		.values({
			centerId,
			createdBy: viewer.user!.id,
			fileName: file.name.slice(0, 255) || 'upload',
			fileFormat: sheet.format,
			fileBytes: file.bytes.length,
			file: Buffer.from(file.bytes),
			headers: JSON.stringify(headers),
			headerRow,
			preview: JSON.stringify(
				rows.slice(0, PREVIEW_ROWS).map((r) => ({ row: r.row, cells: r.cells.map((c) => c.slice(0, 80)) }))
			),
			mapping: JSON.stringify(suggestMapping(headers)),
			totalRows: rows.length
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return (await findImportJobById(db, id))!;
}

/** The rows of a job's file under a mapping: valid ones, issues, duplicates within the file. */
export async function checkFile(
	db: Database,
	job: Pick<ImportJobRow, 'id' | 'headerRow'>,
	mapping: ColumnMapping
) {
	const bytes = await findImportFile(db, job.id);
	if (!bytes) throw new DomainError('import_state', 409);
	const rows = dataRows(await readSheet(bytes), job.headerRow);
	const checked = validateRows(rows, mapping);
	return { rows, ...checked, inFile: fileDuplicates(checked.valid) };
}

/**
 * The dry run: validates every row with the mapping and looks for duplicates in the file and the
 * catalog. Only the job (its mapping, counts and report) is written; no startup is.
 */
export async function dryRunImport(
	db: Database,
	viewer: Viewer,
	jobId: string,
	input: { mapping: ColumnMapping; visibility: Visibility }
): Promise<ImportJobRow> {
	const job = await requireJob(db, viewer, jobId);
	if (job.status !== 'uploaded' && job.status !== 'dry_run') throw new DomainError('import_state', 409);
	const headers = job.headers as string[];
	checkMapping(input.mapping, headers.length);
	const { rows, valid, issues, invalidRows, inFile } = await checkFile(db, job, input.mapping);
	const inFileRows = new Set(inFile.map((d) => d.row));
	const existing = await findExistingDuplicates(
		db,
		valid.filter((r) => !inFileRows.has(r.row))
	);
	const nameOf = new Map(valid.map((r) => [r.row, r.data.name]));
	const duplicates: ReportDuplicate[] = [
		...inFile.map((d) => ({ row: d.row, reason: d.reason, otherRow: d.otherRow, name: nameOf.get(d.row)! })),
		...[...existing.values()].map((d) => ({
			row: d.row,
			reason: d.reason,
			organizationId: d.organizationId,
			name: d.name
		}))
	].sort((a, b) => a.row - b.row);
	const report: ImportReport = {
		errors: issues.slice(0, REPORT_LIMIT),
		duplicates: duplicates.slice(0, REPORT_LIMIT)
	};
	const updated = await db
		.updateTable('importJobs')
		.set({
			status: 'dry_run',
			mapping: JSON.stringify(input.mapping),
			visibility: input.visibility,
			totalRows: rows.length,
			validRows: valid.length - duplicates.length,
			errorRows: invalidRows,
			duplicateRows: duplicates.length,
			report: JSON.stringify(report),
			updatedAt: new Date()
		})
		.where('id', '=', job.id)
		.where('status', 'in', ['uploaded', 'dry_run'])
		.executeTakeFirst();
	if (updated.numUpdatedRows === 0n) throw new DomainError('import_state', 409);
	return (await findImportJobById(db, job.id))!;
}
