/**
 * Reading an uploaded spreadsheet into rows of text cells: CSV (UTF-8 with or without BOM, UTF-16
 * from Excel's "Unicode text", or CP949 as older Korean Excel saves it) and XLSX (first sheet).
 * The format is judged from the bytes, not from what the client claims; anything else is refused
 * before a row is looked at.
 */
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { DomainError } from '$lib/server/errors';

/** 2.5 MB: fits the server's 3 MB body limit with the multipart envelope; 10,000 typical rows are ~1.5 MB. */
export const MAX_IMPORT_BYTES = 2_500_000;
/** Data rows per file; more is a sign of the wrong file (and a run of many minutes). */
export const MAX_IMPORT_ROWS = 20_000;
/** Columns per row that are read; cells beyond are ignored. */
export const MAX_IMPORT_COLUMNS = 100;

export type FileFormat = 'csv' | 'xlsx';

/**
 * A spreadsheet as rows of trimmed text; `rows[i]` is the row the spreadsheet numbers i + 1 (empty
 * rows are kept as [] so the numbers stay the ones a person sees).
 */
export interface Sheet {
	format: FileFormat;
	rows: string[][];
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

const unsupported = () => new DomainError('import_unsupported_file', 415, 'file');

/** CSV or XLSX from the bytes: an XLSX is a zip; a CSV is text without NUL bytes (after any UTF-16 BOM). */
export function detectFormat(bytes: Uint8Array): FileFormat {
	if (bytes.length === 0) throw new DomainError('import_empty', 422, 'file');
	if (startsWith(bytes, ZIP)) return 'xlsx';
	if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) return 'csv';
	// Binary files (old .xls, PDF, images, HWP) carry NUL bytes early on; text never does.
	if (bytes.subarray(0, 64 * 1024).includes(0)) throw unsupported();
	return 'csv';
}

/** Text of a CSV: BOM-aware; UTF-8 first, CP949 (WHATWG "euc-kr", a superset) when UTF-8 fails. */
export function decodeText(bytes: Uint8Array): string {
	if (startsWith(bytes, UTF8_BOM)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
	if (startsWith(bytes, UTF16LE_BOM)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (startsWith(bytes, UTF16BE_BOM)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Not UTF-8. Korean Excel's "CSV (쉼표로 분리)" writes CP949; decoding it that way is right for
		// nearly every such file. If the result still has replacement characters it was neither.
		const text = new TextDecoder('euc-kr').decode(bytes);
		if (text.includes('\uFFFD')) throw new DomainError('import_encoding', 422, 'file');
		return text;
	}
}

function parseCsv(text: string): string[][] {
	const result = Papa.parse<string[]>(text, {
		delimitersToGuess: [',', '\t', ';', '|'],
		skipEmptyLines: false
	});
	const rows = result.data.map((r) => r.slice(0, MAX_IMPORT_COLUMNS).map((c) => c.trim()));
	// papaparse reads the newline that ends the file as one more (empty) row.
	while (rows.length > 0 && rows.at(-1)!.every((c) => c === '')) rows.pop();
	return rows;
}

/** A cell as the text a person sees: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('richText' in value) return value.richText.map((r) => r.text).join('');
		if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue) || value.hyperlink;
		if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
		if ('error' in value) return '';
		return '';
	}
	return String(value).trim();
}

async function parseXlsx(bytes: Uint8Array): Promise<string[][]> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch {
		// A zip that is not a workbook (a .docx, a .zip of CSVs): the same clear refusal.
		throw unsupported();
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) throw new DomainError('import_empty', 422, 'file');
	const rows: string[][] = [];
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		const cells: string[] = [];
		row.eachCell({ includeEmpty: true }, (cell, col) => {
			if (col <= MAX_IMPORT_COLUMNS) cells[col - 1] = cellText(cell.value);
		});
		rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
	});
	return Array.from(rows, (r) => r ?? []);
}

/** Reads a file's bytes into a sheet; 413 when too large, 415 when not CSV/XLSX, 422 when unreadable. */
export async function readSheet(bytes: Uint8Array): Promise<Sheet> {
	if (bytes.length > MAX_IMPORT_BYTES) throw new DomainError('import_too_large', 413, 'file');
	const format = detectFormat(bytes);
	const rows = format === 'xlsx' ? await parseXlsx(bytes) : parseCsv(decodeText(bytes));
	if (rows.length > MAX_IMPORT_ROWS + 10) throw new DomainError('import_too_many_rows', 413, 'file');
	return { format, rows };
}
