import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { loadViewer, type Viewer } from '../../src/lib/server/catalog/viewer';
import { createStartup } from '../../src/lib/server/catalog/startups';
import { startupInput } from '../../src/lib/server/catalog/schema';
import { dryRunImport, uploadImport } from '../../src/lib/server/imports/service';
import { startImport } from '../../src/lib/server/imports/run';
import { suggestMapping } from '../../src/lib/server/imports/fields';
import { findImportJobById } from '../../src/lib/server/imports/queries';
import { EmbeddedSearchEngine } from '../../src/lib/server/search/embedded';
import { drainOutbox } from '../../src/lib/server/search/outbox';
import { MATCH_ALL } from '../../src/lib/server/search/filter';
import { setLogLevel } from '../../src/lib/server/log';
import { setIoServer } from '../../src/lib/server/realtime/io-handle.js';
import { createTestDatabase } from './helpers/db';
import { createCenter, createUser } from './helpers/factories';

const HEADER = '기업명,사업자등록번호,지역,업종,기술,단계,설립연도,직원 수,웹사이트,소개';
const REGIONS = ['강원', '서울특별시', 'Busan', '경기도', '대구'];
const INDUSTRIES = ['디지털헬스케어', 'AI·빅데이터', 'fintech', '모빌리티, 에너지'];

/** A valid row i; business numbers are unique per `seed` so separate files do not collide. */
function row(i: number, seed: number): string[] {
	return [
		`임포트기업${seed}-${i}`,
		`${seed}${String(i).padStart(10 - String(seed).length, '0')}`.replace(
			/^(\d{3})(\d{2})(\d{5})$/,
			'$1-$2-$3'
		),
		REGIONS[i % REGIONS.length]!,
		`"${INDUSTRIES[i % INDUSTRIES.length]!}"`,
		'"computer vision, 연속혈당측정"',
		i % 2 ? '시드' : 'Series A',
		String(2010 + (i % 14)),
		`${i % 50}명`,
		i % 3 ? `example${i}.kr` : '',
		`센터가 발굴한 ${i}번째 기업`
	];
}

/** Row numbers as the spreadsheet shows them: the header is row 1, data row i (0-based) is row i + 2. */
const BAD: Record<number, { column: number; field: string; patch: (r: string[]) => void }> = {
	12: { column: 0, field: 'name', patch: (r) => (r[0] = '') },
	40: { column: 1, field: 'businessNumber', patch: (r) => (r[1] = '123-45') },
	77: { column: 2, field: 'region', patch: (r) => (r[2] = '화성시티') },
	120: { column: 6, field: 'foundedYear', patch: (r) => (r[6] = '작년') },
	199: { column: 8, field: 'website', patch: (r) => (r[8] = 'not a url') }
};

function csv(count: number, seed: number, bad = true): Uint8Array {
	const lines = [HEADER];
	for (let i = 0; i < count; i++) {
		const r = row(i, seed);
		if (bad) BAD[i]?.patch(r);
		lines.push(r.join(','));
	}
	return new TextEncoder().encode('\uFEFF' + lines.join('\r\n') + '\r\n');
}

let h: DatabaseHandle;
let center: { id: string };
let asManager: Viewer;
let asStranger: Viewer;

beforeAll(async () => {
	setLogLevel('silent');
	h = await createTestDatabase();
	const manager = await createUser(h.db, { name: '가져오기 매니저' });
	center = await createCenter(h.db, manager);
	asManager = await loadViewer(h.db, manager);
	asStranger = await loadViewer(h.db, await createUser(h.db));
});
afterAll(() => h?.close());

async function importFile(bytes: Uint8Array, name = 'startups.csv') {
	const uploaded = await uploadImport(h.db, asManager, center.id, { name, bytes });
	const checked = await dryRunImport(h.db, asManager, uploaded.id, {
		mapping: suggestMapping(uploaded.headers as string[]),
		visibility: 'members'
	});
	return checked;
}

const countStartups = async () =>
	Number(
		(
			await h.db
				.selectFrom('organizations')
				.select((eb) => eb.fn.countAll().as('n'))
				.where('kind', '=', 'startup')
				.executeTakeFirstOrThrow()
		).n
	);

describe('startup import', () => {
	it('dry-runs 200 rows, names exactly the 5 bad rows by row and column, and writes nothing', async () => {
		const before = await countStartups();
		const job = await importFile(csv(200, 7));
		const report = job.report as {
			errors: { row: number; column: number; field: string }[];
			duplicates: unknown[];
		};
		expect(job.status).toBe('dry_run');
		expect(job.totalRows).toBe(200);
		expect(job.errorRows).toBe(5);
		expect(job.validRows).toBe(195);
		expect(report.errors.map((e) => [e.row, e.column, e.field])).toEqual(
			Object.entries(BAD).map(([i, b]) => [Number(i) + 2, b.column, b.field])
		);
		expect(report.duplicates).toEqual([]);
		expect(await countStartups()).toBe(before);
	});

	it('creates 195 stewarded, searchable startups; the same file again creates none', async () => {
		const job = await importFile(csv(200, 8));
		const { finished } = await startImport(h.db, asManager, job.id, { batchRows: 50 });
		await finished;
		const done = (await findImportJobById(h.db, job.id))!;
		expect(done).toMatchObject({
			status: 'done',
			createdCount: 195,
			doneRows: 200,
			errorRows: 5,
			duplicateRows: 0
		});
		const created = await h.db
			.selectFrom('organizations')
			.innerJoin('startupProfiles', 'startupProfiles.organizationId', 'organizations.id')
			.select(['stewardCenterId', 'homeCenterId', 'visibility', 'region', 'businessNumber', 'industries'])
			.where('importJobId', '=', job.id)
			.execute();
		expect(created).toHaveLength(195);
		expect(created.every((c) => c.stewardCenterId === center.id && c.homeCenterId === center.id)).toBe(true);
		expect(created.every((c) => c.visibility === 'members' && /^\d{10}$/.test(c.businessNumber!))).toBe(true);
		expect(new Set(created.map((c) => c.region))).toEqual(
			new Set(['gangwon', 'seoul', 'busan', 'gyeonggi', 'daegu'])
		);
		expect(
			await h.db.selectFrom('importJobs').select('file').where('id', '=', job.id).executeTakeFirst()
		).toEqual({
			file: null
		});

		const engine = new EmbeddedSearchEngine();
		while ((await drainOutbox(h.db, engine, { batch: 500 })).processed > 0);
		const hits = await engine.search({ index: 'startups', q: '임포트기업8-150', visibility: MATCH_ALL });
		expect(hits.hits.length).toBeGreaterThan(0);

		const before = await countStartups();
		const again = await importFile(csv(200, 8));
		expect(again.validRows).toBe(0);
		expect(again.duplicateRows).toBe(195);
		await (
			await startImport(h.db, asManager, again.id)
		).finished;
		expect(await findImportJobById(h.db, again.id)).toMatchObject({ createdCount: 0, duplicateRows: 195 });
		expect(await countStartups()).toBe(before);
	});

	it('skips and reports duplicates by business number, by name and region, and within the file', async () => {
		const founder = await loadViewer(h.db, await createUser(h.db));
		const byNumber = await createStartup(
			h.db,
			founder,
			startupInput.parse({ name: '기존 번호기업', businessNumber: '555-55-55555' })
		);
		const byName = await createStartup(
			h.db,
			founder,
			startupInput.parse({ name: '㈜ 중복랩', region: 'gangwon' })
		);
		const text = [
			'회사명,사업자번호,지역',
			'새 이름,5555555555,서울',
			'중복랩 주식회사,,강원도',
			'중복랩,,부산',
			'파일중복,111-11-11111,서울',
			'파일중복 2,1111111111,서울'
		].join('\n');
		const job = await importFile(new TextEncoder().encode(text));
		const report = job.report as {
			duplicates: { row: number; reason: string; organizationId?: string; otherRow?: number }[];
		};
		expect(report.duplicates).toEqual([
			{ row: 2, reason: 'business_number', organizationId: byNumber.id, name: '기존 번호기업' },
			{ row: 3, reason: 'name_region', organizationId: byName.id, name: '㈜ 중복랩' },
			{ row: 6, reason: 'business_number', otherRow: 5, name: '파일중복 2' }
		]);
		await (
			await startImport(h.db, asManager, job.id)
		).finished;
		expect(await findImportJobById(h.db, job.id)).toMatchObject({ createdCount: 2, duplicateRows: 3 });
	});

	it('refuses a second run of the same job with 409', async () => {
		const job = await importFile(csv(3, 9, false));
		const first = await startImport(h.db, asManager, job.id);
		await expect(startImport(h.db, asManager, job.id)).rejects.toMatchObject({ status: 409 });
		await first.finished;
	});

	it('refuses a non-manager with 403 and a file that is not CSV or XLSX with a clear message', async () => {
		await expect(
			uploadImport(h.db, asStranger, center.id, { name: 'a.csv', bytes: csv(2, 1) })
		).rejects.toMatchObject({
			status: 403
		});
		const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01]);
		await expect(
			uploadImport(h.db, asManager, center.id, { name: 'a.pdf', bytes: pdf })
		).rejects.toMatchObject({
			status: 415,
			code: 'import_unsupported_file'
		});
		const jobs = await h.db.selectFrom('importJobs').select('id').where('fileName', '=', 'a.pdf').execute();
		expect(jobs).toEqual([]);
	});

	it('imports 10,000 rows with progress after every batch', async () => {
		const bytes = csv(10_000, 3, false);
		const started = performance.now();
		const job = await importFile(bytes);
		const dryRunMs = performance.now() - started;
		// A stand-in Socket.IO server that records what would be sent, and to which rooms.
		const sent: { rooms: string[]; payload: { done: number; status: string } }[] = [];
		setIoServer({
			to: (rooms: string[]) => ({
				emit: (_e: string, payload: { done: number; status: string }) => sent.push({ rooms, payload })
			})
		} as never);
		const { finished } = await startImport(h.db, asManager, job.id);
		await finished;
		const totalMs = performance.now() - started;
		const done = (await findImportJobById(h.db, job.id))!;
		expect(done).toMatchObject({ status: 'done', createdCount: 10_000, doneRows: 10_000 });
		setIoServer(undefined as never);
		const running = sent.filter((s) => s.payload.status === 'running');
		// one per committed batch of 500, each further than the last
		expect(running.map((s) => s.payload.done)).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 500));
		expect(running[0]!.rooms).toContain(`org:${center.id}`);
		expect(sent.at(-1)!.payload).toMatchObject({ status: 'done', done: 10_000 });
		console.log(
			`10,000-row import (${(bytes.length / 1e6).toFixed(2)} MB): dry run ${Math.round(dryRunMs)} ms, total ${Math.round(totalMs)} ms`
		);
	}, 180_000);
});
