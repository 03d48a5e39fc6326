/**
 * HTTP load with autocannon: each target for a fixed time at a fixed number of connections, one after
 * another, and a static file of similar size from the same server as the yardstick for rendering.
 */
import autocannon from 'autocannon';

export type TargetKind = 'page' | 'signed-in page' | 'api' | 'static';

export interface Target {
	name: string;
	path: string;
	kind: TargetKind;
	cookie?: string;
}

export interface HttpResult {
	name: string;
	path: string;
	kind: TargetKind;
	/** the response body size measured before the run */
	bytes: number;
	requestsPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	requests: number;
	/** connection errors, timeouts included (autocannon counts them in both) */
	errors: number;
	non2xx: number;
	/** rendering requests/s ÷ the static file's, for pages */
	ssrRatio?: number;
	/** the static target the ratio is against */
	comparedWith?: string;
	/** the server's resident memory right after this target, MB */
	serverRssMb?: number;
}

export interface HttpOptions {
	baseUrl: string;
	connections: number;
	durationSeconds: number;
	/** the server's resident memory, read after each target */
	serverRssMb?: () => number | undefined;
}

/** The response size of one request, also checking the target answers 200 before it is loaded. */
export async function measureBytes(baseUrl: string, target: Target): Promise<number> {
	const res = await fetch(baseUrl + target.path, {
		headers: target.cookie ? { cookie: target.cookie } : {},
		redirect: 'manual'
	});
	if (res.status !== 200) throw new Error(`${target.path} answers ${res.status}, not 200: nothing to load`);
	return (await res.arrayBuffer()).byteLength;
}

/** A short burst before measuring, so the first measured second is not the JIT's or the caches'. */
export async function warmUp(baseUrl: string, target: Target): Promise<void> {
	await autocannon({
		url: baseUrl + target.path,
		connections: 10,
		amount: 100,
		headers: target.cookie ? { cookie: target.cookie } : {}
	});
}

export async function loadTarget(options: HttpOptions, target: Target, bytes: number): Promise<HttpResult> {
	const result = await autocannon({
		url: options.baseUrl + target.path,
		connections: options.connections,
		duration: options.durationSeconds,
		headers: target.cookie ? { cookie: target.cookie } : {}
	});
	return {
		name: target.name,
		path: target.path,
		kind: target.kind,
		bytes,
		requestsPerSecond: result.requests.average,
		p50Ms: result.latency.p50,
		p99Ms: result.latency.p99,
		requests: result.requests.total,
		errors: result.errors,
		non2xx: result.non2xx
	};
}

/** Loads every target, then sets each page's ratio to the static file's requests/s. */
export async function loadAll(
	options: HttpOptions,
	targets: readonly { target: Target; bytes: number }[],
	onResult: (r: HttpResult) => void
): Promise<HttpResult[]> {
	const results: HttpResult[] = [];
	for (const { target, bytes } of targets) {
		await warmUp(options.baseUrl, target);
		const result = await loadTarget(options, target, bytes);
		result.serverRssMb = options.serverRssMb?.();
		onResult(result);
		results.push(result);
	}
	// Each page is compared with the static probe nearest its own size: serving 100 KB costs more than 15 KB.
	const statics = results.filter((r) => r.kind === 'static');
	for (const r of results) {
		if (r.kind !== 'page' && r.kind !== 'signed-in page') continue;
		const yardstick = nearest(statics, r.bytes);
		if (yardstick && yardstick.requestsPerSecond > 0) {
			r.ssrRatio = r.requestsPerSecond / yardstick.requestsPerSecond;
			r.comparedWith = yardstick.name;
		}
	}
	return results;
}

export function nearest<T extends { bytes: number }>(list: readonly T[], bytes: number): T | undefined {
	return list.reduce<T | undefined>(
		(best, x) => (!best || Math.abs(x.bytes - bytes) < Math.abs(best.bytes - bytes) ? x : best),
		undefined
	);
}
