import { beforeAll, describe, expect, it } from 'vitest';
import { apiMatrix, type ApiMatrixEntry } from '../../authz/api-matrix';
import { bodyOf, notAsInsider, personasFor, urlOf, validBodyOf } from './authz-api-calls';
import { buildApiWorld, type ApiWorld, type Persona } from './authz-api-world';
import { call } from './client';

// Every endpoint of the JSON API, called as anonymous, as the tenants and roles its rule leaves out,
// and as one it lets in, each time on the owning tenant's real records (tests/authz/api-matrix.ts).

let world: ApiWorld;
beforeAll(async () => {
	world = await buildApiWorld();
}, 60_000);

const keyOf = (entry: ApiMatrixEntry) => `${entry.method} ${entry.route}`;

async function callAs(
	entry: ApiMatrixEntry,
	persona: Persona,
	url = urlOf(world, entry, persona === 'stranger'),
	json?: unknown
) {
	const method = entry.method === 'fallback' ? 'GET' : entry.method;
	const token = persona === 'anonymous' ? undefined : world.tokens[persona];
	const body = json === undefined ? bodyOf(entry) : { json };
	const res = await call(url, { method, token, ...body });
	await res.body?.cancel();
	return res.status;
}

const guarded = apiMatrix.filter((entry) => entry.access !== 'public' && entry.access !== 'token_holder');

describe('anonymous callers', () => {
	it.each(guarded.map((entry) => [keyOf(entry), entry] as const))('%s answers 401', async (_, entry) => {
		expect(await callAs(entry, 'anonymous')).toBe(401);
	});
});

describe('callers the rule leaves out', () => {
	const cases = apiMatrix.flatMap((entry) =>
		personasFor(entry).outsiders.map((outsider) => {
			const [persona, refusal] = typeof outsider === 'string' ? [outsider, entry.refusal] : outsider;
			return [`${keyOf(entry)} as ${persona}`, entry, persona, refusal] as const;
		})
	);
	it.each(cases)('%s is refused', async (_, entry, persona, refusal) => {
		const valid = validBodyOf(world, entry);
		const status = await callAs(entry, persona, undefined, valid);
		// 422: the body is checked before the rule; nothing was written, and the rule is not reached.
		// With a valid body the rule is reached, and only its refusal will do.
		const allowed = entry.validatesFirst && valid === undefined ? [refusal, 422] : [refusal];
		expect(allowed, `got ${status}`).toContain(status);
	});
});

describe('callers the rule lets in', () => {
	const cases = apiMatrix
		.filter((entry) => !notAsInsider.has(keyOf(entry)))
		.map((entry) => [`${keyOf(entry)} as ${personasFor(entry).insider}`, entry] as const);
	it.each(cases)('%s gets past authorization', async (_, entry) => {
		const status = await callAs(entry, personasFor(entry).insider);
		expect([401, 403], `got ${status}`).not.toContain(status);
		expect(status, 'never a server error').toBeLessThan(500);
		// A read of the owner's own record succeeds outright.
		if (entry.method === 'GET' && entry.access !== 'public') expect(status).toBe(200);
	});

	// An organization's full export is its owners' (and steward's) alone; admins are refused it.
	const adminReads = guarded.filter(
		(entry) => entry.method === 'GET' && entry.route !== '/api/v1/organizations/[id]/export'
	);
	it.each(adminReads.map((entry) => [keyOf(entry), entry] as const))(
		'%s lets the platform admin read',
		async (_, entry) => {
			expect([401, 403]).not.toContain(await callAs(entry, 'admin'));
		}
	);

	it('the full export of an organization is refused to the platform admin', async () => {
		const entry = apiMatrix.find((e) => e.route === '/api/v1/organizations/[id]/export')!;
		expect(await callAs(entry, 'admin')).toBe(403);
	});
});

describe('secrets in the URL', () => {
	it('a calendar feed answers its token and nothing else', async () => {
		const feed = apiMatrix.find((entry) => entry.route === '/api/v1/calendar/[feedToken].ics')!;
		expect(await callAs(feed, 'anonymous')).toBe(200);
		const forged = `/api/v1/calendar/${world.ids.feed.token.slice(0, -4)}AAAA.ics`;
		expect(await callAs(feed, 'anonymous', forged)).toBe(404);
	});

	it('a revoked or foreign API token id cannot be deleted by someone else', async () => {
		const entry = apiMatrix.find((e) => e.route === '/api/v1/tokens/[id]')!;
		expect(await callAs(entry, 'otherStartup')).toBe(404);
		// The stranger's token still works: the refused delete changed nothing.
		expect((await call('/me', { token: world.tokens.stranger })).status).toBe(200);
	});
});
