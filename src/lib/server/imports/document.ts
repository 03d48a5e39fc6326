/** An import job as the API and the pages show it: counts, progress and the report with sentences. */
import { columnLetter, type ImportField } from './fields';
import { fieldLabel, rowIssueMessage } from './messages';
import type { ImportJobRow } from './queries';
import type { ImportReport } from './service';
import type { RowIssueCode } from './row';

export function importJobDocument(job: ImportJobRow, locale: 'ko' | 'en') {
	const headers = job.headers as string[];
	const report = job.report as Partial<ImportReport>;
	return {
		id: job.id,
		centerId: job.centerId,
		fileName: job.fileName,
		fileFormat: job.fileFormat as 'csv' | 'xlsx',
		status: job.status as 'uploaded' | 'dry_run' | 'running' | 'done' | 'failed',
		error: job.error,
		visibility: job.visibility as 'public' | 'members' | 'private',
		headers,
		headerRow: job.headerRow,
		mapping: job.mapping as Partial<Record<ImportField, number>>,
		totalRows: job.totalRows,
		doneRows: job.doneRows,
		validRows: job.validRows,
		errorRows: job.errorRows,
		duplicateRows: job.duplicateRows,
		createdCount: job.createdCount,
		errors: (report.errors ?? []).map((e) => ({
			row: e.row,
			column: e.column === null ? null : columnLetter(e.column),
			header: e.column === null ? null : (headers[e.column] ?? null),
			field: e.field,
			fieldLabel: fieldLabel(e.field, locale),
			code: e.code,
			message: rowIssueMessage(e.code as RowIssueCode, e.value, locale)
		})),
		duplicates: report.duplicates ?? [],
		createdAt: job.createdAt.toISOString(),
		finishedAt: job.finishedAt?.toISOString() ?? null
	};
}
export type ImportJobDocument = ReturnType<typeof importJobDocument>;
