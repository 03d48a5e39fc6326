import { beforeAll, describe, expect, it } from 'vitest';
import { call, problemOf, tokenFor } from './client';

// A seeded startup whose profile is `private` (Gwangju center's HomeSense AI).
const PRIVATE_STARTUP = 'HomeSense AI';

let corporate: string;
let manager: string;

beforeAll(async () => {
	corporate = (await tokenFor('corporate@example.com')).token;
	manager = (await tokenFor('manager@example.com')).token;
});

async function names(query: string, token?: string): Promise<string[]> {
	const res = await call(`/organizations?${query}`, { token });
	expect(res.status).toBe(200);
	const body = await res.json();
	return body.hits.map((h: { name: string; nameEn: string | null }) => h.nameEn ?? h.name);
}

describe('POST /api/v1/organizations', () => {
	it('creates an organization with 201 and makes the caller its owner', async () => {
		const name = `E2E 오픈이노 ${Date.now()}`;
		const res = await call('/organizations', {
			token: corporate,
			json: { kind: 'corporate', name, region: 'seoul' }
		});
		expect(res.status).toBe(201);
		const org = await res.json();
		expect(org).toMatchObject({ kind: 'corporate', name, region: 'seoul', stewardCenterId: null });
		const me = await (await call('/me', { token: corporate })).json();
		expect(me.memberships).toContainEqual(
			expect.objectContaining({ organization: expect.objectContaining({ id: org.id }), role: 'owner' })
		);
	});

	it('lets a center manager register a startup the center stewards', async () => {
		const me = await (await call('/me', { token: manager })).json();
		const centerId = me.memberships.find(
			(m: { organization: { kind: string } }) => m.organization.kind === 'center'
		).organization.id;
		const res = await call('/organizations', {
			token: manager,
			json: {
				kind: 'startup',
				name: `E2E 강원 스타트업 ${Date.now()}`,
				region: 'gangwon',
				stewardCenterId: centerId
			}
		});
		expect(res.status).toBe(201);
		expect((await res.json()).stewardCenterId).toBe(centerId);

		// Someone who does not manage that center may not name it.
		const refused = await call('/organizations', {
			token: corporate,
			json: { kind: 'startup', name: 'Not mine to steward', stewardCenterId: centerId }
		});
		expect(refused.status).toBe(403);
		await problemOf(refused);
	});

	it('refuses unknown codes and kinds with 422 naming the field', async () => {
		const res = await call('/organizations', {
			token: corporate,
			json: { kind: 'startup', name: 'Somewhere', region: 'atlantis' }
		});
		expect(res.status).toBe(422);
		expect((await problemOf(res)).errors?.region).toBeDefined();
		const kind = await call('/organizations', {
			token: corporate,
			json: { kind: 'center', name: 'A new center' }
		});
		expect(kind.status).toBe(422);
		expect((await problemOf(kind)).errors?.kind).toBeDefined();
	});

	it('answers 401 without credentials', async () => {
		const res = await call('/organizations', { json: { kind: 'startup', name: 'Anonymous' } });
		expect(res.status).toBe(401);
		await problemOf(res);
	});
});

describe('GET /api/v1/organizations', () => {
	it('answers the list shape and honours page and limit', async () => {
		const res = await call('/organizations?kind=center&page=2&limit=5');
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body).toMatchObject({ page: 2, limit: 5 });
		expect(body.total).toBeGreaterThan(5);
		expect(body.hits).toHaveLength(5);
		expect(body.hits.every((h: { kind: string }) => h.kind === 'center')).toBe(true);
	});

	it('refuses a limit above 100 with 422', async () => {
		const res = await call('/organizations?limit=101');
		expect(res.status).toBe(422);
		expect((await problemOf(res)).errors?.limit).toBeDefined();
	});

	it('hides a private startup from anonymous callers and from other users', async () => {
		const admin = (await tokenFor('admin@example.com')).token;
		// The control: the startup exists and this query finds it for someone entitled to see it.
		expect(await names(`kind=startup&q=${encodeURIComponent(PRIVATE_STARTUP)}`, admin)).toContain(
			PRIVATE_STARTUP
		);
		expect(await names(`kind=startup&q=${encodeURIComponent(PRIVATE_STARTUP)}`)).not.toContain(
			PRIVATE_STARTUP
		);
		expect(await names(`kind=startup&q=${encodeURIComponent(PRIVATE_STARTUP)}`, corporate)).not.toContain(
			PRIVATE_STARTUP
		);
		// Nor may it leak through the count.
		const anonymous = await (await call(`/organizations?q=${encodeURIComponent(PRIVATE_STARTUP)}`)).json();
		expect(anonymous.total).toBe(anonymous.hits.length);
	});

	it('shows a public organization to anonymous callers', async () => {
		const name = `E2E Visible Corp ${Date.now()}`;
		expect(
			(await call('/organizations', { token: corporate, json: { kind: 'corporate', name } })).status
		).toBe(201);
		expect(await names(`q=${encodeURIComponent(name)}`)).toEqual([name]);
	});
});

describe('GET /api/v1/organizations/:id/export', () => {
	it("downloads the owner's organization as one JSON attachment, confidential details included", async () => {
		const me = await (await call('/me', { token: corporate })).json();
		// The demo corporate; an earlier test in this file gave the same account a second, empty one.
		const kepco = me.memberships.find((m: { organization: { name: string } }) =>
			m.organization.name.includes('한국전력')
		).organization;
		const res = await call(`/organizations/${kepco.id}/export`, { token: corporate });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toMatch(
			/^attachment; filename="innomatch-[\w-]+-\d{4}-\d{2}-\d{2}\.json"$/
		);
		expect(res.headers.get('cache-control')).toContain('no-store');
		const body = await res.json();
		expect(body).toMatchObject({ format: 'innomatch.organization-export', formatVersion: 1 });
		expect(body.organization.id).toBe(kepco.id);
		expect(body.challenges.length).toBeGreaterThan(0);
		expect(body.challenges.every((c: { details: unknown }) => typeof c.details === 'string')).toBe(true);
	});

	it("refuses another organization's export: 404 to an outsider, 401 without credentials", async () => {
		const me = await (await call('/me', { token: manager })).json();
		const center = me.memberships.find(
			(m: { organization: { kind: string } }) => m.organization.kind === 'center'
		).organization;
		const outsider = await call(`/organizations/${center.id}/export`, { token: corporate });
		expect((await problemOf(outsider)).status).toBe(404);
		expect((await call(`/organizations/${center.id}/export`)).status).toBe(401);
	});
});
