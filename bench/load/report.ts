/** The load run's tables on stdout and its budget verdicts (DESIGN.md, "Where it must be fast"). */
import { printTable } from '../support';
import type { FanoutResult } from './fanout';
import type { HttpResult } from './http';
import type { SoakResult } from './soak';

export const BUDGETS = {
	/** page requests/s under load as a share of a static file's of similar size */
	ssrRatio: 0.3,
	/** Socket.IO fan-out of 1 KB to 1,000 clients, p99 in ms */
	fanoutP99Ms: 40
};

const ms = (v: number) => v.toFixed(1);
const int = (v: number) => Math.round(v).toString();

export function printHttp(results: readonly HttpResult[]): void {
	printTable(
		results.map((r) => ({
			target: r.name,
			kind: r.kind,
			KB: (r.bytes / 1024).toFixed(1),
			'req/s': int(r.requestsPerSecond),
			'p50 ms': ms(r.p50Ms),
			'p99 ms': ms(r.p99Ms),
			errors: int(r.errors),
			non2xx: int(r.non2xx),
			'÷ static': r.ssrRatio === undefined ? '' : `${(r.ssrRatio * 100).toFixed(0)}%`,
			'static of': r.comparedWith?.replace('static ', '') ?? '',
			'RSS MB': r.serverRssMb === undefined ? '' : int(r.serverRssMb)
		}))
	);
}

export function printFanout(f: FanoutResult): void {
	console.log(
		`\n${f.clients} clients (${f.threads} threads) connected in ${f.connectSeconds.toFixed(1)} s; ${f.broadcasts} broadcasts ` +
			`of ${f.payloadBytes} B; lost ${f.lost}`
	);
	printTable([
		{ measure: 'spread (receipt − first receipt)', ...three(f.spreadMs) },
		{ measure: 'end to end (receipt − trigger sent)', ...three(f.endToEndMs) },
		{
			measure: 'trigger HTTP call',
			'p50 ms': ms(f.triggerMs.p50),
			'p99 ms': ms(f.triggerMs.p99),
			'max ms': ''
		}
	]);
}

const three = (s: { p50: number; p99: number; max: number }) => ({
	'p50 ms': ms(s.p50),
	'p99 ms': ms(s.p99),
	'max ms': ms(s.max)
});

export function printSoak(s: SoakResult): void {
	const mb = (v: number | undefined) => (v === undefined ? 'n/a' : `${v.toFixed(0)} MB`);
	console.log(
		`\nsoak ${s.seconds} s: ${s.requests} requests, ${s.errors} errors, ${s.non2xx} non-2xx; ` +
			`server RSS ${mb(s.rssBeforeMb)} before, ${mb(s.rssAfterMb)} after, ${mb(s.rssMaxMb)} at most`
	);
}

export interface Verdict {
	budget: string;
	measured: string;
	ok: boolean;
}

export function verdicts(http: readonly HttpResult[], fanout?: FanoutResult): Verdict[] {
	const out: Verdict[] = [];
	const pages = http.filter((r) => r.ssrRatio !== undefined);
	if (pages.length > 0) {
		const worst = pages.reduce((a, b) => (b.ssrRatio! < a.ssrRatio! ? b : a));
		out.push({
			budget: `page SSR ≥ ${BUDGETS.ssrRatio * 100}% of static req/s`,
			measured: `lowest ${(worst.ssrRatio! * 100).toFixed(0)}% (${worst.name})`,
			ok: worst.ssrRatio! >= BUDGETS.ssrRatio
		});
	}
	if (fanout) {
		out.push({
			budget: `fan-out p99 ≤ ${BUDGETS.fanoutP99Ms} ms, nothing lost`,
			measured: `spread p99 ${ms(fanout.spreadMs.p99)} ms, lost ${fanout.lost}`,
			ok: fanout.spreadMs.p99 <= BUDGETS.fanoutP99Ms && fanout.lost === 0
		});
	}
	const dirty = http.filter((r) => r.errors > 0 || r.non2xx > 0);
	out.push({
		budget: 'no errors, no non-2xx (else the numbers are meaningless)',
		measured: dirty.length === 0 ? 'none' : dirty.map((r) => r.name).join(', '),
		ok: dirty.length === 0
	});
	return out;
}

export function printVerdicts(list: readonly Verdict[]): void {
	console.log('');
	printTable(list.map((v) => ({ budget: v.budget, measured: v.measured, verdict: v.ok ? 'met' : 'MISSED' })));
}
