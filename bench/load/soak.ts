/**
 * A longer mixed run (`--soak <seconds>`): pages, the API and a signed-in page loaded at once, the
 * server's resident memory sampled throughout, to show leaks and errors that a 10-second run hides.
 */
import autocannon from 'autocannon';
import type { Target } from './http';

export interface SoakResult {
	seconds: number;
	requests: number;
	errors: number;
	non2xx: number;
	rssBeforeMb?: number;
	rssAfterMb?: number;
	rssMaxMb?: number;
}

export async function runSoak(
	baseUrl: string,
	targets: readonly Target[],
	seconds: number,
	connectionsEach: number,
	rssMb: () => number | undefined
): Promise<SoakResult> {
	const rssBeforeMb = rssMb();
	let rssMaxMb = rssBeforeMb;
	const sampler = setInterval(() => {
		const now = rssMb();
		if (now !== undefined) rssMaxMb = Math.max(rssMaxMb ?? 0, now);
	}, 1000);
	try {
		const results = await Promise.all(
			targets.map((t) =>
				autocannon({
					url: baseUrl + t.path,
					connections: connectionsEach,
					duration: seconds,
					headers: t.cookie ? { cookie: t.cookie } : {}
				})
			)
		);
		return {
			seconds,
			requests: results.reduce((n, r) => n + r.requests.total, 0),
			errors: results.reduce((n, r) => n + r.errors, 0),
			non2xx: results.reduce((n, r) => n + r.non2xx, 0),
			rssBeforeMb,
			rssAfterMb: rssMb(),
			rssMaxMb
		};
	} finally {
		clearInterval(sampler);
	}
}
