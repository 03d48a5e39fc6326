import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { DomainError } from '../../src/lib/server/errors';
import type { Viewer } from '../../src/lib/server/catalog/viewer';
import { openCollaboration } from '../../src/lib/server/outcomes/open';
import { moveCollaboration } from '../../src/lib/server/outcomes/pipeline';
import { recordOutcome } from '../../src/lib/server/outcomes/outcomes';
import { correctOutcome } from '../../src/lib/server/outcomes/corrections';
import { computeKpis } from '../../src/lib/server/reporting/kpis';
import {
	kpiColumns,
	kpiExportRows,
	startupColumns,
	startupExportRows
} from '../../src/lib/server/reporting/exports';
import { toCsv, toXlsx } from '../../src/lib/server/reporting/spreadsheet';
import { listAuditLog } from '../../src/lib/server/reporting/audit-log';
import { seoulDate } from '../../src/lib/server/reporting/period';
import { createTestDatabase } from './helpers/db';
import { heldMeetup, outcomesWorld } from './helpers/outcomes-world';

let h: DatabaseHandle;
beforeAll(async () => {
	h = await createTestDatabase();
});
afterAll(async () => {
	await h.close();
});

const DAY = 24 * 60 * 60 * 1000;
const now = new Date();
const period = { from: seoulDate(new Date(now.getTime() - 60 * DAY)), to: seoulDate(now) };
const yesterday = () => new Date(now.getTime() - DAY).toISOString();

async function kpis(viewer: Viewer, centerId?: string) {
	return (await computeKpis(h.db, viewer, { ...period, centerId }))!;
}

describe('KPIs', () => {
	it('moves investmentKrw by exactly the amount for the home center and nationally, not for another', async () => {
		const w = await outcomesWorld(h.db);
		const [a0, b0, n0] = [
			await kpis(w.asManagerA, w.centerA.id),
			await kpis(w.asManagerB, w.centerB.id),
			await kpis(w.asAdmin)
		];
		const c = await openCollaboration(h.db, w.asManagerA, {
			startupId: w.startup.id,
			corporateId: w.corporate.id
		});
		await moveCollaboration(h.db, w.asManagerA, c.id, { to: 'meetup_held', version: 0 });
		await moveCollaboration(h.db, w.asManagerA, c.id, { to: 'poc', version: 1 });
		const N = 1_234_500_000;
		await recordOutcome(h.db, w.asManagerA, {
			startupId: w.startup.id,
			corporateId: w.corporate.id,
			kind: 'investment',
			amountKrw: N,
			jobs: 4,
			occurredAt: yesterday()
		});
		const [a1, b1, n1] = [
			await kpis(w.asManagerA, w.centerA.id),
			await kpis(w.asManagerB, w.centerB.id),
			await kpis(w.asAdmin)
		];
		expect(a1.investmentKrw - a0.investmentKrw).toBe(N);
		expect(n1.investmentKrw - n0.investmentKrw).toBe(N);
		expect(b1.investmentKrw).toBe(b0.investmentKrw);
		expect(a1.pocsStarted - a0.pocsStarted).toBe(1);
		expect(a1.investments - a0.investments).toBe(1);
		expect(a1.jobsCreated - a0.jobsCreated).toBe(4);
		// The months add up to the totals, and the card reached investment.
		expect(a1.byMonth.reduce((s, m) => s + m.investmentKrw, 0)).toBe(a1.investmentKrw);
		expect(
			a1.funnel.find((f) => f.step === 'result')!.count - a0.funnel.find((f) => f.step === 'result')!.count
		).toBe(1);
		expect(a1.center).toEqual({ id: w.centerA.id, name: w.centerA.name });
	});

	it('counts a corrected figure once, at its corrected value', async () => {
		const w = await outcomesWorld(h.db);
		const before = await kpis(w.asManagerA, w.centerA.id);
		const o = await recordOutcome(h.db, w.asManagerA, {
			startupId: w.startup.id,
			corporateId: w.corporate.id,
			kind: 'contract',
			amountKrw: 100_000_000,
			occurredAt: yesterday()
		});
		await correctOutcome(h.db, w.asManagerA, o.id, { amountKrw: 150_000_000, reason: '변경 계약' });
		const after = await kpis(w.asManagerA, w.centerA.id);
		expect(after.contracts - before.contracts).toBe(1);
		expect(after.contractKrw - before.contractKrw).toBe(150_000_000);
	});

	it('counts held meetups and registered startups for the home center', async () => {
		const w = await outcomesWorld(h.db);
		const a = await kpis(w.asManagerA, w.centerA.id);
		await heldMeetup(h.db, w, new Date(now.getTime() - 2 * DAY));
		await heldMeetup(h.db, w, new Date(now.getTime() - 3 * DAY), 'cancelled');
		const b = await kpis(w.asManagerA, w.centerA.id);
		expect(b.meetupsHeld - a.meetupsHeld).toBe(1);
		expect(b.startupsRegistered).toBeGreaterThanOrEqual(1);
		expect(b.topIndustries).toBeInstanceOf(Array);
	});

	it('answers 403 to managers of another center and to members, and a manager’s own center without centerId', async () => {
		const w = await outcomesWorld(h.db);
		await expect(computeKpis(h.db, w.asManagerB, { centerId: w.centerA.id })).rejects.toMatchObject({
			status: 403
		});
		await expect(computeKpis(h.db, w.asFounder, {})).rejects.toBeInstanceOf(DomainError);
		await expect(computeKpis(h.db, w.asManagerA, {})).resolves.toMatchObject({
			center: { id: w.centerA.id }
		});
		await expect(kpiExportRows(h.db, w.asPartner, {})).rejects.toMatchObject({ status: 403 });
	});
});

describe('exports', () => {
	it('writes a real XLSX workbook and a CSV with the same figures as the JSON', async () => {
		const w = await outcomesWorld(h.db);
		await recordOutcome(h.db, w.asManagerA, {
			startupId: w.startup.id,
			kind: 'investment',
			amountKrw: 700_000_000,
			occurredAt: yesterday()
		});
		const json = await kpis(w.asManagerA, w.centerA.id);
		const rows = await kpiExportRows(h.db, w.asManagerA, { ...period, locale: 'ko' });
		expect(new Set(rows.map((r) => r.centerId))).toEqual(new Set([w.centerA.id]));
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await toXlsx('KPI', kpiColumns('ko'), rows)) as never);
		const sheet = workbook.getWorksheet('KPI')!;
		const header = (sheet.getRow(1).values as unknown[]).slice(1);
		expect(header[0]).toBe('월');
		const col = (label: string) => header.indexOf(label) + 1;
		let sum = 0;
		sheet.eachRow((row, i) => {
			if (i > 1) sum += Number(row.getCell(col('투자 유치액(원)')).value);
		});
		expect(sum).toBe(json.investmentKrw);
		expect(sheet.rowCount - 1).toBe(json.byMonth.length);
		const csv = Papa.parse<Record<string, string>>(toCsv(kpiColumns('en'), rows).replace(/^\uFEFF/, ''), {
			header: true,
			skipEmptyLines: true
		});
		expect(csv.data.reduce((s, r) => s + Number(r['Investment attracted (KRW)']), 0)).toBe(
			json.investmentKrw
		);
	});

	it('exports the center’s startups only, with formulas defused in CSV', async () => {
		const w = await outcomesWorld(h.db);
		await h.db
			.updateTable('organizations')
			.set({ name: '=HYPERLINK("x")' })
			.where('id', '=', w.startup.id)
			.execute();
		const mine = await startupExportRows(h.db, w.asManagerA, {});
		expect(mine.map((r) => r.id)).toEqual([w.startup.id]);
		expect(await startupExportRows(h.db, w.asManagerB, {})).toEqual([]);
		expect(toCsv(startupColumns('en'), mine)).toContain(`"'=HYPERLINK(""x"")"`);
	});
});

describe('audit log', () => {
	it('shows managers what happened in their centers, admins everything, others 403', async () => {
		const w = await outcomesWorld(h.db);
		const c = await openCollaboration(h.db, w.asPartner, {
			startupId: w.startup.id,
			corporateId: w.corporate.id
		});
		await moveCollaboration(h.db, w.asPartner, c.id, { to: 'meetup_held', version: 0 });
		const q = { subjectType: 'collaboration', subjectId: c.id, page: 1, limit: 50 };
		const mine = await listAuditLog(h.db, w.asManagerA, q);
		expect(mine.hits.map((e) => e.action).sort()).toEqual(['collaboration.moved', 'collaboration.opened']);
		expect(mine.hits.find((e) => e.action === 'collaboration.moved')!.actor).toMatchObject({
			name: '기업 담당자'
		});
		expect((await listAuditLog(h.db, w.asManagerB, q)).total).toBe(0);
		expect((await listAuditLog(h.db, w.asAdmin, { ...q, action: 'collaboration.' })).total).toBe(2);
		await expect(listAuditLog(h.db, w.asFounder, q)).rejects.toMatchObject({ status: 403 });
	});
});
