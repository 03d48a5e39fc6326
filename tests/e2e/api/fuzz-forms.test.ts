import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverRoutes } from '../../authz/discover-pages';
import { base, sessionCookieFor } from './client';
import { databaseDigest, hostileSegment, hostileString } from './fuzz-inputs';

// Every form action gets hostile fields from a signed-in admin, same-origin as a browser would post
// them: unknown and prototype-polluting names, huge and broken values, repeated fields. Nothing may
// answer 5xx, and the database must be exactly as before. Path parameters are ids that exist nowhere or
// hostile segments, so no action can find a real record to change.

const RUNS_PER_ACTION = 3;
/** Signing out would end the session the rest of the run uses; it takes no input anyway. */
const SKIP = new Set(['/logout']);

const fieldName = fc.oneof(
	fc.constantFrom('__proto__', '__proto__[]', 'constructor[prototype][x]', 'prototype', 'a[]', ''),
	fc.string({ maxLength: 10 })
);
const fields = fc.array(
	fc.tuple(
		fieldName,
		hostileString.map((s) => s.slice(0, 100_000))
	),
	{ maxLength: 6 }
);

let cookie: string;
beforeAll(async () => {
	cookie = await sessionCookieFor('admin@example.com');
});

describe('form actions under hostile input', () => {
	// Regression: a `__proto__[]` checkbox field replaced the prototype of the ticked-values object
	// the failure carries back, which SvelteKit then could not serialize (500).
	it('answers a prototype-named checkbox group with the form failure', async () => {
		const res = await fetch(`${base}/startups/new`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, cookie },
			body: '__proto__[]=x&constructor[]=y',
			redirect: 'manual'
		});
		expect(res.status).toBeLessThan(500);
	});

	it('never answer 5xx and never write', async () => {
		const before = await databaseDigest();
		const actions = discoverRoutes().filter((r) => r.kind === 'action' && !SKIP.has(r.route));
		expect(actions.length).toBeGreaterThan(40);
		const failures: string[] = [];
		for (const action of actions) {
			await fc
				.assert(
					fc.asyncProperty(hostileSegment, fields, fc.boolean(), async (segment, pairs, enhanced) => {
						const path = action.route.replace(/\[[^\]]+\]/g, segment);
						const url = `${base}${path}${action.name === 'default' ? '' : `?/${action.name}`}`;
						const body = new URLSearchParams();
						for (const [k, v] of pairs) body.append(k, v);
						const res = await fetch(url, {
							method: 'POST',
							headers: {
								'content-type': 'application/x-www-form-urlencoded',
								origin: base,
								cookie,
								// With JavaScript (use:enhance) SvelteKit answers JSON, without it a page.
								accept: enhanced ? 'application/json' : 'text/html',
								'x-sveltekit-action': enhanced ? 'true' : ''
							},
							body,
							redirect: 'manual'
						});
						await res.arrayBuffer();
						if (res.status >= 500)
							failures.push(`${res.status} POST ${url.slice(0, 200)} ${body.toString().slice(0, 200)}`);
						return res.status < 500;
					}),
					{ numRuns: RUNS_PER_ACTION, endOnFailure: true }
				)
				.catch(() => undefined); // collected in `failures`, reported together below
		}
		expect(failures).toEqual([]);
		if (before) expect(await databaseDigest()).toEqual(before);
	}, 120_000); // some 50 actions × 3 runs, each a full page render on failure
});
