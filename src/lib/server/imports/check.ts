/**
 * The pure half of a dry run: find the header, check the mapping, validate every data row and find
 * the rows that repeat an earlier row of the same file. Row numbers are the ones the spreadsheet
 * shows (1-based, counting the header and blank rows). No I/O.
 */
import { DomainError } from '$lib/server/errors';
import { fieldForHeader, IMPORT_FIELDS, type ColumnMapping, type ImportField } from './fields';
import { importRow, type ImportRow, type RowIssueCode } from './row';
import type { Sheet } from './read';

/** Rows searched for the header: titles and notes above it are common, pages of them are not. */
const HEADER_SEARCH_ROWS = 10;
export const PREVIEW_ROWS = 5;

export interface RowIssue {
	row: number;
	/** 0-based column index, or null when the field is not mapped */
	column: number | null;
	field: ImportField;
	code: RowIssueCode;
	value?: string;
}

export interface ValidRow {
	row: number;
	data: ImportRow;
	/** duplicate key: normalized name + region (see nameKey) */
	nameKey: string;
}

const isBlank = (r: readonly string[]) => r.every((c) => c === '');
const looksLikeLabel = (c: string) => c !== '' && !/^[\d\s,.\-/:]+$/.test(c);

/**
 * The header row: among the first rows, the one naming the most known fields; failing that, the
 * first row of two or more distinct text labels. A sheet without one is refused (422).
 */
export function findHeader(sheet: Sheet): { headerRow: number; headers: string[] } {
	let best: { index: number; known: number } | undefined;
	let firstLabels: number | undefined;
	for (let i = 0; i < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); i++) {
		const row = sheet.rows[i]!;
		const filled = row.filter((c) => c !== '');
		if (filled.length < 2) continue;
		const known = new Set(row.map(fieldForHeader).filter((f) => f !== undefined)).size;
		if (known > 0 && (!best || known > best.known)) best = { index: i, known };
		if (firstLabels === undefined && filled.every(looksLikeLabel) && new Set(filled).size === filled.length)
			firstLabels = i;
	}
	const index = best?.index ?? firstLabels;
	if (index === undefined) throw new DomainError('import_no_header', 422, 'file');
	const headers = sheet.rows[index]!.map((h, i) => h || `#${i + 1}`);
	return { headerRow: index + 1, headers };
}

/** The data rows below the header that are not blank, with their spreadsheet row numbers. */
export function dataRows(sheet: Sheet, headerRow: number): { row: number; cells: string[] }[] {
	const out: { row: number; cells: string[] }[] = [];
	for (let i = headerRow; i < sheet.rows.length; i++) {
		const cells = sheet.rows[i]!;
		if (!isBlank(cells)) out.push({ row: i + 1, cells });
	}
	return out;
}

/** A mapping must name the company and use each column at most once, within the header. */
export function checkMapping(mapping: ColumnMapping, columnCount: number): void {
	if (mapping.name === undefined) throw new DomainError('import_mapping_name', 422, 'mapping.name');
	const used = new Set<number>();
	for (const [field, column] of Object.entries(mapping)) {
		if (!Number.isInteger(column) || column < 0 || column >= columnCount || used.has(column))
			throw new DomainError('import_mapping_invalid', 422, `mapping.${field}`);
		used.add(column);
	}
}

/** Company name without case, spaces, punctuation or legal form; mirrors SQL organization_name_key(). */
export function nameKey(name: string): string {
	return name
		.toLowerCase()
		.replace(/\(주\)|㈜|주식회사|\b(inc|corp|co|ltd|llc)\b/g, '')
		.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Validates every data row against the mapping; each issue names the row and the column. */
export function validateRows(
	rows: readonly { row: number; cells: string[] }[],
	mapping: ColumnMapping
): { valid: ValidRow[]; issues: RowIssue[]; invalidRows: number } {
	const valid: ValidRow[] = [];
	const issues: RowIssue[] = [];
	let invalidRows = 0;
	for (const { row, cells } of rows) {
		const raw = Object.fromEntries(
			IMPORT_FIELDS.map((f) => [f, mapping[f] === undefined ? '' : (cells[mapping[f]] ?? '').trim()])
		);
		const parsed = importRow.safeParse(raw);
		if (parsed.success) {
			valid.push({ row, data: parsed.data, nameKey: nameKey(parsed.data.name) });
			continue;
		}
		invalidRows++;
		for (const i of parsed.error.issues) {
			const field = i.path[0] as ImportField;
			const params = (i as { params?: { value?: string } }).params;
			issues.push({
				row,
				column: mapping[field] ?? null,
				field,
				code: (i.code === 'custom' ? i.message : 'invalid') as RowIssueCode,
				...(params?.value !== undefined && { value: params.value.slice(0, 100) })
			});
		}
	}
	return { valid, issues, invalidRows };
}

export type DuplicateReason = 'business_number' | 'name_region';

export interface FileDuplicate {
	row: number;
	reason: DuplicateReason;
	otherRow: number;
}

/** Rows that repeat an earlier valid row of the file (same business number, or same name and region). */
export function fileDuplicates(rows: readonly ValidRow[]): FileDuplicate[] {
	const byNumber = new Map<string, number>();
	const byName = new Map<string, number>();
	const out: FileDuplicate[] = [];
	for (const r of rows) {
		const number = r.data.businessNumber;
		const nameRegion = `${r.nameKey}|${r.data.region ?? ''}`;
		const sameNumber = number ? byNumber.get(number) : undefined;
		const sameName = byName.get(nameRegion);
		if (sameNumber !== undefined) out.push({ row: r.row, reason: 'business_number', otherRow: sameNumber });
		else if (sameName !== undefined) out.push({ row: r.row, reason: 'name_region', otherRow: sameName });
		else {
			if (number) byNumber.set(number, r.row);
			byName.set(nameRegion, r.row);
		}
	}
	return out;
}
