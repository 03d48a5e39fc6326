/**
 * Rendering rows as CSV (papaparse) and XLSX (exceljs). Both guard against formula injection: a text
 * cell starting with = + - @ (a startup name typed as "=HYPERLINK(…)") is written as text, never as a
 * formula a spreadsheet would run. CSV starts with a byte-order mark so Excel reads Korean as UTF-8.
 */
import Papa from 'papaparse';
import ExcelJS from 'exceljs';

export interface Column<R> {
	key: keyof R & string;
	label: string;
	/** number format for XLSX, e.g. '#,##0' for KRW */
	numFmt?: string;
	width?: number;
}

type Cell = string | number | null | undefined;

const cellOf = (v: unknown): Cell => {
	if (v === null || v === undefined) return null;
	if (typeof v === 'number' || typeof v === 'string') return v;
	if (Array.isArray(v)) return v.join(', ');
	if (v instanceof Date) return v.toISOString();
	return String(v);
};

export function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
	const data = rows.map((r) => columns.map((c) => cellOf(r[c.key])));
	return (
		'\uFEFF' +
		Papa.unparse({ fields: columns.map((c) => c.label), data }, { escapeFormulae: true, newline: '\r\n' })
	);
}

export async function toXlsx<R>(
	sheetName: string,
	columns: readonly Column<R>[],
	rows: readonly R[]
): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Innomatch';
	workbook.created = new Date();
	const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = columns.map((c) => ({
		header: c.label,
		key: c.key,
		width: c.width ?? Math.max(10, c.label.length + 4),
		style: c.numFmt ? { numFmt: c.numFmt } : {}
	}));
	sheet.getRow(1).font = { bold: true };
	for (const r of rows) {
		// exceljs writes strings as shared strings, not formulas, so no escaping is needed here.
		sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, cellOf(r[c.key])])));
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
