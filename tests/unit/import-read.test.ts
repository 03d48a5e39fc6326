import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../src/lib/server/imports/read';
import { dataRows, findHeader, nameKey, validateRows } from '../../src/lib/server/imports/check';
import { suggestMapping } from '../../src/lib/server/imports/fields';

const utf8 = (s: string) => new TextEncoder().encode(s);
const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));

describe('reading an import file', () => {
	it('reads UTF-8 CSV with a BOM and suggests the mapping from Korean headers', async () => {
		const sheet = await readSheet(
			utf8('\uFEFF기업명,사업자등록번호,지역,직원 수(명)\r\n글루코헬스,123-45-67890,강원도,12명\r\n')
		);
		const { headerRow, headers } = findHeader(sheet);
		expect(headers).toEqual(['기업명', '사업자등록번호', '지역', '직원 수(명)']);
		expect(suggestMapping(headers)).toEqual({ name: 0, businessNumber: 1, region: 2, employees: 3 });
		const { valid, issues } = validateRows(dataRows(sheet, headerRow), suggestMapping(headers));
		expect(issues).toEqual([]);
		expect(valid[0]).toMatchObject({
			row: 2,
			data: { businessNumber: '1234567890', region: 'gangwon', employees: 12 }
		});
	});

	it('decodes CP949 (Korean Excel "CSV") when the bytes are not UTF-8', async () => {
		// "기업명,지역,사업자등록번호\r\n글루코헬스,강원,123-45-67890\r\n" saved as CP949
		const sheet = await readSheet(
			hex(
				'b1e2bef7b8ed2cc1f6bfaa2cbbe7bef7c0dab5eeb7cfb9f8c8a30d0ab1dbb7e7c4dac7efbdba2cb0adbff82c3132332d34352d36373839300d0a'
			)
		);
		expect(sheet.rows).toEqual([
			['기업명', '지역', '사업자등록번호'],
			['글루코헬스', '강원', '123-45-67890']
		]);
	});

	it('reads the first sheet of an XLSX, with a title above the header, numbers and dates', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('기업');
		sheet.addRow(['2025 강원센터 발굴기업']);
		sheet.addRow([]);
		sheet.addRow(['Company name', 'Business number', 'Region', 'Founded', 'Stage']);
		sheet.addRow(['Volt Labs', 1234567890, 'Seoul', new Date('2019-03-01'), 'Series A']);
		const found = findHeader(await readSheet(new Uint8Array(await workbook.xlsx.writeBuffer())));
		expect(found.headerRow).toBe(3);
		const read = await readSheet(new Uint8Array(await workbook.xlsx.writeBuffer()));
		const { valid } = validateRows(dataRows(read, 3), suggestMapping(found.headers));
		expect(valid[0]).toMatchObject({
			row: 4,
			data: {
				name: 'Volt Labs',
				businessNumber: '1234567890',
				region: 'seoul',
				foundedYear: 2019,
				stage: 'series_a'
			}
		});
	});

	it('refuses a file without a usable header, and binary files, with their codes', async () => {
		await expect(
			readSheet(utf8('글루코헬스,1234567890\n볼트랩,2345678901\n')).then(findHeader)
		).rejects.toMatchObject({
			code: 'import_no_header',
			status: 422
		});
		await expect(readSheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 1]))).rejects.toMatchObject({
			code: 'import_unsupported_file',
			status: 415
		});
		await expect(readSheet(new Uint8Array(3_000_000).fill(65))).rejects.toMatchObject({ status: 413 });
	});

	it('names the row and the column of each bad value', async () => {
		const sheet = await readSheet(utf8('name,region,industry,website\n,Mars,핀테크; 우주,ftp://x\n'));
		const { issues } = validateRows(
			dataRows(sheet, 1),
			suggestMapping(['name', 'region', 'industry', 'website'])
		);
		expect(issues).toEqual([
			{ row: 2, column: 0, field: 'name', code: 'required' },
			{ row: 2, column: 1, field: 'region', code: 'unknown_value', value: 'Mars' },
			{ row: 2, column: 2, field: 'industries', code: 'unknown_value', value: '우주' },
			{ row: 2, column: 3, field: 'website', code: 'url', value: 'ftp://x' }
		]);
	});

	it('compares company names without legal form, case or spaces', () => {
		expect(nameKey('(주) 글루코 헬스')).toBe(nameKey('글루코헬스 주식회사'));
		expect(nameKey('Acme Co., Ltd.')).toBe(nameKey('ACME'));
	});
});
